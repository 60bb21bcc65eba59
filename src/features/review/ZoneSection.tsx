/** Carats and value by zone of origin: every zone of the dataset, in its order. */
import type { QuarterlyReview } from '../../core';
import type { Namer } from '../../lib/names';
import { ChartSection } from './chartKit';
import { useReviewMessages } from './messages';
import { PairedBars } from './PairedBars';
import { TotalsTable } from './TotalsTable';

export function ZoneSection({ review, names }: { review: QuarterlyReview; names: Namer }) {
  const { t } = useReviewMessages();
  const { quarter } = review;
  const rows = review.byZone.map((z) => ({ key: z.zoneId, name: names.zone(z.zoneId), totals: z }));
  return (
    <ChartSection
      id="by-zone"
      title={t('sections.zone')}
      intro={t('zone.intro')}
      chart={<PairedBars caption={t('zone.chart', { quarter })} summary={t('zone.summary')} rows={rows} />}
      table={(
        <TotalsTable
          caption={t('zone.table', { quarter })}
          first={t('table.zone')}
          rows={rows}
          total={{ name: t('table.total', { quarter }), totals: review.totals }}
        />
      )}
    />
  );
}
