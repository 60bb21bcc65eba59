/**
 * The core's faster paths give exactly what the plain rules give: quarterOf
 * on any text, the reconciliation built in steps.
 */
import fc from 'fast-check';
import { quarterOf, reconcile, reconcileInSteps } from '../../src/core';
import { AS_OF, fixture } from './fixture';

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
