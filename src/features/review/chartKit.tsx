/**
 * What the review's charts share: fixed sizes (so the printed report draws
 * them exactly as on screen), colours, axis styles and an HTML legend. Each
 * chart sits in a figure beside the table of its figures: the table is the
 * chart's text alternative, for screen readers, the keyboard and print.
 */
import { createContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { nextTask } from '../../lib/idle';
import { formatCompact } from './figures';
import { usePrinting } from './printing';

/** Fits an A4 page between its margins (690 CSS px) and, beside its table, a laptop screen. */
export const CHART_WIDTH = 500;
export const CHART_HEIGHT = 280;
/** Room on the left of a horizontal bar chart for zone, office and country names. */
export const NAME_AXIS_WIDTH = 160;

/**
 * Colour-blind-safe pairs (Tableau 10); words in the legend and tables carry
 * the meaning too. The theme's custom properties (styles.css), so charts
 * follow light, dark and high contrast; styles.css also applies them where a
 * browser does not read var() in SVG attributes.
 */
export const COLORS = {
  carats: 'var(--chart-1)',
  value: 'var(--chart-2)',
  current: 'var(--chart-3)',
  below: 'var(--chart-4)',
  above: 'var(--chart-1)',
  minimum: 'var(--chart-ink)',
  median: 'var(--chart-5)',
  other: 'var(--chart-6)',
} as const;

export const TICK = { fontSize: 11, fill: 'var(--chart-ink-soft)' } as const;
export const GRID = 'var(--chart-grid)';

/** Axis ticks: 24K, 2.8M (French: 24 k, 2,8 M). */
export const compactTick = (v: number) => formatCompact(v);

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
    style: { textAnchor: 'middle' as const, fontSize: 12, fill: 'var(--chart-ink)' },
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
      {shape === 'bar' && <rect x="1" y="1" width="16" height="10" rx="1" style={{ fill: color }} />}
      {shape === 'line' && <line x1="1" y1="6" x2="17" y2="6" style={{ stroke: color }} strokeWidth="3" />}
      {shape === 'dash' && <line x1="1" y1="6" x2="17" y2="6" style={{ stroke: color }} strokeWidth="2" strokeDasharray="4 3" />}
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

/** The pointer or the focus has been on the chart: from then on its tooltip is mounted (charts.tsx). */
export const ChartInUse = createContext(false);

/*
 * The drawings (charts.tsx, with recharts) load when the first chart is
 * about to be drawn, or when the review has been on screen a moment: not on
 * the way to the review's first screen, which has no chart on it.
 */
type Charts = typeof import('./charts');
let charts: Charts | null = null;
let chartsLoading: Promise<Charts> | null = null;
const chartsListeners = new Set<() => void>();

/** Loads the drawings (once); resolves when they can be drawn. */
export function loadCharts(): Promise<Charts> {
  chartsLoading ??= import('./chartLibraries')
    .then(nextTask)
    .then(() => import('./charts'))
    .then((loaded) => {
      charts = loaded;
      for (const listener of chartsListeners) listener();
      return loaded;
    });
  return chartsLoading;
}

/** The drawings once loaded, else null; asks for them when `wanted`. */
function useCharts(wanted: boolean): Charts | null {
  const loaded = useSyncExternalStore(
    (listener) => {
      chartsListeners.add(listener);
      return () => chartsListeners.delete(listener);
    },
    () => charts,
    () => null,
  );
  useEffect(() => {
    if (wanted && loaded === null) {
      loadCharts().catch(() => {
        // A chunk that fails to load leaves the box empty; the table beside it has the figures.
        chartsLoading = null;
      });
    }
  }, [wanted, loaded]);
  return loaded;
}

/** Draw a chart once it comes within this distance of the screen (half a screen above or below). */
const NEAR = '50% 0px';

/**
 * True once the element is on or near the screen, or the page is printed.
 * Where the browser cannot tell (no IntersectionObserver), at once.
 */
function useDrawn(ref: RefObject<HTMLElement | null>): boolean {
  const isPrinting = usePrinting();
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setNear(true);
        observer.disconnect();
      }
    }, { rootMargin: NEAR });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);
  return near || isPrinting;
}

/**
 * A chart with its caption and legend. The drawing is one image to assistive
 * technology (`summary` says what it shows); the table beside it has the figures.
 *
 * The chart is drawn when the figure comes near the screen (or the page is
 * printed); until then a box of its size stands in, so nothing moves when it
 * appears. A report has half a dozen charts, all below the first screen,
 * and drawing one costs tens of milliseconds: drawn with the page, they made
 * opening a review and switching quarters slow.
 */
export function ChartFigure({ caption, legend, summary, height, children }: {
  caption: string;
  legend: readonly LegendItem[];
  summary: string;
  /** The chart's height in pixels (its width is CHART_WIDTH). */
  height: number;
  /** The drawing, from the loaded drawings. */
  children: (charts: Charts) => ReactNode;
}) {
  const canvas = useRef<HTMLDivElement>(null);
  const drawn = useDrawn(canvas);
  const loaded = useCharts(drawn);
  const [inUse, setInUse] = useState(false);
  const use = () => setInUse(true);
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <ChartLegend items={legend} />
      <div ref={canvas} className="chart-canvas" role="img" aria-label={summary} onPointerEnter={use} onFocus={use}>
        {drawn && loaded
          ? <ChartInUse value={inUse}>{children(loaded)}</ChartInUse>
          : <div className="chart-pending" style={{ width: CHART_WIDTH, height }} />}
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
