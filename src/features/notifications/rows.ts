/**
 * Table rows, built once per dataset from the core's reconciliation: every
 * value a column shows, sorts or filters on is computed here, so a filter or
 * sort change never recomputes anything per row.
 */
import {
  quarterOf, type Dataset, type ExportReconciliation, type ExportStatus, type Notification, type QualityIssue, type Reconciliation,
} from '../../core';
import { formatCountry } from '../../lib/format';
import { namerFor } from '../../lib/names';
import { issuesByCertificate } from '../../lib/quality-marks';

export interface ExportRow {
  certificate: string;
  issuedOn: string;
  quarter: string;
  zoneId: string;
  zone: string;
  officeId: string;
  office: string;
  importer: string;
  destination: string;
  /** "Belgium (BE)". */
  destinationName: string;
  carats: number;
  valueUsd: number;
  pricePerCarat: number | null;
  status: ExportStatus;
  late: boolean;
  daysToNotify: number | null;
  daysWaiting: number | null;
  /** The participant of the confirmation, if any. */
  participant: string | null;
  duplicates: number;
  /** The confirmation or a duplicate was recorded in this browser. */
  local: boolean;
  quality: readonly QualityIssue[];
  rec: ExportReconciliation;
}

export type NotificationKind = 'unmatched' | 'duplicate';

export interface NotificationRow {
  kind: NotificationKind;
  notification: Notification;
  id: string;
  certificate: string;
  participant: string;
  authority: string;
  receivedOn: string;
  notifiedOn: string;
  carats: number;
  parcels: number | null;
  valueUsd: number | null;
  importer: string;
  /** Unmatched: the quarter notified in; duplicate: the quarter its certificate was issued in (as the review counts them). */
  quarter: string;
  /** The certificate's export, for a duplicate. */
  zoneId: string | null;
  officeId: string | null;
  destination: string | null;
  local: boolean;
  /** The export of a duplicate's certificate (for the free-text search). */
  exportRow: ExportRow | null;
}

export interface Rows {
  exports: ExportRow[];
  unmatched: NotificationRow[];
  duplicates: NotificationRow[];
}

const NO_ISSUES: readonly QualityIssue[] = [];

function countryNamer() {
  const cache = new Map<string, string>();
  return (code: string) => {
    let name = cache.get(code);
    if (name === undefined) {
      name = formatCountry(code);
      cache.set(code, name);
    }
    return name;
  };
}

function notificationRow(kind: NotificationKind, n: Notification, quarter: string, local: boolean, e?: ExportRow): NotificationRow {
  return {
    kind, notification: n, id: n.id, certificate: n.certificate, participant: n.participant, authority: n.authority ?? '',
    receivedOn: n.receivedOn, notifiedOn: n.notifiedOn, carats: n.carats, parcels: n.parcels ?? null,
    valueUsd: n.valueUsd ?? null, importer: n.importer ?? '', quarter, local,
    zoneId: e?.zoneId ?? null, officeId: e?.officeId ?? null, destination: e?.destination ?? null, exportRow: e ?? null,
  };
}

/*
 * The text the free-text filter searches, lower case. Built only while a
 * search is active (the table caches it per row), not for every row of
 * every dataset.
 */
export function exportSearchText(r: ExportRow): string {
  const c = r.rec.confirmation;
  return [r.certificate, r.importer, r.zone, r.office, r.destinationName, r.participant, c?.id, c?.authority]
    .filter(Boolean).join(' ').toLowerCase();
}

export function notificationSearchText(r: NotificationRow): string {
  const e = r.exportRow;
  return [r.id, r.certificate, r.participant, r.authority, r.importer, e?.zone, e?.office, e?.importer, e?.destinationName]
    .filter(Boolean).join(' ').toLowerCase();
}

/** Same reconciliation outcome, down to the notification objects (local changes keep the untouched ones). */
function sameOutcome(a: ExportReconciliation, b: ExportReconciliation): boolean {
  return a.status === b.status && a.late === b.late && a.daysToNotify === b.daysToNotify && a.daysWaiting === b.daysWaiting
    && a.confirmation === b.confirmation && a.differences.length === b.differences.length
    && a.duplicates.length === b.duplicates.length && a.duplicates.every((d, i) => d === b.duplicates[i]);
}

/*
 * Rows of the previous build, by export record. Saving a local change
 * re-runs the reconciliation over every export, but the rows of exports whose
 * outcome did not change are reused: less to allocate with 100,000 exports.
 */
const previousRows = new WeakMap<object, ExportRow>();

export function buildRows(
  dataset: Dataset,
  reconciliation: Reconciliation,
  quality: readonly QualityIssue[],
  localIds: ReadonlySet<string>,
): Rows {
  const names = namerFor(dataset);
  const country = countryNamer();
  const marks = issuesByCertificate(quality);
  const exports: ExportRow[] = [];
  const duplicates: NotificationRow[] = [];
  for (const rec of reconciliation.exports) {
    const e = rec.export;
    const confirmation = rec.confirmation;
    const local = (confirmation !== null && localIds.has(confirmation.id)) || rec.duplicates.some((d) => localIds.has(d.id));
    const issues = marks.get(e.certificate) ?? NO_ISSUES;
    const zone = names.zone(e.zoneId);
    const office = names.office(e.buyingOfficeId);
    const destinationName = country(e.destination);
    const before = previousRows.get(e);
    // A row is reused only when everything it shows is the same (country names follow the language).
    const row: ExportRow = before && before.local === local && before.quality === issues && before.zone === zone
      && before.office === office && before.destinationName === destinationName && sameOutcome(before.rec, rec)
      ? before
      : {
        certificate: e.certificate,
        issuedOn: e.issuedOn,
        quarter: quarterOf(e.issuedOn),
        zoneId: e.zoneId,
        zone,
        officeId: e.buyingOfficeId,
        office,
        importer: e.importer,
        destination: e.destination,
        destinationName,
        carats: e.carats,
        valueUsd: e.valueUsd,
        pricePerCarat: e.carats > 0 ? e.valueUsd / e.carats : null,
        status: rec.status,
        late: rec.late,
        daysToNotify: rec.daysToNotify,
        daysWaiting: rec.daysWaiting,
        participant: confirmation?.participant ?? null,
        duplicates: rec.duplicates.length,
        local,
        quality: issues,
        rec,
      };
    previousRows.set(e, row);
    exports.push(row);
    for (const d of rec.duplicates) duplicates.push(notificationRow('duplicate', d, row.quarter, localIds.has(d.id), row));
  }
  const unmatched = reconciliation.unmatched.map((n) => notificationRow('unmatched', n, quarterOf(n.notifiedOn), localIds.has(n.id)));
  return { exports, unmatched, duplicates };
}
