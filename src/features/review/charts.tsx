/**
 * The review's drawings, with recharts: loaded only when a chart is about to
 * be drawn (chartKit's ChartFigure), so neither the library nor these are on
 * the way to the review's first screen, which has no chart on it. Each takes
 * the figures its section computed.
 */
import { useContext, type ComponentProps } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Quarter, Totals } from '../../core';
import { formatCarats, formatPricePerCarat, formatUsd, formatUsdShort } from '../../lib/format';
import {
  asNumber, axisLabel, CHART_HEIGHT, CHART_WIDTH, ChartInUse, COLORS, compactTick, GRID, NAME_AXIS_WIDTH, TICK,
} from './chartKit';
import { useReviewMessages } from './messages';

/**
 * The chart's tooltip, mounted once the chart is first pointed at: mounted
 * with the page, each tooltip measures itself (a forced layout of the whole
 * report) for a box nobody has asked to see yet.
 */
function ChartTooltip(props: ComponentProps<typeof Tooltip>) {
  return useContext(ChartInUse) ? <Tooltip {...props} /> : null;
}

export function MonthlyChart({ data }: { data: Array<{ label: string; carats: number; valueUsd: number }> }) {
  const { t } = useReviewMessages();
  return (
    <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 10, right: 16, bottom: 22, left: 16 }} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="label" tick={TICK} interval={0} tickLine={false} label={axisLabel(t('chart.monthAxis'), 'insideBottom')} height={40} />
      <YAxis yAxisId="carats" tick={TICK} interval={0} tickFormatter={compactTick} width={56} label={axisLabel(t('chart.caratsAxis'), 'insideLeft')} />
      <YAxis yAxisId="value" orientation="right" tick={TICK} interval={0} tickFormatter={compactTick} width={56} label={axisLabel(t('chart.valueAxis'), 'insideRight')} />
      <ChartTooltip
        formatter={(v, name) => {
          const n = asNumber(v);
          return name === 'carats' ? [n === null ? '—' : formatCarats(n), t('chart.carats')] : [n === null ? '—' : formatUsd(n), t('chart.value')];
        }}
      />
      <Bar yAxisId="carats" dataKey="carats" name="carats" fill={COLORS.carats} isAnimationActive={false} />
      <Bar yAxisId="value" dataKey="valueUsd" name="value" fill={COLORS.value} isAnimationActive={false} />
    </BarChart>
  );
}

export function PairedBarsChart({ data, height }: { data: Array<{ name: string; carats: number; valueUsd: number }>; height: number }) {
  const { t } = useReviewMessages();
  return (
    <BarChart
      layout="vertical"
      width={CHART_WIDTH}
      height={height}
      data={data}
      margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      barCategoryGap="18%"
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <YAxis type="category" dataKey="name" width={NAME_AXIS_WIDTH} tick={TICK} tickLine={false} interval={0} />
      <XAxis xAxisId="carats" type="number" orientation="bottom" tick={TICK} interval={0} tickFormatter={compactTick} height={42} label={axisLabel(t('chart.caratsAxis'), 'insideBottom')} />
      <XAxis xAxisId="value" type="number" orientation="top" tick={TICK} interval={0} tickFormatter={compactTick} height={42} label={axisLabel(t('chart.valueAxis'), 'insideTop')} />
      <ChartTooltip
        formatter={(v, name) => {
          const n = asNumber(v);
          return name === 'carats' ? [n === null ? '—' : formatCarats(n), t('chart.carats')] : [n === null ? '—' : formatUsd(n), t('chart.value')];
        }}
      />
      <Bar xAxisId="carats" dataKey="carats" name="carats" fill={COLORS.carats} isAnimationActive={false} />
      <Bar xAxisId="value" dataKey="valueUsd" name="value" fill={COLORS.value} isAnimationActive={false} />
    </BarChart>
  );
}

export function OfficeChart({ rows, minimum, height }: { rows: Array<{ name: string; valueUsd: number; below: boolean }>; minimum: number; height: number }) {
  const { t } = useReviewMessages();
  const min = formatUsdShort(minimum);
  return (
    <BarChart
      layout="vertical"
      width={CHART_WIDTH}
      height={height}
      data={rows}
      margin={{ top: 18, right: 28, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <YAxis type="category" dataKey="name" width={NAME_AXIS_WIDTH} tick={TICK} tickLine={false} interval={0} />
      <XAxis
        type="number"
        tick={TICK}
        interval={0}
        tickFormatter={compactTick}
        domain={[0, (dataMax: number) => Math.max(dataMax, minimum) * 1.08]}
        height={42}
        label={axisLabel(t('chart.valueAxis'), 'insideBottom')}
      />
      <ChartTooltip formatter={(v) => [asNumber(v) === null ? '—' : formatUsd(asNumber(v)!), t('chart.value')]} />
      {/* The label ends at the line: centred on it, a longer one ("Minimum de 3 M$ US") ran off the chart's right edge. */}
      <ReferenceLine
        x={minimum}
        stroke={COLORS.minimum}
        strokeDasharray="4 3"
        strokeWidth={2}
        label={{ value: t('units.minimum', { min }), position: 'top', textAnchor: 'end', fontSize: 11, fill: COLORS.minimum }}
      />
      <Bar dataKey="valueUsd" name="value" isAnimationActive={false}>
        {rows.map((r) => <Cell key={r.name} fill={r.below ? COLORS.below : COLORS.above} />)}
      </Bar>
    </BarChart>
  );
}

export function PriceChart({ data, quarter, height }: { data: Array<{ name: string; price: number | null; median: number | null }>; quarter: Quarter; height: number }) {
  const { t } = useReviewMessages();
  return (
    <BarChart
      layout="vertical"
      width={CHART_WIDTH}
      height={height}
      data={data}
      margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      barCategoryGap="18%"
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <YAxis type="category" dataKey="name" width={NAME_AXIS_WIDTH} tick={TICK} tickLine={false} interval={0} />
      <XAxis type="number" tick={TICK} interval={0} tickFormatter={compactTick} height={42} label={axisLabel(t('chart.priceAxis'), 'insideBottom')} />
      <ChartTooltip
        formatter={(v, name) => [formatPricePerCarat(asNumber(v)), name === 'price' ? t('chart.priceIn', { quarter }) : t('chart.median')]}
      />
      <Bar dataKey="price" name="price" fill={COLORS.carats} isAnimationActive={false} />
      <Bar dataKey="median" name="median" fill={COLORS.median} isAnimationActive={false} />
    </BarChart>
  );
}

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

export function TrendChart({ trend, quarter }: { trend: ReadonlyArray<{ quarter: Quarter } & Totals>; quarter: Quarter }) {
  const { t } = useReviewMessages();
  return (
    <ComposedChart width={CHART_WIDTH} height={CHART_HEIGHT} data={[...trend]} margin={{ top: 10, right: 16, bottom: 22, left: 16 }} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="quarter" tick={<QuarterTick />} tickLine={false} interval={0} height={52} label={axisLabel(t('chart.quarterAxis'), 'insideBottom')} />
      <YAxis yAxisId="carats" tick={TICK} interval={0} tickFormatter={compactTick} width={56} label={axisLabel(t('chart.caratsAxis'), 'insideLeft')} />
      <YAxis yAxisId="value" orientation="right" tick={TICK} interval={0} tickFormatter={compactTick} width={56} label={axisLabel(t('chart.valueAxis'), 'insideRight')} />
      <ChartTooltip
        formatter={(v, name) => {
          const n = asNumber(v);
          return name === 'carats' ? [n === null ? '—' : formatCarats(n), t('chart.carats')] : [n === null ? '—' : formatUsd(n), t('chart.value')];
        }}
      />
      <Bar yAxisId="carats" dataKey="carats" name="carats" isAnimationActive={false}>
        {trend.map((t) => <Cell key={t.quarter} fill={t.quarter === quarter ? COLORS.current : COLORS.carats} />)}
      </Bar>
      <Line yAxisId="value" dataKey="valueUsd" name="value" stroke={COLORS.value} strokeWidth={2.5} dot={{ r: 3, fill: COLORS.value }} isAnimationActive={false} />
    </ComposedChart>
  );
}

export function ZoneValueChart({ data, a, b, height }: { data: Array<{ name: string; a: number; b: number }>; a: Quarter; b: Quarter; height: number }) {
  const { t } = useReviewMessages();
  return (
    <BarChart layout="vertical" width={CHART_WIDTH} height={height} data={data} margin={{ top: 4, right: 24, bottom: 4, left: 4 }} barCategoryGap="18%" accessibilityLayer={false}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <YAxis type="category" dataKey="name" width={NAME_AXIS_WIDTH} tick={TICK} tickLine={false} interval={0} />
      <XAxis type="number" tick={TICK} interval={0} tickFormatter={compactTick} height={42} label={axisLabel(t('chart.valueAxis'), 'insideBottom')} />
      <ChartTooltip formatter={(v, name) => [asNumber(v) === null ? '—' : formatUsd(asNumber(v)!), name === 'a' ? a : b]} />
      <Bar dataKey="a" name="a" fill={COLORS.current} isAnimationActive={false} />
      <Bar dataKey="b" name="b" fill={COLORS.other} isAnimationActive={false} />
    </BarChart>
  );
}
