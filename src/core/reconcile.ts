/**
 * Reconciliation: every CAR certificate against the importing authorities'
 * confirmations of receipt, as of a date.
 */
import { certificateIndex } from './datasetIndex';
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

/*
 * Most certificates have no differences and no duplicates: they share one
 * empty list (frozen: the reconciliation is read-only), instead of two new
 * ones each; with a million exports that is two million fewer objects.
 */
const NONE = Object.freeze([]) as readonly never[] as never[];

/** Differences beyond tolerance between a certificate and its confirmation. */
export function differencesOf(e: Export, n: Notification, s: Settings): Difference[] {
  let out: Difference[] = NONE;
  const caratTolerance = (e.carats * s.caratTolerancePct) / 100;
  if (Math.abs(n.carats - e.carats) > caratTolerance) {
    out = [{ field: 'carats', certificate: e.carats, notified: n.carats, tolerance: caratTolerance }];
  }
  if (n.parcels !== undefined && n.parcels !== e.parcels) {
    out = [...out, { field: 'parcels', certificate: e.parcels, notified: n.parcels, tolerance: 0 }];
  }
  const valueTolerance = (e.valueUsd * s.valueTolerancePct) / 100;
  if (n.valueUsd !== undefined && Math.abs(n.valueUsd - e.valueUsd) > valueTolerance) {
    out = [...out, { field: 'valueUsd', certificate: e.valueUsd, notified: n.valueUsd, tolerance: valueTolerance }];
  }
  return out;
}

/** `known`: the notifications naming the certificate, sorted (one, a list of several, or none). */
function reconcileExport(e: Export, known: Notification | Notification[] | undefined, s: Settings, asOf: IsoDate): ExportReconciliation {
  const several = Array.isArray(known);
  const confirmation = several ? known[0] : known;
  if (confirmation === undefined) {
    const waiting = days(e.issuedOn, asOf);
    return {
      export: e, status: waiting > s.notificationDueDays ? 'overdue' : 'awaiting', late: false,
      confirmation: null, duplicates: NONE, daysToNotify: null, daysWaiting: waiting, differences: NONE,
    };
  }
  const differences = differencesOf(e, confirmation, s);
  const daysToNotify = days(e.issuedOn, confirmation.notifiedOn);
  return {
    export: e, status: differences.length > 0 ? 'discrepancy' : 'confirmed',
    late: daysToNotify > s.notificationDueDays, confirmation, duplicates: several ? known.slice(1) : NONE,
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
  const cached = cachedReconciliation(dataset, asOf);
  if (cached) return cached;
  const build = begin(dataset, asOf);
  addNotifications(build, 0, dataset.notifications.length);
  sortConfirmations(build);
  addExports(build, 0, dataset.exports.length);
  return finish(build);
}

/**
 * The same reconciliation, built a slice at a time: each step does about
 * `step` records (a few milliseconds for 10,000), so a page can build the
 * reconciliation of a million exports without one long task. The generator's
 * return value is the reconciliation, cached as `reconcile` caches it.
 */
export function* reconcileInSteps(dataset: Dataset, asOf: IsoDate, step = 10_000): Generator<void, Reconciliation> {
  const cached = cachedReconciliation(dataset, asOf);
  if (cached) return cached;
  const build = begin(dataset, asOf);
  yield;
  for (let from = 0; from < dataset.notifications.length; from += step) {
    addNotifications(build, from, Math.min(from + step, dataset.notifications.length));
    yield;
  }
  sortConfirmations(build);
  for (let from = 0; from < dataset.exports.length; from += step) {
    yield;
    addExports(build, from, Math.min(from + step, dataset.exports.length));
  }
  return finish(build);
}

function cachedReconciliation(dataset: Dataset, asOf: IsoDate): Reconciliation | undefined {
  return cache.get(dataset)?.get(asOf);
}

/** A reconciliation under construction. */
interface Build {
  dataset: Dataset;
  asOf: IsoDate;
  exported: ReadonlyMap<string, number>;
  /**
   * The notifications known as of the date, by the certificate they name
   * (exported ones only): the one notification, or a list when there are
   * several (most certificates have one; no list is made for them).
   */
  byCertificate: Map<string, Notification | Notification[]>;
  unmatched: Notification[];
  exports: ExportReconciliation[];
}

function begin(dataset: Dataset, asOf: IsoDate): Build {
  return { dataset, asOf, exported: certificateIndex(dataset), byCertificate: new Map(), unmatched: [], exports: [] };
}

function addNotifications(b: Build, from: number, to: number): void {
  const { notifications } = b.dataset;
  for (let i = from; i < to; i += 1) {
    const n = notifications[i]!;
    if (n.notifiedOn > b.asOf) continue;
    if (!b.exported.has(n.certificate)) {
      b.unmatched.push(n);
      continue;
    }
    const known = b.byCertificate.get(n.certificate);
    if (known === undefined) b.byCertificate.set(n.certificate, n);
    else if (Array.isArray(known)) known.push(n);
    else b.byCertificate.set(n.certificate, [known, n]);
  }
}

function sortConfirmations(b: Build): void {
  for (const known of b.byCertificate.values()) if (Array.isArray(known)) known.sort(byNotifiedThenId);
}

function addExports(b: Build, from: number, to: number): void {
  const { exports, settings } = b.dataset;
  for (let i = from; i < to; i += 1) {
    const e = exports[i]!;
    b.exports.push(reconcileExport(e, b.byCertificate.get(e.certificate), settings, b.asOf));
  }
}

function finish(b: Build): Reconciliation {
  const rec: Reconciliation = { asOf: b.asOf, exports: b.exports, unmatched: b.unmatched };
  let byDate = cache.get(b.dataset);
  if (!byDate) {
    byDate = new Map();
    cache.set(b.dataset, byDate);
  }
  byDate.set(b.asOf, rec);
  return rec;
}
