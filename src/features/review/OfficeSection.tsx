/** Value by buying office against the quarterly minimum each must export (decree of September 2019). */
import type { QuarterlyReview, Quarter } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatUsdShort } from '../../lib/format';
import type { Namer } from '../../lib/names';
import {
  barChartHeight, ChartFigure, ChartSection, COLORS,
} from './chartKit';
import { TotalsTable } from './TotalsTable';

function OfficeChart({ quarter, rows, minimum }: { quarter: Quarter; rows: Array<{ name: string; valueUsd: number; below: boolean }>; minimum: number }) {
  const min = formatUsdShort(minimum);
  const height = barChartHeight(rows.length, 34);
  return (
    <ChartFigure
      height={height}
      caption={`Value by buying office against the ${min} minimum, ${quarter}`}
      legend={[
        { label: `Below the ${min} minimum`, color: COLORS.below },
        { label: 'At or above the minimum', color: COLORS.above },
        { label: `${min} minimum`, color: COLORS.minimum, shape: 'dash' },
      ]}
      summary={`Bar chart of the value each buying office exported, with the ${min} minimum marked; the table beside it gives the figures.`}
    >
      {(c) => <c.OfficeChart rows={rows} minimum={minimum} height={height} />}
    </ChartFigure>
  );
}

export function OfficeSection({ review, names, minimum }: { review: QuarterlyReview; names: Namer; minimum: number }) {
  const min = formatUsdShort(minimum);
  if (review.byBuyingOffice.length === 0) {
    return (
      <section className="report-section" id="by-office">
        <h2>By buying office</h2>
        <EmptyState>No buying office exported in {review.quarter}.</EmptyState>
      </section>
    );
  }
  const rows = review.byBuyingOffice.map((o) => ({ name: names.office(o.buyingOfficeId), valueUsd: o.valueUsd, below: o.belowMinimum }));
  return (
    <ChartSection
      id="by-office"
      title="By buying office"
      intro={`Each buying office must export at least ${min} a quarter (decree of September 2019).`}
      chart={<OfficeChart quarter={review.quarter} rows={rows} minimum={minimum} />}
      table={(
        <TotalsTable
          caption={`Exports by buying office, ${review.quarter}`}
          first="Buying office"
          extra={`${min} minimum`}
          rows={review.byBuyingOffice.map((o) => ({
            key: o.buyingOfficeId,
            name: names.office(o.buyingOfficeId),
            totals: o,
            // The shortfall is in the flag's reason, below.
            extra: o.belowMinimum ? <span className="status status-off">Below</span> : <span className="status status-ok">At or above</span>,
          }))}
          total={{ name: `Total ${review.quarter}`, totals: review.totals }}
        />
      )}
    />
  );
}
