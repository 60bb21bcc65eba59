/**
 * fast-check arbitraries for VALID datasets (format v1): every field within
 * the schema, but with the text any producer might write (odd Unicode, lone
 * surrogates, markup, formula-looking cells, surrounding spaces), extreme yet
 * finite numbers, optional fields present or not, and local changes
 * (notification upserts and deletes, review records) to lay over them.
 */
import fc from 'fast-check';
import type { DatasetInput, LocalChanges, Notification, ReviewRecord } from '../../src/core';

const HOSTILE = [
  '<img src=x onerror=window.__pwned=1>', '<script>window.__pwned=1</script>', '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1', '=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\u202Eevil', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'é'.normalize('NFD'), 'Berbérati', '  padded  ', 'a\u0000b', 'line\nbreak', '__proto__', 'constructor',
];

/** Any text (possibly empty, possibly lone surrogates). */
const anyText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
/** Text that is not blank once trimmed (the schema's `text`). */
const text = anyText.filter((s) => s.trim().length > 0);

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const quarter = fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`);
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const positive = fc.oneof(fc.double({ min: 5e-324, max: 1e12, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.01, 1, 123.45, 1e300));
const nonNegative = fc.oneof(finite(0, 1e15), fc.constant(0));
const certificate = fc.stringMatching(/^CF[!-~]{1,10}$/);
const country = fc.stringMatching(/^[A-Z]{2}$/);

const position = fc.tuple(finite(-180, 180), finite(-90, 90));
const ring = fc.array(position, { minLength: 3, maxLength: 6 }).map((ps) => [...ps, ps[0]!]);
const boundary = fc.oneof(
  fc.constant(null),
  fc.array(ring, { minLength: 1, maxLength: 2 }).map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
  fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
    .map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates })),
);
const location = fc.record({ lat: finite(-90, 90), lon: finite(-180, 180) });

const zone = fc.record({
  id: text, name: text, prefecture: anyText, compliantFrom: isoDate, compliantUntil: fc.option(isoDate, { nil: null }),
  location, boundary, boundaryIndicative: fc.boolean(), certainty: fc.constantFrom('confirmed', 'partial', 'approximate'), note: anyText,
});

const exportRecord = fc.record({
  certificate, issuedOn: isoDate, zoneId: text, buyingOfficeId: text, importer: text, destination: country,
  carats: positive, valueUsd: nonNegative, parcels: fc.integer({ min: 1, max: 1_000_000 }), hsCode: anyText,
}, { requiredKeys: ['certificate', 'issuedOn', 'zoneId', 'buyingOfficeId', 'importer', 'destination', 'carats', 'valueUsd', 'parcels'] });

export const notification = fc.record({
  id: text, certificate: text, participant: text, authority: anyText, receivedOn: isoDate, notifiedOn: isoDate,
  carats: positive, parcels: fc.integer({ min: 1, max: 1_000_000 }), valueUsd: nonNegative, importer: anyText,
}, { requiredKeys: ['id', 'certificate', 'participant', 'receivedOn', 'notifiedOn', 'carats'] });

const finding = fc.record({
  id: text, severity: fc.constantFrom('info', 'concern', 'critical'), text, certificates: fc.array(anyText, { maxLength: 3 }),
}, { requiredKeys: ['id', 'severity', 'text'] });

export const review = fc.record({
  quarter,
  status: fc.constantFrom('draft', 'final'),
  findings: fc.array(finding, { maxLength: 3 }),
  signedOff: fc.option(fc.record({ by: fc.array(text, { minLength: 1, maxLength: 3 }), on: isoDate }), { nil: null }),
});

const settings = fc.record({
  notificationDueDays: fc.integer({ min: 0, max: 10_000 }),
  caratTolerancePct: nonNegative,
  valueTolerancePct: nonNegative,
  priceOutlierFactor: fc.double({ min: 1.0001, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  minQuarterlyExportUsd: nonNegative,
}, { requiredKeys: [] });

/** A valid dataset document, as a producer may write it (defaults and optional lists sometimes left out). */
export const validDataset: fc.Arbitrary<DatasetInput> = fc.record({
  schemaVersion: fc.constant(1 as const),
  meta: fc.record({
    title: text, asOf: isoDate, synthetic: fc.boolean(),
    sources: fc.array(fc.record({ label: text, url: anyText }, { requiredKeys: ['label'] }), { maxLength: 3 }),
  }, { requiredKeys: ['title', 'synthetic'] }),
  settings,
  regime: fc.record({ start: isoDate, end: fc.option(isoDate, { nil: null }) }),
  zones: fc.array(zone, { maxLength: 4 }),
  restrictedAreas: fc.array(fc.record({ id: text, name: text, location, boundary }), { maxLength: 2 }),
  buyingOffices: fc.array(fc.record({ id: text, name: text, sanctioned: fc.boolean() }), { maxLength: 3 }),
  sanctionedEntities: fc.array(fc.record({ name: text }), { maxLength: 2 }),
  exports: fc.array(exportRecord, { maxLength: 8 }),
  notifications: fc.array(notification, { maxLength: 8 }),
  reviews: fc.array(review, { maxLength: 3 }),
}, { requiredKeys: ['schemaVersion', 'meta', 'regime', 'zones', 'buyingOffices', 'exports', 'notifications'] }) as fc.Arbitrary<DatasetInput>;

/** Local changes as the app records them: upserts (new or of existing ids), deletes, and whole review records. */
export function localChangesFor(notificationIds: readonly string[]): fc.Arbitrary<LocalChanges> {
  const existing = notificationIds.length > 0 ? fc.constantFrom(...notificationIds) : text;
  const upsert = fc.tuple(notification, fc.option(existing, { nil: undefined }))
    .map(([n, id]) => ({ op: 'upsert' as const, notification: (id === undefined ? n : { ...n, id }) as Notification }));
  const remove = existing.map((id) => ({ op: 'delete' as const, id }));
  return fc.record({
    notifications: fc.array(fc.oneof(upsert, remove), { maxLength: 5 }),
    reviews: fc.array(review as fc.Arbitrary<ReviewRecord>, { maxLength: 2 }),
  });
}
