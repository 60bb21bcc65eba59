/**
 * Reconciliation: every CAR certificate against the importing authorities'
 * confirmations of receipt, as of a date.
 */
import { days } from './dates';
import type { Dataset, Export, IsoDate, Notification, Settings } from './types';

export type ExportStatus = 'confirmed' | 'discrepancy' | 'awaiting' | 'overdue';

export interface Difference {
  field: 'carats' | 'parcels' | 'valueUsd';
  certificate: number;
  notified: number;
  /** Allowed absolute difference (0 for parcels). */
  tolerance: number;
}

export interface ExportReconciliation {
  export: Export;
  status: ExportStatus;
  /** The confirmation arrived after the due time. */
  late: boolean;
  /** The first notification (by notifiedOn, then id) known as of the date. */
  confirmation: Notification | null;
  /** Further notifications for the same certificate. */
  duplicates: Notification[];
  /** days(issuedOn, confirmation.notifiedOn), null without a confirmation. */
  daysToNotify: number | null;
  /** days(issuedOn, asOf) while no confirmation has arrived, else null. */
  daysWaiting: number | null;
  differences: Difference[];
}

export interface Reconciliation {
  asOf: IsoDate;
  /** Same order as dataset.exports. */
  exports: ExportReconciliation[];
  /** Notifications (notifiedOn ≤ asOf) whose certificate matches no export. */
  unmatched: Notification[];
}

function byNotifiedThenId(a: Notification, b: Notification): number {
  if (a.notifiedOn !== b.notifiedOn) return a.notifiedOn < b.notifiedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Differences beyond tolerance between a certificate and its confirmation. */
export function differencesOf(e: Export, n: Notification, s: Settings): Difference[] {
  const out: Difference[] = [];
  const caratTolerance = (e.carats * s.caratTolerancePct) / 100;
  if (Math.abs(n.carats - e.carats) > caratTolerance) {
    out.push({ field: 'carats', certificate: e.carats, notified: n.carats, tolerance: caratTolerance });
  }
  if (n.parcels !== undefined && n.parcels !== e.parcels) {
    out.push({ field: 'parcels', certificate: e.parcels, notified: n.parcels, tolerance: 0 });
  }
  const valueTolerance = (e.valueUsd * s.valueTolerancePct) / 100;
  if (n.valueUsd !== undefined && Math.abs(n.valueUsd - e.valueUsd) > valueTolerance) {
    out.push({ field: 'valueUsd', certificate: e.valueUsd, notified: n.valueUsd, tolerance: valueTolerance });
  }
  return out;
}

function reconcileExport(e: Export, known: Notification[], s: Settings, asOf: IsoDate): ExportReconciliation {
  const [confirmation, ...duplicates] = known;
  if (confirmation === undefined) {
    const waiting = days(e.issuedOn, asOf);
    return {
      export: e, status: waiting > s.notificationDueDays ? 'overdue' : 'awaiting', late: false,
      confirmation: null, duplicates: [], daysToNotify: null, daysWaiting: waiting, differences: [],
    };
  }
  const differences = differencesOf(e, confirmation, s);
  const daysToNotify = days(e.issuedOn, confirmation.notifiedOn);
  return {
    export: e, status: differences.length > 0 ? 'discrepancy' : 'confirmed',
    late: daysToNotify > s.notificationDueDays, confirmation, duplicates,
    daysToNotify, daysWaiting: null, differences,
  };
}

const cache = new WeakMap<Dataset, Map<IsoDate, Reconciliation>>();

/**
 * Reconciles every export as of a date. The result is cached per dataset
 * object and date (datasets are never mutated), so every view and review
 * of the same data shares one; treat it as read-only.
 */
export function reconcile(dataset: Dataset, asOf: IsoDate): Reconciliation {
  let byDate = cache.get(dataset);
  if (!byDate) {
    byDate = new Map();
    cache.set(dataset, byDate);
  }
  let rec = byDate.get(asOf);
  if (!rec) {
    rec = reconcileNow(dataset, asOf);
    byDate.set(asOf, rec);
  }
  return rec;
}

function reconcileNow(dataset: Dataset, asOf: IsoDate): Reconciliation {
  const exported = new Set(dataset.exports.map((e) => e.certificate));
  const byCertificate = new Map<string, Notification[]>();
  const unmatched: Notification[] = [];
  for (const n of dataset.notifications) {
    if (n.notifiedOn > asOf) continue;
    if (!exported.has(n.certificate)) {
      unmatched.push(n);
      continue;
    }
    const list = byCertificate.get(n.certificate);
    if (list) list.push(n);
    else byCertificate.set(n.certificate, [n]);
  }
  for (const list of byCertificate.values()) list.sort(byNotifiedThenId);
  const exports = dataset.exports.map((e) =>
    reconcileExport(e, byCertificate.get(e.certificate) ?? [], dataset.settings, asOf));
  return { asOf, exports, unmatched };
}
