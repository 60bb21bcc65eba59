/** A zone's recent quarters as bars (recharts is loaded with the first opened zone, not with the map). */
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../../lib/format';
import type { Quarter, ZoneMetric } from '../../core';
import { useMapMessages } from './messages';
import { METRICS } from './metrics';

export interface ChartRow {
  quarter: Quarter;
  value: number | null;
}


function QuarterTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const q = payload?.value ?? '';
  return (
    <text x={x} y={y} textAnchor="middle" style={{ fill: 'var(--chart-ink-soft)' }} fontSize={11}>
      <tspan x={x} dy="0.9em">{q.slice(5)}</tspan>
      <tspan x={x} dy="1.1em">{q.slice(0, 4)}</tspan>
    </text>
  );
}

export function HistoryChart({ rows, metric, quarter }: { rows: ChartRow[]; metric: ZoneMetric; quarter: Quarter }) {
  const { t } = useMapMessages();
  const info = METRICS[metric];
  const label = t(`metrics.${metric}.label`);
  return (
    <ResponsiveContainer width="100%" height={170} initialDimension={{ width: 300, height: 170 }}>
      <BarChart data={rows} margin={{ top: 8, right: 6, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="quarter" tick={<QuarterTick />} interval={0} height={34} tickLine={false} />
        <YAxis
          width={46}
          tick={{ fontSize: 11, fill: 'var(--chart-ink-soft)' }}
          tickFormatter={formatCompact}
          allowDecimals={metric !== 'exports' && metric !== 'problems'}
        />
        <Tooltip
          formatter={(v) => [info.format(typeof v === 'number' ? v : null), label]}
          cursor={{ fill: 'var(--chart-cursor)' }}
        />
        <Bar dataKey="value" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.quarter} fill={r.quarter === quarter ? 'var(--chart-3)' : metric === 'problems' ? 'var(--chart-2)' : 'var(--chart-1)'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
