/** A zone's recent quarters as bars (recharts is loaded with the first opened zone, not with the map). */
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Quarter, ZoneMetric } from '../../core';
import { METRICS } from './metrics';

export interface ChartRow {
  quarter: Quarter;
  value: number | null;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function QuarterTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const q = payload?.value ?? '';
  return (
    <text x={x} y={y} textAnchor="middle" fill="#4a5566" fontSize={11}>
      <tspan x={x} dy="0.9em">{q.slice(5)}</tspan>
      <tspan x={x} dy="1.1em">{q.slice(0, 4)}</tspan>
    </text>
  );
}

export function HistoryChart({ rows, metric, quarter }: { rows: ChartRow[]; metric: ZoneMetric; quarter: Quarter }) {
  const info = METRICS[metric];
  return (
    <ResponsiveContainer width="100%" height={170} initialDimension={{ width: 300, height: 170 }}>
      <BarChart data={rows} margin={{ top: 8, right: 6, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e3e7ec" />
        <XAxis dataKey="quarter" tick={<QuarterTick />} interval={0} height={34} tickLine={false} />
        <YAxis
          width={46}
          tick={{ fontSize: 11, fill: '#4a5566' }}
          tickFormatter={(v: number) => compact.format(v)}
          allowDecimals={metric !== 'exports' && metric !== 'problems'}
        />
        <Tooltip
          formatter={(v) => [info.format(typeof v === 'number' ? v : null), info.label]}
          cursor={{ fill: 'rgba(19, 41, 75, 0.08)' }}
        />
        <Bar dataKey="value" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.quarter} fill={r.quarter === quarter ? '#13294b' : metric === 'problems' ? '#fd8d3c' : '#6baed6'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
