import { parseDataset, parseDatasetText } from '../../src/core';
import { fixtureInput } from './fixture';

function errorsOf(mutate: (d: Record<string, any>) => void) {
  const input = fixtureInput() as Record<string, any>;
  mutate(input);
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('dataset format v1', () => {
  it('loads the fixture and fills settings defaults', () => {
    const result = parseDataset(fixtureInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.settings).toEqual({
      notificationDueDays: 30, caratTolerancePct: 0.5, valueTolerancePct: 1,
      priceOutlierFactor: 2, minQuarterlyExportUsd: 20000,
    });
    expect(result.quality).toEqual([]);
  });

  it('gives path-precise messages for wrong types and bad values', () => {
    expect(errorsOf((d) => { d.exports[3].carats = 0; })).toEqual([
      'exports[3].carats: expected a number greater than 0, got the number 0',
    ]);
    expect(errorsOf((d) => { d.exports[3].carats = '100'; })).toEqual([
      'exports[3].carats: expected a number, got the text "100"',
    ]);
    expect(errorsOf((d) => { delete d.meta.title; })).toEqual(['meta.title: missing: expected a text']);
    expect(errorsOf((d) => { d.exports[0].issuedOn = '2021-02-30'; })).toEqual([
      'exports[0].issuedOn: expected a date written YYYY-MM-DD (a real calendar day), got the text "2021-02-30"',
    ]);
    expect(errorsOf((d) => { d.reviews[0].quarter = '2021-Q5'; })).toEqual([
      'reviews[0].quarter: expected a quarter written YYYY-Qn, e.g. 2021-Q3, got the text "2021-Q5"',
    ]);
    expect(errorsOf((d) => { d.exports[1].certificate = 'BE123'; })).toEqual([
      'exports[1].certificate: expected a KP certificate number starting with CF, got the text "BE123"',
    ]);
    expect(errorsOf((d) => { d.zones[0].certainty = 'sure'; })).toEqual([
      'zones[0].certainty: expected one of "confirmed", "partial", "approximate", got the text "sure"',
    ]);
    expect(errorsOf((d) => { d.exports[2].parcels = 1.5; })[0]).toMatch(/^exports\[2\]\.parcels: expected a whole number/);
  });

  it('lists every structural error, not just the first', () => {
    const errors = errorsOf((d) => { d.exports[0].carats = -1; d.notifications[2].notifiedOn = 'soon'; });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['exports[0].carats', 'notifications[2].notifiedOn']);
  });

  it('refuses a newer format version with a message saying so', () => {
    const errors = errorsOf((d) => { d.schemaVersion = 2; });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^schemaVersion: this file uses format version 2; this dashboard reads version 1/);
  });

  it('reports JSON syntax errors as a structural error of the document', () => {
    const result = parseDatasetText('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('(document)');
  });
});
