/** Carats and value by destination country, largest value first. */
import type { QuarterlyReview } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatCountry } from '../../lib/format';
import { ChartSection } from './chartKit';
import { PairedBars } from './PairedBars';
import { TotalsTable } from './TotalsTable';

export function DestinationSection({ review }: { review: QuarterlyReview }) {
  if (review.byDestination.length === 0) {
    return (
      <section className="report-section" id="by-destination">
        <h2>By destination</h2>
        <EmptyState>No exports in {review.quarter}.</EmptyState>
      </section>
    );
  }
  const rows = review.byDestination.map((d) => ({ key: d.destination, name: formatCountry(d.destination), totals: d }));
  return (
    <ChartSection
      id="by-destination"
      title="By destination"
      intro="The importing country of each certificate, largest value first."
      chart={<PairedBars caption={`Carats and value by destination, ${review.quarter}`} what="destination" rows={rows} />}
      table={<TotalsTable caption={`Exports by destination, ${review.quarter}`} first="Destination" rows={rows} total={{ name: `Total ${review.quarter}`, totals: review.totals }} />}
    />
  );
}
