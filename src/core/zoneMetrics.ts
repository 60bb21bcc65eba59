/**
 * Per-zone figures for the map: a quarter's totals and open problems for
 * each zone, a zone's recent quarters, and each zone's status on a date.
 * Everything comes from the review, reconciliation and flag rules; nothing
 * here restates a rule.
 */
import { addDays } from './dates';
import { flagExports, type FlagKind } from './flags';
import { reconcile, type Reconciliation } from './reconcile';
import { reconciledInQuarter } from './datasetIndex';
import { exportsInQuarter, reviewQuarter, type Totals } from './review';
import { isCompliantOn } from './zones';
import type { Dataset, IsoDate, Quarter, Zone } from './types';

/**
 * What counts as an open problem of a zone in a quarter: its certificates
 * issued in the quarter that are overdue or in discrepancy, and the flags
 * raised on them. The office-below-minimum flag belongs to a buying office,
 * not to a zone, so it is not counted here.
 */
export type ZoneProblemKind = 'overdue' | 'discrepancy' | Exclude<FlagKind, 'officeBelowMinimum'>;

export const ZONE_PROBLEM_KINDS: readonly ZoneProblemKind[] = [
  'overdue', 'discrepancy', 'nonCompliantOrigin', 'sanctionedParty', 'priceOutlier',
];

export interface ZoneProblem {
  kind: ZoneProblemKind;
  certificate: string;
  issuedOn: IsoDate;
}

export interface ZoneQuarter extends Totals {
  zoneId: string;
  quarter: Quarter;
  overdue: number;
  discrepancy: number;
  /** Flags on the zone's certificates of the quarter (one certificate may carry several). */
  flags: number;
  /** overdue + discrepancy + flags. */
  openProblems: number;
  /** Each problem, grouped by kind in ZONE_PROBLEM_KINDS order, then in dataset order. */
  problems: ZoneProblem[];
}

/** Every zone of the dataset (file order) with its figures for the quarter, statuses as of `asOf`. */
export function zoneQuarterFigures(dataset: Dataset, quarter: Quarter, asOf: IsoDate, rec?: Reconciliation): ZoneQuarter[] {
  const reconciliation = rec ?? reconcile(dataset, asOf);
  const review = reviewQuarter(dataset, quarter, asOf, reconciliation);
  const inQuarter = exportsInQuarter(dataset, quarter);
  const statuses = reconciledInQuarter(reconciliation, quarter);
  return review.byZone.map((totals) => {
    const zoneId = totals.zoneId;
    const problems: ZoneProblem[] = [];
    for (const kind of ['overdue', 'discrepancy'] as const) {
      for (const r of statuses) {
        if (r.export.zoneId === zoneId && r.status === kind) {
          problems.push({ kind, certificate: r.export.certificate, issuedOn: r.export.issuedOn });
        }
      }
    }
    const ofZone = inQuarter.filter((e) => e.zoneId === zoneId);
    const issuedOn = new Map(ofZone.map((e) => [e.certificate, e.issuedOn]));
    // The same rules as the review's flags, applied to this zone's certificates only.
    const flags = flagExports(dataset, quarter, ofZone, []);
    for (const flag of flags) {
      if (flag.kind === 'officeBelowMinimum' || flag.certificate === undefined) continue;
      problems.push({ kind: flag.kind, certificate: flag.certificate, issuedOn: issuedOn.get(flag.certificate) ?? '' });
    }
    const overdue = problems.filter((p) => p.kind === 'overdue').length;
    const discrepancy = problems.filter((p) => p.kind === 'discrepancy').length;
    return {
      ...totals,
      zoneId,
      quarter,
      overdue,
      discrepancy,
      flags: problems.length - overdue - discrepancy,
      openProblems: problems.length,
      problems,
    };
  });
}

/** One zone's figures for each of `quarters`, in the order given; null for a zone not in the dataset. */
export function zoneHistory(
  dataset: Dataset, zoneId: string, quarters: readonly Quarter[], asOf: IsoDate, rec?: Reconciliation,
): ZoneQuarter[] | null {
  if (!dataset.zones.some((z) => z.id === zoneId)) return null;
  const reconciliation = rec ?? reconcile(dataset, asOf);
  return quarters.map((q) => zoneQuarterFigures(dataset, q, asOf, reconciliation).find((z) => z.zoneId === zoneId)!);
}

/** The figures a map can colour zones by. */
export type ZoneMetric = 'carats' | 'value' | 'ppc' | 'exports' | 'problems';

export const ZONE_METRICS: readonly ZoneMetric[] = ['carats', 'value', 'ppc', 'exports', 'problems'];

/** The figure for a metric; null for US$/ct without carats. */
export function zoneMetricValue(figures: ZoneQuarter, metric: ZoneMetric): number | null {
  switch (metric) {
    case 'carats': return figures.carats;
    case 'value': return figures.valueUsd;
    case 'ppc': return figures.pricePerCarat;
    case 'exports': return figures.exports;
    case 'problems': return figures.openProblems;
  }
}

/**
 * A zone on a date: compliant, not yet or no longer compliant, or past the
 * regime's end, when the remaining restrictions were lifted and zones no
 * longer limit where exports may come from.
 */
export type ZoneStatus = 'compliant' | 'notYet' | 'noLonger' | 'lifted';

export function regimeEndedOn(dataset: Dataset, date: IsoDate): boolean {
  return dataset.regime.end !== null && date > dataset.regime.end;
}

export function zoneStatusOn(dataset: Dataset, zone: Zone, date: IsoDate): ZoneStatus {
  if (regimeEndedOn(dataset, date)) return 'lifted';
  if (isCompliantOn(zone, date)) return 'compliant';
  return date < zone.compliantFrom ? 'notYet' : 'noLonger';
}

export interface ComplianceTimeline {
  /** The first zone's first compliant day, or the regime's start if earlier. */
  start: IsoDate;
  /** The as-of date (never before start). */
  end: IsoDate;
  /** Days within [start, end] on which a zone's status or the regime's changes, ascending. */
  changes: IsoDate[];
}

/** The dates a person can look at the zones on, and the days something changed. */
export function complianceTimeline(dataset: Dataset, asOf: IsoDate): ComplianceTimeline {
  const firsts = [dataset.regime.start, ...dataset.zones.map((z) => z.compliantFrom)];
  const start = firsts.reduce((a, b) => (b < a ? b : a));
  const end = asOf < start ? start : asOf;
  const days = new Set<IsoDate>([dataset.regime.start]);
  if (dataset.regime.end !== null) days.add(addDays(dataset.regime.end, 1));
  for (const z of dataset.zones) {
    days.add(z.compliantFrom);
    if (z.compliantUntil !== null) days.add(addDays(z.compliantUntil, 1));
  }
  const changes = [...days].filter((d) => d >= start && d <= end).sort();
  return { start, end, changes };
}
