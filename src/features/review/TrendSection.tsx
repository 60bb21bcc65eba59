/** The last eight quarters: carats as bars, value as a line, the quarter under review marked. */
import { Bar, CartesianGrid, Cell, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Quarter, Totals } from '../../core';
import { formatCarats, formatUsd } from '../../lib/format';
import {
  asNumber, axisLabel, CHART_HEIGHT, CHART_WIDTH, ChartFigure, ChartSection, COLORS, compactTick, GRID, TICK,
} from './chartKit';
import { TotalsTable } from './TotalsTable';

type Point = { quarter: Quarter } & Totals;

/** "Q3" over "2021": eight quarters fit side by side. */
function QuarterTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const q = payload?.value ?? '';
  return (
    <text x={x} y={y} textAnchor="middle" fill={TICK.fill} fontSize={TICK.fontSize}>
      <tspan x={x} dy="0.9em">{q.slice(5)}</tspan>
      <tspan x={x} dy="1.1em">{q.slice(0, 4)}</tspan>
    </text>
  );
}

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
          caption={`Carats and value, ${span}`}
          legend={[
            { label: 'Carats (ct, left axis)', color: COLORS.carats },
            { label: `Carats in ${quarter}`, color: COLORS.current },
            { label: 'Value (US$, right axis)', color: COLORS.value, shape: 'line' },
          ]}
          summary={`Carats as bars and value as a line for each of ${span}; the table beside it gives the figures.`}
        >
          <ComposedChart width={CHART_WIDTH} height={CHART_HEIGHT} data={[...trend]} margin={{ top: 10, right: 16, bottom: 22, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis dataKey="quarter" tick={<QuarterTick />} tickLine={false} interval={0} height={52} label={axisLabel('Quarter of issue', 'insideBottom')} />
            <YAxis yAxisId="carats" tick={TICK} tickFormatter={compactTick} width={56} label={axisLabel('Carats (ct)', 'insideLeft')} />
            <YAxis yAxisId="value" orientation="right" tick={TICK} tickFormatter={compactTick} width={56} label={axisLabel('Value (US$)', 'insideRight')} />
            <Tooltip
              formatter={(v, name) => {
                const n = asNumber(v);
                return name === 'carats' ? [n === null ? '—' : formatCarats(n), 'Carats'] : [n === null ? '—' : formatUsd(n), 'Value'];
              }}
            />
            <Bar yAxisId="carats" dataKey="carats" name="carats" isAnimationActive={false}>
              {trend.map((t) => <Cell key={t.quarter} fill={t.quarter === quarter ? COLORS.current : COLORS.carats} />)}
            </Bar>
            <Line yAxisId="value" dataKey="valueUsd" name="value" stroke={COLORS.value} strokeWidth={2.5} dot={{ r: 3, fill: COLORS.value }} isAnimationActive={false} />
          </ComposedChart>
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
