/** Slide 3: the quarter's headline figures in big type, each with its change against the previous quarter in words. */
import { formatDate } from '../../lib/format';
import { describeChange, formatFigure, SLIDE_HEADLINE_KEYS } from './figures';
import { usePresentMessages } from './messages';
import type { PresentModel } from './model';

export function HeadlineSlide({ model }: { model: PresentModel }) {
  const { t } = usePresentMessages();
  const { reviews, headline, quarter, asOf } = model;
  const figures = SLIDE_HEADLINE_KEYS.map((key) => ({ key, figure: headline.find((f) => f.key === key)! }));
  return (
    <>
      <p className="present-subtitle">{t('headline.subtitle', { quarter, date: formatDate(asOf) })}</p>
      <dl className="present-figures present-figures-three">
        {figures.map(({ key, figure }) => (
          <div key={key} className="present-figure">
            <dt>{t(`headline.labels.${key}`)}</dt>
            <dd className="present-figure-value">{formatFigure(key, figure.value)}</dd>
            <dd className="present-figure-change">
              {describeChange(key, figure.vsPrevious, reviews.previousQuarter, reviews.previous !== null)}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
