/**
 * What a reviewer checks, record by record, with the numbers behind each:
 * the review's flags (non-compliant origin, sanctioned party, price outlier,
 * office below the minimum) and the reconciliation's problems (overdue,
 * discrepancy, late, unmatched, duplicate). Which records fire comes from
 * reviewQuarter and reconcile; this only gathers the figures each rule
 * compared, so a report can say why.
 */
import { sanctionReasons, zonePriceWindows, type FlagKind, type SanctionReason } from './flags';
import { exportOfCertificate, reconciledInQuarter, unmatchedInQuarter } from './datasetIndex';
import { shiftQuarter } from './quarters';
import type { Difference, Reconciliation } from './reconcile';
import type { QuarterlyReview } from './review';
import { round2 } from './stats';
import type { Dataset, IsoDate, Quarter } from './types';

export type CheckKind = FlagKind | 'overdue' | 'discrepancy' | 'late' | 'unmatched' | 'duplicate';

/** The order a review lists them in: the flags first, then the reconciliation. */
export const CHECK_KINDS: readonly CheckKind[] = [
  'nonCompliantOrigin', 'sanctionedParty', 'priceOutlier', 'officeBelowMinimum',
  'overdue', 'discrepancy', 'late', 'unmatched', 'duplicate',
];

export type CheckItem =
  | {
    kind: 'nonCompliantOrigin'; certificate: string; issuedOn: IsoDate; zoneId: string;
    /** null when the zone is not in the dataset. */
    zone: { name: string; compliantFrom: IsoDate; compliantUntil: IsoDate | null } | null;
  }
  | { kind: 'sanctionedParty'; certificate: string; reasons: SanctionReason[] }
  | {
    kind: 'priceOutlier'; certificate: string; zoneId: string; carats: number; valueUsd: number;
    /** Every $/ct here is rounded to 2 decimals; the rule compared the unrounded ones. */
    pricePerCarat: number; median: number; count: number; from: Quarter; to: Quarter;
    factor: number; direction: 'above' | 'below';
    /** median × factor (above) or median ÷ factor (below). */
    threshold: number;
    /** pricePerCarat ÷ median. */
    ratio: number;
  }
  | { kind: 'officeBelowMinimum'; buyingOfficeId: string; valueUsd: number; minimum: number; shortfall: number }
  | { kind: 'overdue'; certificate: string; issuedOn: IsoDate; daysWaiting: number; dueDays: number }
  | { kind: 'discrepancy'; certificate: string; notificationId: string; differences: Difference[] }
  | { kind: 'late'; certificate: string; notificationId: string; issuedOn: IsoDate; notifiedOn: IsoDate; daysToNotify: number; dueDays: number }
  | { kind: 'unmatched'; notificationId: string; certificate: string; participant: string; notifiedOn: IsoDate; carats: number }
  | { kind: 'duplicate'; certificate: string; notificationId: string; notifiedOn: IsoDate; confirmationId: string; confirmedOn: IsoDate };

/** The four kinds of flag of the review, with the figures each rule compared. */
function flagItems(dataset: Dataset, review: QuarterlyReview): CheckItem[] {
  const windows = zonePriceWindows(dataset, review.quarter);
  const factor = dataset.settings.priceOutlierFactor;
  const minimum = dataset.settings.minQuarterlyExportUsd;
  return review.flags.flatMap((flag): CheckItem[] => {
    if (flag.kind === 'officeBelowMinimum') {
      const office = review.byBuyingOffice.find((o) => o.buyingOfficeId === flag.buyingOfficeId);
      const valueUsd = office?.valueUsd ?? 0;
      return [{ kind: flag.kind, buyingOfficeId: flag.buyingOfficeId ?? '', valueUsd, minimum, shortfall: round2(minimum - valueUsd) }];
    }
    const e = exportOfCertificate(dataset, flag.certificate ?? '');
    if (!e) return [];
    if (flag.kind === 'nonCompliantOrigin') {
      const z = dataset.zones.find((x) => x.id === e.zoneId);
      const zone = z ? { name: z.name, compliantFrom: z.compliantFrom, compliantUntil: z.compliantUntil } : null;
      return [{ kind: flag.kind, certificate: e.certificate, issuedOn: e.issuedOn, zoneId: e.zoneId, zone }];
    }
    if (flag.kind === 'sanctionedParty') return [{ kind: flag.kind, certificate: e.certificate, reasons: sanctionReasons(dataset, e) }];
    const window = windows.get(e.zoneId);
    if (!window) return [];
    const price = e.valueUsd / e.carats;
    const above = price >= factor * window.median;
    return [{
      kind: 'priceOutlier', certificate: e.certificate, zoneId: e.zoneId, carats: e.carats, valueUsd: e.valueUsd,
      pricePerCarat: round2(price), median: round2(window.median), count: window.count,
      from: shiftQuarter(review.quarter, -3), to: review.quarter, factor,
      direction: above ? 'above' : 'below',
      threshold: round2(above ? window.median * factor : window.median / factor),
      ratio: round2(price / window.median),
    }];
  });
}

/** Overdue, discrepancy, late, unmatched and duplicate records of the quarter, in dataset order. */
function reconciliationItems(dataset: Dataset, quarter: Quarter, rec: Reconciliation): CheckItem[] {
  const dueDays = dataset.settings.notificationDueDays;
  const inQ = reconciledInQuarter(rec, quarter);
  const overdue = inQ.flatMap((r): CheckItem[] => (r.status === 'overdue'
    ? [{ kind: 'overdue', certificate: r.export.certificate, issuedOn: r.export.issuedOn, daysWaiting: r.daysWaiting ?? 0, dueDays }]
    : []));
  const discrepancy = inQ.flatMap((r): CheckItem[] => (r.status === 'discrepancy' && r.confirmation
    ? [{
      kind: 'discrepancy', certificate: r.export.certificate, notificationId: r.confirmation.id,
      differences: r.differences.map((d) => ({ ...d, tolerance: round2(d.tolerance) })),
    }]
    : []));
  const late = inQ.flatMap((r): CheckItem[] => (r.late && r.confirmation
    ? [{
      kind: 'late', certificate: r.export.certificate, notificationId: r.confirmation.id, issuedOn: r.export.issuedOn,
      notifiedOn: r.confirmation.notifiedOn, daysToNotify: r.daysToNotify ?? 0, dueDays,
    }]
    : []));
  const unmatched = unmatchedInQuarter(rec, quarter).map((n): CheckItem => ({
    kind: 'unmatched', notificationId: n.id, certificate: n.certificate, participant: n.participant, notifiedOn: n.notifiedOn, carats: n.carats,
  }));
  const duplicate = inQ.flatMap((r) => (r.confirmation
    ? r.duplicates.map((n): CheckItem => ({
      kind: 'duplicate', certificate: r.export.certificate, notificationId: n.id, notifiedOn: n.notifiedOn,
      confirmationId: r.confirmation!.id, confirmedOn: r.confirmation!.notifiedOn,
    }))
    : []));
  return [...overdue, ...discrepancy, ...late, ...unmatched, ...duplicate];
}

/**
 * Every record of the review that needs a reviewer's attention, in
 * CHECK_KINDS order. `rec` must be the reconciliation the review was
 * computed from (same dataset, same as-of date); the counts per kind then
 * equal the review's (one duplicate item per duplicate notification).
 */
export function reviewChecks(dataset: Dataset, review: QuarterlyReview, rec: Reconciliation): CheckItem[] {
  return [...flagItems(dataset, review), ...reconciliationItems(dataset, review.quarter, rec)];
}

/** How many items of each kind, every kind present (0 when none fired). */
export function countChecks(items: readonly CheckItem[]): Record<CheckKind, number> {
  const counts = Object.fromEntries(CHECK_KINDS.map((k) => [k, 0])) as Record<CheckKind, number>;
  for (const item of items) counts[item.kind] += 1;
  return counts;
}
