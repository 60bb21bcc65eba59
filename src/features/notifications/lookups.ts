/** Look-ups the view needs, built once per dataset (never per row or per filter change). */
import type { Dataset, ExportReconciliation, Notification, Reconciliation } from '../../core';
import type { FilterOptions } from './Filters';
import type { CertificateHint } from './NotificationForm';
import type { ExportRow } from './rows';
import { notificationText as say } from './messages';
import { statusLabel } from './status';

export interface Lookups extends Omit<FilterOptions, 'quarters'> {
  recByCertificate: ReadonlyMap<string, ExportReconciliation>;
  /** Every notification naming a certificate, counted or not. */
  namingByCertificate: ReadonlyMap<string, Notification[]>;
}

const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);

export function buildLookups(dataset: Dataset, reconciliation: Reconciliation, rows: readonly ExportRow[]): Lookups {
  const zones = new Map(dataset.zones.map((z) => [z.id, z.name]));
  const offices = new Map(dataset.buyingOffices.map((o) => [o.id, o.name]));
  const destinations = new Map<string, string>();
  // Ids an export names but the lists lack still get a filter option (the data-quality view lists them).
  for (const r of rows) {
    if (!zones.has(r.zoneId)) zones.set(r.zoneId, r.zone);
    if (!offices.has(r.officeId)) offices.set(r.officeId, r.office);
    if (!destinations.has(r.destination)) destinations.set(r.destination, r.destinationName);
  }
  const recByCertificate = new Map<string, ExportReconciliation>();
  for (const rec of reconciliation.exports) {
    if (!recByCertificate.has(rec.export.certificate)) recByCertificate.set(rec.export.certificate, rec);
  }
  const namingByCertificate = new Map<string, Notification[]>();
  for (const n of dataset.notifications) {
    const list = namingByCertificate.get(n.certificate);
    if (list) list.push(n);
    else namingByCertificate.set(n.certificate, [n]);
  }
  return {
    zones,
    offices: new Map([...offices].sort(byName)),
    destinations: new Map([...destinations].sort(byName)),
    recByCertificate,
    namingByCertificate,
  };
}

/**
 * Certificates the form suggests for what was typed: those still awaiting a
 * confirmation first (newest issue first), then the others from the end of
 * the list. One pass over the rows, so typing stays quick with 100,000 exports.
 */
export function suggestCertificates(rows: readonly ExportRow[], typed: string, limit = 20): CertificateHint[] {
  const wanted = typed.trim().toUpperCase();
  const pending: ExportRow[] = [];
  const others: ExportRow[] = [];
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const r = rows[i]!;
    if (!r.certificate.toUpperCase().includes(wanted)) continue;
    if (r.status === 'overdue' || r.status === 'awaiting') pending.push(r);
    else if (others.length < limit) others.push(r);
  }
  pending.sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : a.issuedOn > b.issuedOn ? -1 : 0));
  return [...pending, ...others].slice(0, limit).map((r) => ({
    certificate: r.certificate,
    issuedOn: r.issuedOn,
    // The ISO date sorts and reads the same in both languages in a narrow suggestion list.
    label: say('form.suggestion', { zone: r.zone, date: r.issuedOn, status: statusLabel(r.status).toLowerCase() }),
  }));
}
