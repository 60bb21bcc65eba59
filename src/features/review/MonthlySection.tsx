/** Carats and value by month within the quarter. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Quarter, Totals } from '../../core';
import { formatCarats, formatUsd } from '../../lib/format';
import {
  asNumber, axisLabel, CHART_HEIGHT, CHART_WIDTH, ChartFigure, ChartSection, COLORS, compactTick, GRID, TICK,
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
          caption={`Carats and value by month, ${quarter}`}
          legend={[{ label: 'Carats (ct, left axis)', color: COLORS.carats }, { label: 'Value (US$, right axis)', color: COLORS.value }]}
          summary={`Bar chart of carats and value in each month of ${quarter}; the table beside it gives the figures.`}
        >
          <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 10, right: 16, bottom: 22, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis dataKey="label" tick={TICK} tickLine={false} label={axisLabel('Month of issue', 'insideBottom')} height={40} />
            <YAxis yAxisId="carats" tick={TICK} tickFormatter={compactTick} width={56} label={axisLabel('Carats (ct)', 'insideLeft')} />
            <YAxis yAxisId="value" orientation="right" tick={TICK} tickFormatter={compactTick} width={56} label={axisLabel('Value (US$)', 'insideRight')} />
            <Tooltip
              formatter={(v, name) => {
                const n = asNumber(v);
                return name === 'carats' ? [n === null ? '—' : formatCarats(n), 'Carats'] : [n === null ? '—' : formatUsd(n), 'Value'];
              }}
            />
            <Bar yAxisId="carats" dataKey="carats" name="carats" fill={COLORS.carats} isAnimationActive={false} />
            <Bar yAxisId="value" dataKey="valueUsd" name="value" fill={COLORS.value} isAnimationActive={false} />
          </BarChart>
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
