/**
 * The fast readers of exports and notifications (core/records.ts) against
 * the schema: whatever a reader accepts, the schema accepts and outputs the
 * same (keys, order, trimmed text); what a reader refuses goes to the schema,
 * so the dataset loads with the schema's output or errors either way.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDataset, parseDatasetText } from '../../src/core';
import { readExport, readNotification } from '../../src/core/records';
import { datasetSchema, exportSchema, notificationSchema } from '../../src/core/schema';
import { fixtureInput } from './fixture';

/** Values a record field might hold in a broken file. */
const odd = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(
    undefined, null, true, 0, -0, -1, 1, 0.5, 1e308, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY,
    '', ' ', '  x  ', 'CF', 'CF 1', 'CF1', 'cf1', 'BE', 'be', 'BEL', '2021-02-29', '2020-02-29', '2021-13-01', '2021-7-01',
    ' 2021-07-01', '2021-07-01T00:00:00Z', [], {}, ['CF1'],
  ) },
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -3, max: 10 }),
);

const exportRecord = fc.record({
  certificate: fc.constantFrom('CF000123', 'CF1', 'CF-9'),
  issuedOn: fc.constantFrom('2021-07-01', '2020-02-29', '2024-12-31'),
  zoneId: fc.constantFrom('Z1', ' Z1 ', 'zone'),
  buyingOfficeId: fc.constantFrom('B1', 'office '),
  importer: fc.constantFrom('Importer', ' Importer Ltd '),
  destination: fc.constantFrom('BE', 'AE'),
  carats: fc.constantFrom(0.01, 1, 250.5),
  valueUsd: fc.constantFrom(0, 1, 1e6),
  parcels: fc.constantFrom(1, 3),
  hsCode: fc.constantFrom('7102.10', ''),
  extra: fc.constantFrom('dropped'),
}, { requiredKeys: [] });

const notificationRecord = fc.record({
  id: fc.constantFrom('N1', ' N2 '),
  certificate: fc.constantFrom('CF000123', ' CF1'),
  participant: fc.constantFrom('EU', 'AE '),
  authority: fc.constantFrom('FPS Economy', ''),
  receivedOn: fc.constantFrom('2021-07-05', '2020-02-29'),
  notifiedOn: fc.constantFrom('2021-07-10', '2024-01-31'),
  carats: fc.constantFrom(0.5, 250.5),
  parcels: fc.constantFrom(1, 4),
  valueUsd: fc.constantFrom(0, 12345.5),
  importer: fc.constantFrom('Importer', ''),
  extra: fc.constantFrom(1),
}, { requiredKeys: [] });

/** A record with some fields replaced by odd values (or left as generated). */
function mutated<T extends Record<string, unknown>>(record: fc.Arbitrary<T>, fields: readonly string[]) {
  return fc.tuple(record, fc.array(fc.tuple(fc.constantFrom(...fields), odd), { maxLength: 3 }))
    .map(([r, edits]) => {
      const out: Record<string, unknown> = { ...r };
      for (const [key, value] of edits) out[key] = value;
      return out;
    });
}
const EXPORT_FIELDS = ['certificate', 'issuedOn', 'zoneId', 'buyingOfficeId', 'importer', 'destination', 'carats', 'valueUsd', 'parcels', 'hsCode'];
const NOTIFICATION_FIELDS = ['id', 'certificate', 'participant', 'authority', 'receivedOn', 'notifiedOn', 'carats', 'parcels', 'valueUsd', 'importer'];

/** Copied or, with `adopt`, used as it is: either way what the schema outputs. */
function agrees(read: (v: unknown, adopt?: boolean) => unknown, schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }, value: unknown) {
  for (const adopt of [false, true]) {
    const fast = read(value, adopt);
    if (fast === null) continue;
    if (!adopt) expect(fast).not.toBe(value);
    const slow = schema.safeParse(value);
    expect(slow.success).toBe(true);
    expect(fast).toStrictEqual(slow.data);
    expect(Object.keys(fast as object)).toEqual(Object.keys(slow.data as object));
  }
}

describe('fast record readers', () => {
  it('accept only what the export schema accepts, and output the same', () => {
    fc.assert(fc.property(mutated(exportRecord, EXPORT_FIELDS), (r) => agrees(readExport, exportSchema, r)), { numRuns: 10_000 });
  });

  it('accept only what the notification schema accepts, and output the same', () => {
    fc.assert(fc.property(mutated(notificationRecord, NOTIFICATION_FIELDS), (r) => agrees(readNotification, notificationSchema, r)), { numRuns: 10_000 });
  });

  it('refuse whatever is not a plain record', () => {
    for (const v of [null, undefined, 1, 'CF1', [], [1], new Date(0), Object.create(null)]) {
      expect(readExport(v)).toBeNull();
      expect(readNotification(v)).toBeNull();
    }
  });

  it('accept every record of the fixture and the sample (the fast path is the usual one)', () => {
    const sample = JSON.parse(readFileSync('public/data/sample.json', 'utf8'));
    for (const doc of [fixtureInput(), sample]) {
      for (const e of doc.exports) expect(readExport(e)).not.toBeNull();
      for (const n of doc.notifications) expect(readNotification(n)).not.toBeNull();
    }
  });

  it('use a record as it is only when adopting, and only when it is already in the schema\'s form', () => {
    const e = fixtureInput().exports[0]!;
    expect(readExport(e, true)).toBe(e);
    expect(readExport(e)).not.toBe(e);
    expect(readExport(e)).toStrictEqual(e);
    const padded = { ...e, zoneId: ` ${e.zoneId} ` };
    expect(readExport(padded, true)).toStrictEqual({ ...e });
    expect(readExport(padded, true)).not.toBe(padded);
    const extra = { ...e, note: 'dropped' };
    expect(readExport(extra, true)).toStrictEqual(e);
    // Keys in another order: copied into the schema's order.
    const { certificate, ...others } = e;
    const reordered = { ...others, certificate };
    expect(readExport(reordered, true)).not.toBe(reordered);
    expect(Object.keys(readExport(reordered, true)!)).toEqual(Object.keys(e));
  });

  it('load a dataset exactly as the schema alone does', () => {
    const sample = JSON.parse(readFileSync('public/data/sample.json', 'utf8'));
    for (const doc of [fixtureInput(), sample, { ...fixtureInput(), unknownKey: 1 }]) {
      const alone = datasetSchema.parse(doc);
      for (const result of [parseDataset(doc), parseDataset(structuredClone(doc), { adopt: true }), parseDatasetText(JSON.stringify(doc))]) {
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.dataset).toStrictEqual(alone);
          expect(Object.keys(result.dataset)).toEqual(Object.keys(alone));
        }
      }
    }
  });
});
