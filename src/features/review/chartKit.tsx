/**
 * What the review's charts share: fixed sizes (so the printed report draws
 * them exactly as on screen), colours, axis styles and an HTML legend. Each
 * chart sits in a figure beside the table of its figures: the table is the
 * chart's text alternative, for screen readers, the keyboard and print.
 */
import type { ReactNode } from 'react';

/** Fits an A4 page between its margins (690 CSS px) and, beside its table, a laptop screen. */
export const CHART_WIDTH = 500;
export const CHART_HEIGHT = 280;
/** Room on the left of a horizontal bar chart for zone, office and country names. */
export const NAME_AXIS_WIDTH = 160;

/** Colour-blind-safe pairs (Tableau 10); words in the legend and tables carry the meaning too. */
export const COLORS = {
  carats: '#4e79a7',
  value: '#f28e2b',
  current: '#13294b',
  below: '#e15759',
  above: '#4e79a7',
  minimum: '#1b2430',
  median: '#9c755f',
  other: '#bab0ac',
} as const;

export const TICK = { fontSize: 11, fill: '#4a5566' } as const;
export const GRID = '#e3e7ec';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
/** Axis ticks: 24K, 2.8M. */
export const compactTick = (v: number) => compact.format(v);

/** Height of a horizontal bar chart with `rows` categories (fixed for a given dataset, so print matches screen). */
export function barChartHeight(rows: number, perRow = 34): number {
  return Math.max(160, 70 + rows * perRow);
}

/** An axis title drawn by recharts: along a vertical axis it is turned a quarter. */
export function axisLabel(value: string, position: 'insideBottom' | 'insideTop' | 'insideLeft' | 'insideRight' | 'bottom' | 'top') {
  const vertical = position === 'insideLeft' || position === 'insideRight';
  return {
    value,
    position,
    angle: vertical ? (position === 'insideLeft' ? -90 : 90) : 0,
    offset: vertical ? 0 : -2,
    style: { textAnchor: 'middle' as const, fontSize: 12, fill: '#1b2430' },
  };
}

/** A number from a recharts tooltip value (which may be a string or a pair). */
export function asNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export interface LegendItem {
  label: string;
  color: string;
  shape?: 'bar' | 'line' | 'dash';
}

function Swatch({ color, shape = 'bar' }: { color: string; shape?: LegendItem['shape'] }) {
  return (
    <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" focusable="false">
      {shape === 'bar' && <rect x="1" y="1" width="16" height="10" rx="1" fill={color} />}
      {shape === 'line' && <line x1="1" y1="6" x2="17" y2="6" stroke={color} strokeWidth="3" />}
      {shape === 'dash' && <line x1="1" y1="6" x2="17" y2="6" stroke={color} strokeWidth="2" strokeDasharray="4 3" />}
    </svg>
  );
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <Swatch color={item.color} shape={item.shape} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart with its caption and legend. The drawing is one image to assistive
 * technology (`summary` says what it shows); the table beside it has the figures.
 */
export function ChartFigure({ caption, legend, summary, children }: {
  caption: string;
  legend: readonly LegendItem[];
  summary: string;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <ChartLegend items={legend} />
      <div className="chart-canvas" role="img" aria-label={summary}>
        {children}
      </div>
    </figure>
  );
}

/**
 * A report section: heading, a sentence on what it shows, the chart and its
 * table side by side. Heading, sentence and chart stay together on a printed page.
 */
export function ChartSection({ id, title, intro, chart, table }: {
  id: string;
  title: string;
  intro: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    // Not a named region: the heading structures the page; a dozen regions would crowd the landmarks list.
    <section className="report-section chart-section" id={id}>
      <div className="chart-lead">
        <h2>{title}</h2>
        <p className="section-intro">{intro}</p>
        {chart}
      </div>
      <div className="chart-table">{table}</div>
    </section>
  );
}
