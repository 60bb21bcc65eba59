/** Slide 1: the regime's period, the as-of date and when each zone became compliant. */
import type { Dataset, IsoDate } from '../../core';
import { formatDate } from '../../lib/format';
import { usePresentMessages } from './messages';
import { isZoneEvent, timelineEvents } from './timeline';
import { Timeline } from './Timeline';

export function RegimeSlide({ dataset, asOf }: { dataset: Dataset; asOf: IsoDate }) {
  const { t } = usePresentMessages();
  const { start, end } = dataset.regime;
  const approximate = timelineEvents(dataset, asOf).some((e) => isZoneEvent(e) && e.approximate);
  return (
    <>
      <p className="present-subtitle">{dataset.meta.title}</p>
      <ul className="present-facts">
        <li>{end === null ? t('regime.periodOpen', { start: formatDate(start) }) : t('regime.period', { start: formatDate(start), end: formatDate(end) })}</li>
        <li>{t('regime.asOf', { date: formatDate(asOf) })}</li>
      </ul>
      <Timeline dataset={dataset} asOf={asOf} />
      {approximate && <p className="present-note">{t('regime.approximateNote')}</p>}
    </>
  );
}
