/** Carats and value by zone of origin: every zone of the dataset, in its order. */
import type { QuarterlyReview } from '../../core';
import type { Namer } from '../../lib/names';
import { ChartSection } from './chartKit';
import { PairedBars } from './PairedBars';
import { TotalsTable } from './TotalsTable';

export function ZoneSection({ review, names }: { review: QuarterlyReview; names: Namer }) {
  const rows = review.byZone.map((z) => ({ key: z.zoneId, name: names.zone(z.zoneId), totals: z }));
  return (
    <ChartSection
      id="by-zone"
      title="By zone"
      intro="Every compliant zone of the dataset, including those with no exports this time."
      chart={<PairedBars caption={`Carats and value by zone, ${review.quarter}`} what="zone" rows={rows} />}
      table={<TotalsTable caption={`Exports by zone, ${review.quarter}`} first="Zone" rows={rows} total={{ name: `Total ${review.quarter}`, totals: review.totals }} />}
    />
  );
}
