/**
 * The quarterly review's series and comparisons: the quarter beside the one
 * before and the same one a year before, the months within it, the last
 * eight quarters, each zone's $/ct against its four-quarter median, and two
 * quarters side by side. Every figure comes from reviewQuarter, totalsOf and
 * zonePriceWindows; nothing here restates a rule.
 */
import { zonePriceWindows } from './flags';
import { quarterMonths, quarterOf, quarterRange, regimeQuarters, shiftQuarter } from './quarters';
import { reconcile, type Reconciliation } from './reconcile';
import { exportsInQuarter, reviewQuarter, summariseQuarter, totalsOf, type QuarterSummary, type QuarterlyReview, type Totals } from './review';
import { round2 } from './stats';
import type { Dataset, IsoDate, Quarter } from './types';

/** The headline measures, in the order a report lists them. */
export const HEADLINE_KEYS = [
  'exports', 'carats', 'valueUsd', 'pricePerCarat', 'shareConfirmed',
  'overdue', 'discrepancy', 'late', 'unmatched', 'medianDaysToNotify',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export type HeadlineValues = Record<HeadlineKey, number | null>;

/**
 * Confirmed certificates as a % of the quarter's certificates (2 decimals):
 * those whose confirmation of receipt arrived and matched within tolerance.
 * Null for a quarter without exports.
 */
export function shareConfirmed(review: QuarterSummary): number | null {
  const { exports } = review.totals;
  return exports === 0 ? null : round2((review.reconciliation.confirmed / exports) * 100);
}

/** The ten headline figures of a review, read from it (share confirmed derived from its counts). */
export function headlineValues(review: QuarterSummary): HeadlineValues {
  const { totals: t, reconciliation: r } = review;
  return {
    exports: t.exports, carats: t.carats, valueUsd: t.valueUsd, pricePerCarat: t.pricePerCarat,
    shareConfirmed: shareConfirmed(review),
    overdue: r.overdue, discrepancy: r.discrepancy, late: r.late, unmatched: r.unmatched,
    medianDaysToNotify: r.medianDaysToNotify,
  };
}

export interface Change {
  /** value − base, 2 decimals (percentage points for a share). */
  delta: number;
  /** delta as a % of base, 2 decimals; null when base is 0 or the measure is a share. */
  pct: number | null;
}

/**
 * The change from `base` to `value`, computed on the figures as reported
 * (rounded), so anyone can redo it from the printed numbers. Null when either is missing.
 */
export function changeOf(value: number | null, base: number | null, isShare = false): Change | null {
  if (value === null || base === null) return null;
  const delta = round2(value - base);
  return { delta, pct: isShare || base === 0 ? null : round2(((value - base) / base) * 100) };
}

export interface HeadlineFigure {
  key: HeadlineKey;
  value: number | null;
  /** The previous quarter's figure; null when that quarter is outside the regime. */
  previous: number | null;
  vsPrevious: Change | null;
  /** The same quarter a year before; null when outside the regime. */
  yearAgo: number | null;
  vsYearAgo: Change | null;
}

/** A quarter's review, or summary, with Q−1 and Q−4 beside it. */
export interface WithComparisons<R> {
  current: R;
  /** Q−1 and Q−4, as of the same date; null when the quarter is not one of the regime's. */
  previous: R | null;
  yearAgo: R | null;
  previousQuarter: Quarter;
  yearAgoQuarter: Quarter;
}

export type ReviewWithComparisons = WithComparisons<QuarterlyReview>;

/**
 * `make` of Q, Q−1 and Q−4 as of the same date, over one reconciliation. A
 * neighbour outside the regime's quarters (before it started, or after the
 * as-of date) is null rather than a row of zeros nobody could have exported.
 */
function withComparisons<R>(
  dataset: Dataset, quarter: Quarter, asOf: IsoDate,
  make: (q: Quarter) => R,
): WithComparisons<R> {
  const regime = new Set(regimeQuarters(dataset.regime, asOf));
  const neighbour = (q: Quarter) => (regime.has(q) ? make(q) : null);
  const previousQuarter = shiftQuarter(quarter, -1);
  const yearAgoQuarter = shiftQuarter(quarter, -4);
  return { current: make(quarter), previous: neighbour(previousQuarter), yearAgo: neighbour(yearAgoQuarter), previousQuarter, yearAgoQuarter };
}

/** reviewQuarter of Q, Q−1 and Q−4 as of the same date, over one reconciliation. */
export function reviewWithComparisons(dataset: Dataset, quarter: Quarter, asOf: IsoDate, rec?: Reconciliation): ReviewWithComparisons {
  const reconciliation = rec ?? reconcile(dataset, asOf);
  return withComparisons(dataset, quarter, asOf, (q) => reviewQuarter(dataset, q, asOf, reconciliation));
}

/** summariseQuarter of Q, Q−1 and Q−4: what the headline figures need, and no more. */
export function summaryWithComparisons(dataset: Dataset, quarter: Quarter, asOf: IsoDate, rec?: Reconciliation): WithComparisons<QuarterSummary> {
  const reconciliation = rec ?? reconcile(dataset, asOf);
  return withComparisons(dataset, quarter, asOf, (q) => summariseQuarter(dataset, q, asOf, reconciliation));
}

/** Each headline figure with its change against the previous quarter and the year before. */
export function headlineFigures(reviews: Pick<WithComparisons<QuarterSummary>, 'current' | 'previous' | 'yearAgo'>): HeadlineFigure[] {
  const now = headlineValues(reviews.current);
  const prev = reviews.previous ? headlineValues(reviews.previous) : null;
  const year = reviews.yearAgo ? headlineValues(reviews.yearAgo) : null;
  return HEADLINE_KEYS.map((key) => {
    const isShare = key === 'shareConfirmed';
    const previous = prev?.[key] ?? null;
    const yearAgo = year?.[key] ?? null;
    return {
      key, value: now[key],
      previous, vsPrevious: changeOf(now[key], previous, isShare),
      yearAgo, vsYearAgo: changeOf(now[key], yearAgo, isShare),
    };
  });
}

/** Two quarters' headline figures side by side: a, b and the change from b to a. */
export function compareHeadlines(a: QuarterlyReview, b: QuarterlyReview): Array<{ key: HeadlineKey; a: number | null; b: number | null; change: Change | null }> {
  const va = headlineValues(a);
  const vb = headlineValues(b);
  return HEADLINE_KEYS.map((key) => ({ key, a: va[key], b: vb[key], change: changeOf(va[key], vb[key], key === 'shareConfirmed') }));
}

/** Totals of each month (YYYY-MM) of the quarter, by issue date. */
export function monthlyTotals(dataset: Dataset, quarter: Quarter): Array<{ month: string } & Totals> {
  const inQ = exportsInQuarter(dataset, quarter);
  return quarterMonths(quarter).map((month) => ({ month, ...totalsOf(inQ.filter((e) => e.issuedOn.startsWith(month))) }));
}

/**
 * Totals of the `count` quarters ending with `quarter` (oldest first), from
 * the regime's first quarter at the earliest.
 */
export function quarterTrend(dataset: Dataset, quarter: Quarter, count = 8): Array<{ quarter: Quarter } & Totals> {
  const first = quarterOf(dataset.regime.start);
  const from = shiftQuarter(quarter, 1 - count);
  // YYYY-Qn strings order as text.
  return quarterRange(from < first ? first : from, quarter).map((q) => ({ quarter: q, ...totalsOf(exportsInQuarter(dataset, q)) }));
}

export interface ZonePrice {
  zoneId: string;
  /** The zone's $/ct in the quarter (the review's by-zone figure); null without exports. */
  pricePerCarat: number | null;
  /** Median $/ct of the zone's exports over the four quarters ending with Q, 2 decimals; null below 3 exports. */
  median: number | null;
  /** How many exports that median is over; 0 when there is no median. */
  count: number;
  /** pricePerCarat ÷ median, 2 decimals. */
  ratio: number | null;
}

/** Every zone's $/ct in the quarter against the median the price-outlier rule uses. */
export function zonePrices(dataset: Dataset, review: QuarterlyReview): { from: Quarter; to: Quarter; zones: ZonePrice[] } {
  const windows = zonePriceWindows(dataset, review.quarter);
  const zones = review.byZone.map((z): ZonePrice => {
    const w = windows.get(z.zoneId) ?? null;
    const median = w ? round2(w.median) : null;
    return {
      zoneId: z.zoneId, pricePerCarat: z.pricePerCarat, median, count: w?.count ?? 0,
      ratio: z.pricePerCarat !== null && median !== null && median > 0 ? round2(z.pricePerCarat / median) : null,
    };
  });
  return { from: shiftQuarter(review.quarter, -3), to: review.quarter, zones };
}

export interface SideBySide<K extends string> {
  key: K;
  a: Totals;
  b: Totals;
}

const ZERO: Totals = { exports: 0, carats: 0, valueUsd: 0, pricePerCarat: null };

/** Rows of a breakdown in a's order, then those only b has, each with both quarters' totals. */
function pair<T extends Totals>(a: readonly T[], b: readonly T[], key: (row: T) => string): Array<SideBySide<string>> {
  const inB = new Map(b.map((row) => [key(row), row]));
  const keys = [...a.map(key), ...b.map(key).filter((k) => !a.some((row) => key(row) === k))];
  const inA = new Map(a.map((row) => [key(row), row]));
  const totals = (row: T | undefined): Totals => (row
    ? { exports: row.exports, carats: row.carats, valueUsd: row.valueUsd, pricePerCarat: row.pricePerCarat }
    : ZERO);
  return keys.map((k) => ({ key: k, a: totals(inA.get(k)), b: totals(inB.get(k)) }));
}

/** Two quarters' breakdowns by zone, destination and buying office, side by side. */
export function compareBreakdowns(a: QuarterlyReview, b: QuarterlyReview) {
  return {
    zones: pair(a.byZone, b.byZone, (z) => z.zoneId),
    destinations: pair(a.byDestination, b.byDestination, (d) => d.destination),
    offices: pair(a.byBuyingOffice, b.byBuyingOffice, (o) => o.buyingOfficeId),
  };
}

