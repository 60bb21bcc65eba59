/** Carats and value by month within the quarter. */
import type { Quarter, Totals } from '../../core';
import {
  CHART_HEIGHT, ChartFigure, ChartSection, COLORS,
} from './chartKit';
import { formatMonth } from './figures';
import { TotalsTable } from './TotalsTable';

type Month = { month: string } & Totals;

export function MonthlySection({ quarter, months, total }: { quarter: Quarter; months: readonly Month[]; total: Totals }) {
  const data = months.map((m) => ({ ...m, label: formatMonth(m.month) }));
  return (
    <ChartSection
      id="by-month"
      title="By month"
      intro={`Certificates issued in each month of ${quarter}, by issue date.`}
      chart={(
        <ChartFigure
          height={CHART_HEIGHT}
          caption={`Carats and value by month, ${quarter}`}
          legend={[{ label: 'Carats (ct, left axis)', color: COLORS.carats }, { label: 'Value (US$, right axis)', color: COLORS.value }]}
          summary={`Bar chart of carats and value in each month of ${quarter}; the table beside it gives the figures.`}
        >
          {(c) => <c.MonthlyChart data={data} />}
        </ChartFigure>
      )}
      table={(
        <TotalsTable
          caption={`Exports by month, ${quarter}`}
          first="Month"
          rows={months.map((m) => ({ key: m.month, name: formatMonth(m.month), totals: m }))}
          total={{ name: `Total ${quarter}`, totals: total }}
        />
      )}
    />
  );
}
