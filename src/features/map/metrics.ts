/**
 * The metrics zones can be coloured by: how a figure is written. Their names,
 * and the words for statuses, certainty and problems, are in messages.ts
 * (`metrics.<metric>.label`, `status.<status>`, ...).
 */
import type { ZoneMetric } from '../../core';
import { formatCarats, formatCount, formatPricePerCarat, formatUsd, formatUsdShort } from '../../lib/format';
import { mapText } from './messages';

export const DEFAULT_METRIC: ZoneMetric = 'carats';

interface MetricInfo {
  /** A figure in full, as in the review. */
  format: (value: number | null) => string;
  /** A figure where space is short (the zone list): counts without their noun. */
  short: (value: number | null) => string;
  /** A scale bound, no decimals; the legend title gives the unit. */
  bound: (value: number) => string;
}

const usdShort = (n: number) => formatUsd(n);
const orDash = (write: (n: number) => string) => (v: number | null) => (v === null ? '—' : write(v));

export const METRICS: Record<ZoneMetric, MetricInfo> = {
  carats: { format: orDash(formatCarats), short: orDash(formatCarats), bound: formatCount },
  value: { format: orDash(formatUsd), short: orDash(formatUsdShort), bound: usdShort },
  ppc: { format: formatPricePerCarat, short: formatPricePerCarat, bound: usdShort },
  exports: {
    format: orDash((n) => mapText('count.exports', { count: n, n: formatCount(n) })), short: orDash(formatCount), bound: formatCount,
  },
  problems: {
    format: orDash((n) => mapText('count.problems', { count: n, n: formatCount(n) })), short: orDash(formatCount), bound: formatCount,
  },
};

/** "Carats", "Value (US$)"...: for the select, the legend and the chart, in the current language. */
export const metricLabel = (metric: ZoneMetric) => mapText(`metrics.${metric}.label`);

/** "carats", "value"...: in a sentence ("carats in 2024-Q4: ..."), in the current language. */
export const metricNoun = (metric: ZoneMetric) => mapText(`metrics.${metric}.noun`);
