/** Horizontal bars of carats (bottom axis) and value (top axis) for each name: zones, destinations. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Totals } from '../../core';
import { formatCarats, formatUsd } from '../../lib/format';
import {
  asNumber, axisLabel, barChartHeight, CHART_WIDTH, ChartFigure, COLORS, compactTick, GRID, NAME_AXIS_WIDTH, TICK,
} from './chartKit';

export function PairedBars({ caption, what, rows }: {
  caption: string;
  /** "zone", "destination": said in the image's description. */
  what: string;
  rows: ReadonlyArray<{ key: string; name: string; totals: Totals }>;
}) {
  const data = rows.map((r) => ({ name: r.name, carats: r.totals.carats, valueUsd: r.totals.valueUsd }));
  return (
    <ChartFigure
      caption={caption}
      legend={[{ label: 'Carats (ct, bottom axis)', color: COLORS.carats }, { label: 'Value (US$, top axis)', color: COLORS.value }]}
      summary={`Bar chart of carats and value by ${what}; the table beside it gives the figures.`}
    >
      <BarChart
        layout="vertical"
        width={CHART_WIDTH}
        height={barChartHeight(rows.length, 40)}
        data={data}
        margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
        barCategoryGap="18%"
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={GRID} />
        <YAxis type="category" dataKey="name" width={NAME_AXIS_WIDTH} tick={TICK} tickLine={false} interval={0} />
        <XAxis xAxisId="carats" type="number" orientation="bottom" tick={TICK} tickFormatter={compactTick} height={42} label={axisLabel('Carats (ct)', 'insideBottom')} />
        <XAxis xAxisId="value" type="number" orientation="top" tick={TICK} tickFormatter={compactTick} height={42} label={axisLabel('Value (US$)', 'insideTop')} />
        <Tooltip
          formatter={(v, name) => {
            const n = asNumber(v);
            return name === 'carats' ? [n === null ? '—' : formatCarats(n), 'Carats'] : [n === null ? '—' : formatUsd(n), 'Value'];
          }}
        />
        <Bar xAxisId="carats" dataKey="carats" name="carats" fill={COLORS.carats} isAnimationActive={false} />
        <Bar xAxisId="value" dataKey="valueUsd" name="value" fill={COLORS.value} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
