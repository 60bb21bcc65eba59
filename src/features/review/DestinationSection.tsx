/** Carats and value by destination country, largest value first. */
import type { QuarterlyReview } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatCountry } from '../../lib/format';
import { ChartSection } from './chartKit';
import { useReviewMessages } from './messages';
import { PairedBars } from './PairedBars';
import { TotalsTable } from './TotalsTable';

export function DestinationSection({ review }: { review: QuarterlyReview }) {
  const { t } = useReviewMessages();
  const { quarter } = review;
  if (review.byDestination.length === 0) {
    return (
      <section className="report-section" id="by-destination">
        <h2>{t('sections.destination')}</h2>
        <EmptyState>{t('destination.none', { quarter })}</EmptyState>
      </section>
    );
  }
  const rows = review.byDestination.map((d) => ({ key: d.destination, name: formatCountry(d.destination), totals: d }));
  return (
    <ChartSection
      id="by-destination"
      title={t('sections.destination')}
      intro={t('destination.intro')}
      chart={<PairedBars caption={t('destination.chart', { quarter })} summary={t('destination.summary')} rows={rows} />}
      table={(
        <TotalsTable
          caption={t('destination.table', { quarter })}
          first={t('table.destination')}
          rows={rows}
          total={{ name: t('table.total', { quarter }), totals: review.totals }}
        />
      )}
    />
  );
}
