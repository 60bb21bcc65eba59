/**
 * Referential and semantic checks. A dataset with such problems still loads;
 * each problem is listed on the Data quality view and marks its records.
 */
import { certificateIndex } from './datasetIndex';
import type { Dataset } from './types';

export type QualityCode =
  | 'unknownZone' | 'unknownBuyingOffice' | 'duplicateCertificate' | 'duplicateId'
  | 'notifiedBeforeReceived' | 'receivedBeforeIssued' | 'compliantUntilBeforeFrom'
  | 'regimeEndBeforeStart' | 'exportOutsideRegime' | 'unknownFindingCertificate'
  | 'duplicateReview';

export interface QualityIssue {
  code: QualityCode;
  /** Where in the document, e.g. `exports[12].zoneId`. */
  path: string;
  /** In English, for the command line; the dashboard words it from `code` and `params` in its language. */
  message: string;
  /** The values the message names (ids, dates as written in the file), to word it in another language. */
  params: Record<string, string>;
  /** The certificate concerned, so the record can be marked where it appears. */
  certificate?: string;
  notificationId?: string;
}

type Check = (d: Dataset) => QualityIssue[];

function duplicateIds(list: ReadonlyArray<{ id: string }>, name: string): QualityIssue[] {
  const seen = new Set<string>();
  const out: QualityIssue[] = [];
  list.forEach((item, i) => {
    if (seen.has(item.id)) {
      out.push({ code: 'duplicateId', path: `${name}[${i}].id`, params: { id: item.id, list: name }, message: `id "${item.id}" is used more than once in ${name}` });
    }
    seen.add(item.id);
  });
  return out;
}

const checkIds: Check = (d) => [
  ...duplicateIds(d.zones, 'zones'),
  ...duplicateIds(d.buyingOffices, 'buyingOffices'),
  ...duplicateIds(d.restrictedAreas, 'restrictedAreas'),
  ...duplicateIds(d.notifications, 'notifications'),
];

const checkExportReferences: Check = (d) => {
  const zones = new Set(d.zones.map((z) => z.id));
  const offices = new Set(d.buyingOffices.map((o) => o.id));
  const first = certificateIndex(d);
  const out: QualityIssue[] = [];
  d.exports.forEach((e, i) => {
    if (!zones.has(e.zoneId)) {
      out.push({ code: 'unknownZone', path: `exports[${i}].zoneId`, certificate: e.certificate, params: { certificate: e.certificate, zoneId: e.zoneId }, message: `certificate ${e.certificate} names zone "${e.zoneId}", which is not in zones` });
    }
    if (!offices.has(e.buyingOfficeId)) {
      out.push({ code: 'unknownBuyingOffice', path: `exports[${i}].buyingOfficeId`, certificate: e.certificate, params: { certificate: e.certificate, officeId: e.buyingOfficeId }, message: `certificate ${e.certificate} names buying office "${e.buyingOfficeId}", which is not in buyingOffices` });
    }
    if (first.get(e.certificate) !== i) {
      out.push({ code: 'duplicateCertificate', path: `exports[${i}].certificate`, certificate: e.certificate, params: { certificate: e.certificate }, message: `certificate ${e.certificate} appears more than once in exports` });
    }
  });
  return out;
};

const checkNotificationDates: Check = (d) => {
  const first = certificateIndex(d);
  const out: QualityIssue[] = [];
  d.notifications.forEach((n, i) => {
    if (n.notifiedOn < n.receivedOn) {
      out.push({ certificate: n.certificate, notificationId: n.id, code: 'notifiedBeforeReceived', path: `notifications[${i}].notifiedOn`, params: { id: n.id, notifiedOn: n.notifiedOn, receivedOn: n.receivedOn }, message: `notification ${n.id} is dated ${n.notifiedOn}, before the shipment was received (${n.receivedOn})` });
    }
    const e = first.get(n.certificate);
    const issuedOn = e === undefined ? undefined : d.exports[e]!.issuedOn;
    if (issuedOn !== undefined && n.receivedOn < issuedOn) {
      out.push({ certificate: n.certificate, notificationId: n.id, code: 'receivedBeforeIssued', path: `notifications[${i}].receivedOn`, params: { id: n.id, receivedOn: n.receivedOn, certificate: n.certificate, issuedOn }, message: `notification ${n.id} says received ${n.receivedOn}, before certificate ${n.certificate} was issued (${issuedOn})` });
    }
  });
  return out;
};

const checkPeriods: Check = (d) => {
  const out: QualityIssue[] = [];
  if (d.regime.end !== null && d.regime.end < d.regime.start) {
    out.push({ code: 'regimeEndBeforeStart', path: 'regime.end', params: { start: d.regime.start, end: d.regime.end }, message: `the regime ends (${d.regime.end}) before it starts (${d.regime.start})` });
  }
  d.zones.forEach((z, i) => {
    if (z.compliantUntil !== null && z.compliantUntil < z.compliantFrom) {
      out.push({ code: 'compliantUntilBeforeFrom', path: `zones[${i}].compliantUntil`, params: { zone: z.name, from: z.compliantFrom, until: z.compliantUntil }, message: `zone ${z.name} stops being compliant (${z.compliantUntil}) before it starts (${z.compliantFrom})` });
    }
  });
  d.exports.forEach((e, i) => {
    const after = d.regime.end !== null && e.issuedOn > d.regime.end;
    if (e.issuedOn < d.regime.start || after) {
      out.push({ code: 'exportOutsideRegime', path: `exports[${i}].issuedOn`, certificate: e.certificate, params: { certificate: e.certificate, issuedOn: e.issuedOn, start: d.regime.start, end: d.regime.end ?? '' }, message: `certificate ${e.certificate} was issued on ${e.issuedOn}, outside the regime (${d.regime.start} to ${d.regime.end ?? 'now'})` });
    }
  });
  return out;
};

const checkReviews: Check = (d) => {
  const certificates = certificateIndex(d);
  const quarters = new Set<string>();
  const out: QualityIssue[] = [];
  d.reviews.forEach((r, i) => {
    if (quarters.has(r.quarter)) {
      out.push({ code: 'duplicateReview', path: `reviews[${i}].quarter`, params: { quarter: r.quarter }, message: `quarter ${r.quarter} has more than one review` });
    }
    quarters.add(r.quarter);
    r.findings.forEach((f, j) => {
      (f.certificates ?? []).forEach((c, k) => {
        if (!certificates.has(c)) {
          out.push({ code: 'unknownFindingCertificate', path: `reviews[${i}].findings[${j}].certificates[${k}]`, certificate: c, params: { finding: f.id, certificate: c }, message: `finding ${f.id} cites certificate ${c}, which is not in exports` });
        }
      });
    });
  });
  return out;
};

const CHECKS: Check[] = [checkIds, checkExportReferences, checkNotificationDates, checkPeriods, checkReviews];

export function checkQuality(dataset: Dataset): QualityIssue[] {
  return CHECKS.flatMap((check) => check(dataset));
}
