/** Value by buying office against the quarterly minimum each must export (decree of September 2019). */
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { QuarterlyReview, Quarter } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatUsd, formatUsdShort } from '../../lib/format';
import type { Namer } from '../../lib/names';
import {
  asNumber, axisLabel, barChartHeight, CHART_WIDTH, ChartFigure, ChartSection, COLORS, compactTick, GRID, NAME_AXIS_WIDTH, TICK,
} from './chartKit';
import { TotalsTable } from './TotalsTable';

function OfficeChart({ quarter, rows, minimum }: { quarter: Quarter; rows: Array<{ name: string; valueUsd: number; below: boolean }>; minimum: number }) {
  const min = formatUsdShort(minimum);
  return (
    <ChartFigure
      caption={`Value by buying office against the ${min} minimum, ${quarter}`}
      legend={[
        { label: `Below the ${min} minimum`, color: COLORS.below },
        { label: 'At or above the minimum', color: COLORS.above },
        { label: `${min} minimum`, color: COLORS.minimum, shape: 'dash' },
      ]}
      summary={`Bar chart of the value each buying office exported, with the ${min} minimum marked; the table beside it gives the figures.`}
    >
      <BarChart
        layout="vertical"
        width={CHART_WIDTH}
        height={barChartHeight(rows.length, 34)}
        data={rows}
        margin={{ top: 18, right: 28, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={GRID} />
        <YAxis type="category" dataKey="name" width={NAME_AXIS_WIDTH} tick={TICK} tickLine={false} interval={0} />
        <XAxis
          type="number"
          tick={TICK}
          tickFormatter={compactTick}
          domain={[0, (dataMax: number) => Math.max(dataMax, minimum) * 1.08]}
          height={42}
          label={axisLabel('Value (US$)', 'insideBottom')}
        />
        <Tooltip formatter={(v) => [asNumber(v) === null ? '—' : formatUsd(asNumber(v)!), 'Value']} />
        <ReferenceLine x={minimum} stroke={COLORS.minimum} strokeDasharray="4 3" strokeWidth={2} label={{ value: `${min} minimum`, position: 'top', fontSize: 11, fill: COLORS.minimum }} />
        <Bar dataKey="valueUsd" name="value" isAnimationActive={false}>
          {rows.map((r) => <Cell key={r.name} fill={r.below ? COLORS.below : COLORS.above} />)}
        </Bar>
      </BarChart>
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
