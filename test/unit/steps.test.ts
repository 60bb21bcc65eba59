/**
 * The core's faster paths give exactly what the plain rules give: quarterOf
 * on any text, the reconciliation built in steps, the flags tested with
 * look-ups prepared per dataset.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  exportsInQuarter, flagExports, isNonCompliantOrigin, isSanctionedParty, quarterOf, reconcile, reconcileInSteps,
  regimeQuarters,
} from '../../src/core';
import { AS_OF, fixture, fixtureInput, load } from './fixture';

/** The quarter rule as written before names were reused. */
const byMonth = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

describe('quarterOf', () => {
  it('names the quarter of any text as the month rule does', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (s) => quarterOf(s) === byMonth(s)), { numRuns: 5000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.string({ maxLength: 4 }), (y, m, rest) => {
      const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${rest}`;
      return quarterOf(date) === byMonth(date) && quarterOf(date) === byMonth(date);
    }), { numRuns: 5000 });
  });
});

describe('reconcileInSteps', () => {
  it('builds the same reconciliation as reconcile, in steps, and caches it', () => {
    const expected = reconcile(fixture(), AS_OF);
    for (const step of [1, 2, 5, 1000]) {
      const dataset = fixture();
      const steps = reconcileInSteps(dataset, AS_OF, step);
      let count = 0;
      let next = steps.next();
      while (!next.done) {
        count += 1;
        next = steps.next();
      }
      expect(next.value).toStrictEqual(expected);
      expect(count).toBeGreaterThan(dataset.exports.length / step);
      // Cached for the dataset and date, as reconcile caches it.
      expect(reconcile(dataset, AS_OF)).toBe(next.value);
      expect(reconcileInSteps(dataset, AS_OF).next()).toEqual({ done: true, value: next.value });
    }
  });
});

describe('flagExports', () => {
  it('flags the records the rules flag, one by one, in every quarter', () => {
    const input = fixtureInput() as unknown as Record<string, any>;
    // Two offices and two zones with the same id: the rules use the first, as `find` does.
    input.buyingOffices.push({ ...input.buyingOffices[0], sanctioned: !input.buyingOffices[0].sanctioned });
    input.zones.push({ ...input.zones[0], compliantFrom: '1990-01-01', compliantUntil: null });
    input.sanctionedEntities = [...(input.sanctionedEntities ?? []), { name: `  ${input.exports[0].importer.toUpperCase()} ` }];
    const sample = JSON.parse(readFileSync('public/data/sample.json', 'utf8'));
    for (const dataset of [fixture(), load(input), load(sample)]) {
      for (const q of regimeQuarters(dataset.regime, dataset.meta.asOf ?? AS_OF)) {
        const inQ = exportsInQuarter(dataset, q);
        const flags = flagExports(dataset, q, inQ, []);
        const of = (kind: string) => flags.filter((f) => f.kind === kind).map((f) => f.certificate);
        expect(of('nonCompliantOrigin')).toEqual(inQ.filter((e) => isNonCompliantOrigin(dataset, e)).map((e) => e.certificate));
        expect(of('sanctionedParty')).toEqual(inQ.filter((e) => isSanctionedParty(dataset, e)).map((e) => e.certificate));
      }
    }
  });
});

