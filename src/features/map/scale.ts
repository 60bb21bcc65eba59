/**
 * The colour scale of the choropleth: up to five classes of equal, round
 * width, a class of its own for zero, and one for "no figure" (US$/ct of a
 * zone that exported nothing). Sequential colours (ColorBrewer Blues, or
 * Oranges for problems) that read in greyscale and for colour-blind people.
 */
import type { ZoneMetric } from '../../core';
import { mapText } from './messages';
import { METRICS } from './metrics';

// The theme's custom properties (styles.css): the same classes, coloured for light, dark or high contrast.
const BLUES = ['var(--map-blue-1)', 'var(--map-blue-2)', 'var(--map-blue-3)', 'var(--map-blue-4)', 'var(--map-blue-5)'];
const ORANGES = ['var(--map-orange-1)', 'var(--map-orange-2)', 'var(--map-orange-3)', 'var(--map-orange-4)', 'var(--map-orange-5)'];
export const ZERO_COLOUR = 'var(--map-zero)';
export const NONE_COLOUR = 'var(--map-none)';

export interface ScaleClass {
  colour: string;
  label: string;
}

export interface ColourScale {
  metric: ZoneMetric;
  /** In legend order: none, zero, then the classes from low to high. */
  classes: ScaleClass[];
  colourOf: (value: number | null) => string;
}

const INTEGER_METRICS: readonly ZoneMetric[] = ['exports', 'problems'];

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number, integer: boolean): number {
  if (raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/** Palette colours spread over n classes (1 ≤ n ≤ 5), light to dark. */
function spread(palette: string[], n: number): string[] {
  if (n === 1) return [palette[2]!];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
}

export function colourScale(metric: ZoneMetric, values: ReadonlyArray<number | null>): ColourScale {
  const info = METRICS[metric];
  const integer = INTEGER_METRICS.includes(metric);
  const palette = metric === 'problems' ? ORANGES : BLUES;
  const present = values.filter((v): v is number => v !== null);
  const positive = present.filter((v) => v > 0);
  const classes: ScaleClass[] = [];
  if (present.length < values.length) classes.push({ colour: NONE_COLOUR, label: mapText('scale.noFigure') });
  if (present.some((v) => v === 0)) {
    classes.push({ colour: ZERO_COLOUR, label: mapText(metric === 'problems' ? 'scale.noneProblems' : 'scale.noExports') });
  }
  if (positive.length === 0) return { metric, classes, colourOf: (v) => (v === null ? NONE_COLOUR : ZERO_COLOUR) };

  // US$/ct starts near its lowest price; amounts and counts start at zero.
  const low = Math.min(...positive);
  const high = Math.max(...positive);
  const step = niceStep((metric === 'ppc' ? high - low : high) / 5, integer);
  const base = metric === 'ppc' ? Math.floor(low / step) * step : 0;
  const count = Math.min(5, Math.max(1, Math.ceil((high - base) / step)));
  const colours = spread(palette, count);
  const bounds = colours.map((_, i) => base + step * (i + 1));
  colours.forEach((colour, i) => {
    const upper = i === count - 1 ? Math.max(bounds[i]!, high) : bounds[i]!;
    const lower = base + step * i;
    let label: string;
    if (integer) {
      const from = Math.floor(lower) + 1;
      const to = Math.floor(upper);
      label = from === to ? info.bound(from) : `${info.bound(from)}–${info.bound(to)}`;
    } else {
      label = lower === 0 ? mapText('scale.upTo', { bound: info.bound(upper) }) : `${info.bound(lower)}–${info.bound(upper)}`;
    }
    classes.push({ colour, label });
  });
  const colourOf = (value: number | null) => {
    if (value === null) return NONE_COLOUR;
    if (value === 0) return ZERO_COLOUR;
    const i = Math.min(count - 1, Math.max(0, Math.ceil((value - base) / step) - 1));
    return colours[i]!;
  };
  return { metric, classes, colourOf };
}
