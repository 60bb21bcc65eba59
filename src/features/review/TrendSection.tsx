/** The last eight quarters: carats as bars, value as a line, the quarter under review marked. */
import type { Quarter, Totals } from '../../core';
import {
  CHART_HEIGHT, ChartFigure, ChartSection, COLORS,
} from './chartKit';
import { TotalsTable } from './TotalsTable';

type Point = { quarter: Quarter } & Totals;

export function TrendSection({ quarter, trend }: { quarter: Quarter; trend: readonly Point[] }) {
  const first = trend[0]?.quarter ?? quarter;
  const span = first === quarter ? quarter : `${first} to ${quarter}`;
  return (
    <ChartSection
      id="trend"
      title="Last eight quarters"
      intro={trend.length < 8 ? `From the regime’s first quarter: ${span}.` : `${span}.`}
      chart={(
        <ChartFigure
          height={CHART_HEIGHT}
          caption={`Carats and value, ${span}`}
          legend={[
            { label: 'Carats (ct, left axis)', color: COLORS.carats },
            { label: `Carats in ${quarter}`, color: COLORS.current },
            { label: 'Value (US$, right axis)', color: COLORS.value, shape: 'line' },
          ]}
          summary={`Carats as bars and value as a line for each of ${span}; the table beside it gives the figures.`}
        >
          {(c) => <c.TrendChart trend={trend} quarter={quarter} />}
        </ChartFigure>
      )}
      table={(
        <TotalsTable
          caption={`Exports by quarter, ${span}`}
          first="Quarter"
          rows={trend.map((t) => ({ key: t.quarter, name: t.quarter === quarter ? `${t.quarter} (this review)` : t.quarter, totals: t, current: t.quarter === quarter }))}
        />
      )}
    />
  );
}
