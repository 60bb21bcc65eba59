/**
 * Indexes built once per dataset (and per reconciliation), so that a review
 * of one quarter costs the size of that quarter, not of the whole history.
 * Datasets and reconciliations are never mutated (a change makes a new
 * object), so caching by object identity is safe; the WeakMaps let them go
 * with the dataset.
 */
import { quarterOf } from './quarters';
import type { ExportReconciliation, Reconciliation } from './reconcile';
import type { Dataset, Export, Notification, Quarter } from './types';

/** Items grouped by key, each group in input order, groups in order of first appearance. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const firstIndexByCertificate = new WeakMap<Dataset, Map<string, number>>();

/**
 * Where each certificate first appears in `dataset.exports`: the look-up the
 * quality checks, the reconciliation and the review's checks all need, built
 * once per dataset.
 */
export function certificateIndex(dataset: Dataset): ReadonlyMap<string, number> {
  let index = firstIndexByCertificate.get(dataset);
  if (!index) {
    index = new Map();
    const { exports } = dataset;
    for (let i = 0; i < exports.length; i += 1) {
      const c = exports[i]!.certificate;
      if (!index.has(c)) index.set(c, i);
    }
    firstIndexByCertificate.set(dataset, index);
  }
  return index;
}

/** The first export with this certificate. */
export function exportOfCertificate(dataset: Dataset, certificate: string): Export | undefined {
  const i = certificateIndex(dataset).get(certificate);
  return i === undefined ? undefined : dataset.exports[i];
}

const exportsByQuarter = new WeakMap<Dataset, Map<Quarter, Export[]>>();

/** The exports issued in a quarter, in dataset order. */
export function exportsOfQuarter(dataset: Dataset, quarter: Quarter): readonly Export[] {
  let index = exportsByQuarter.get(dataset);
  if (!index) {
    index = groupBy(dataset.exports, (e) => quarterOf(e.issuedOn));
    exportsByQuarter.set(dataset, index);
  }
  return index.get(quarter) ?? [];
}

interface ReconciliationIndex {
  exports: Map<Quarter, ExportReconciliation[]>;
  unmatched: Map<Quarter, Notification[]>;
}

const reconciliationByQuarter = new WeakMap<Reconciliation, ReconciliationIndex>();

function reconciliationIndex(rec: Reconciliation): ReconciliationIndex {
  let index = reconciliationByQuarter.get(rec);
  if (!index) {
    index = {
      exports: groupBy(rec.exports, (r) => quarterOf(r.export.issuedOn)),
      unmatched: groupBy(rec.unmatched, (n) => quarterOf(n.notifiedOn)),
    };
    reconciliationByQuarter.set(rec, index);
  }
  return index;
}

/** The reconciled exports issued in a quarter, in dataset order. */
export function reconciledInQuarter(rec: Reconciliation, quarter: Quarter): readonly ExportReconciliation[] {
  return reconciliationIndex(rec).exports.get(quarter) ?? [];
}

/** Unmatched notifications notified in a quarter. */
export function unmatchedInQuarter(rec: Reconciliation, quarter: Quarter): readonly Notification[] {
  return reconciliationIndex(rec).unmatched.get(quarter) ?? [];
}
