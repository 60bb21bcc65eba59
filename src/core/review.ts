/**
 * The quarterly review of quarter Q as of date A: totals, breakdowns,
 * reconciliation counts and flags over the certificates issued in Q.
 */
import { flagExports, type Flag } from './flags';
import { exportsOfQuarter, groupBy, reconciledInQuarter, unmatchedInQuarter } from './datasetIndex';
import { previousQuarter } from './quarters';
import { reconcile, type Reconciliation } from './reconcile';
import { median, round2, round2OrNull } from './stats';
import type { Dataset, Export, IsoDate, Quarter } from './types';

export interface Totals {
  exports: number;
  carats: number;
  valueUsd: number;
  /** valueUsd / carats; null when there are no carats. */
  pricePerCarat: number | null;
}

export interface ReconciliationCounts {
  confirmed: number;
  discrepancy: number;
  awaiting: number;
  overdue: number;
  late: number;
  duplicate: number;
  unmatched: number;
  medianDaysToNotify: number | null;
}

export interface QuarterlyReview {
  quarter: Quarter;
  asOf: IsoDate;
  totals: Totals;
  previous: { quarter: Quarter; totals: Totals };
  byZone: Array<{ zoneId: string } & Totals>;
  byDestination: Array<{ destination: string } & Totals>;
  byBuyingOffice: Array<{ buyingOfficeId: string; belowMinimum: boolean } & Totals>;
  reconciliation: ReconciliationCounts;
  flags: Flag[];
}

/** Sums rounded for reporting; $/ct from the unrounded sums. */
export function totalsOf(exports: ReadonlyArray<Export>): Totals {
  let carats = 0;
  let valueUsd = 0;
  for (const e of exports) {
    carats += e.carats;
    valueUsd += e.valueUsd;
  }
  return {
    exports: exports.length,
    carats: round2(carats),
    valueUsd: round2(valueUsd),
    pricePerCarat: carats > 0 ? round2(valueUsd / carats) : null,
  };
}

/** The exports issued in a quarter (a fresh array: callers may sort it). */
export function exportsInQuarter(dataset: Dataset, quarter: Quarter): Export[] {
  return [...exportsOfQuarter(dataset, quarter)];
}

function byZone(dataset: Dataset, inQ: Export[]) {
  const groups = groupBy(inQ, (e) => e.zoneId);
  return dataset.zones.map((z) => ({ zoneId: z.id, ...totalsOf(groups.get(z.id) ?? []) }));
}

/** Largest value first, then by code, so the order is stable. */
function byDestination(inQ: Export[]) {
  return [...groupBy(inQ, (e) => e.destination)]
    .map(([destination, list]) => ({ destination, ...totalsOf(list) }))
    .sort((a, b) => b.valueUsd - a.valueUsd || (a.destination < b.destination ? -1 : 1));
}

/** Offices in dataset order, then any unknown office ids in order of appearance. */
function byBuyingOffice(dataset: Dataset, inQ: Export[]) {
  const groups = groupBy(inQ, (e) => e.buyingOfficeId);
  const known = dataset.buyingOffices.map((o) => o.id).filter((id) => groups.has(id));
  const unknown = [...groups.keys()].filter((id) => !known.includes(id));
  const minimum = dataset.settings.minQuarterlyExportUsd;
  return [...known, ...unknown].map((id) => {
    const totals = totalsOf(groups.get(id) ?? []);
    return { buyingOfficeId: id, belowMinimum: totals.valueUsd < minimum, ...totals };
  });
}

function countReconciliation(rec: Reconciliation, quarter: Quarter): ReconciliationCounts {
  const inQ = reconciledInQuarter(rec, quarter);
  const count = (status: string) => inQ.filter((r) => r.status === status).length;
  const delays = inQ.flatMap((r) => (r.daysToNotify === null ? [] : [r.daysToNotify]));
  return {
    confirmed: count('confirmed'),
    discrepancy: count('discrepancy'),
    awaiting: count('awaiting'),
    overdue: count('overdue'),
    late: inQ.filter((r) => r.late).length,
    duplicate: inQ.reduce((sum, r) => sum + r.duplicates.length, 0),
    unmatched: unmatchedInQuarter(rec, quarter).length,
    medianDaysToNotify: round2OrNull(median(delays)),
  };
}

/**
 * What the headline figures read of a quarter: its totals and reconciliation counts, without the
 * breakdowns and flags (a few milliseconds rather than tens on a large dataset, so a quarter's
 * headline can show before the rest of its review is computed).
 */
export type QuarterSummary = Pick<QuarterlyReview, 'quarter' | 'asOf' | 'totals' | 'reconciliation'>;

export function summariseQuarter(dataset: Dataset, quarter: Quarter, asOf: IsoDate, rec?: Reconciliation): QuarterSummary {
  const reconciliation = rec ?? reconcile(dataset, asOf);
  return { quarter, asOf, totals: totalsOf(exportsOfQuarter(dataset, quarter)), reconciliation: countReconciliation(reconciliation, quarter) };
}

/**
 * Pass a reconciliation already computed for the same dataset and date to
 * avoid recomputing it when reviewing several quarters.
 */
export function reviewQuarter(dataset: Dataset, quarter: Quarter, asOf: IsoDate, rec?: Reconciliation): QuarterlyReview {
  const reconciliation = rec ?? reconcile(dataset, asOf);
  const inQ = exportsInQuarter(dataset, quarter);
  const offices = byBuyingOffice(dataset, inQ);
  const previous = previousQuarter(quarter);
  return {
    quarter,
    asOf,
    totals: totalsOf(inQ),
    previous: { quarter: previous, totals: totalsOf(exportsOfQuarter(dataset, previous)) },
    byZone: byZone(dataset, inQ),
    byDestination: byDestination(inQ),
    byBuyingOffice: offices,
    reconciliation: countReconciliation(reconciliation, quarter),
    flags: flagExports(dataset, quarter, inQ, offices.filter((o) => o.belowMinimum).map((o) => o.buyingOfficeId)),
  };
}
