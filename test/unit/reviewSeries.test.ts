import {
  compareBreakdowns, compareHeadlines, headlineFigures, monthlyTotals, quarterTrend, reconcile, reviewQuarter,
  reviewWithComparisons, shareConfirmed, summaryWithComparisons, zonePrices, type DatasetInput,
} from '../../src/core';
import { AS_OF, fixture, fixtureInput, load } from './fixture';

// Every figure below was computed by hand from test/fixtures/small-dataset.json
// (its 2021-Q3 review is asserted in review.test.ts).

/** The fixture with a regime from 2020-07-01 and one export in 2020-Q3, so 2021-Q3 has a year-ago quarter. */
function withYearAgo() {
  const input = fixtureInput() as Record<string, any>;
  input.regime.start = '2020-07-01';
  input.exports.push({ certificate: 'CF010', issuedOn: '2020-08-10', zoneId: 'z1', buyingOfficeId: 'o1', importer: 'Imp A', destination: 'BE', carats: 50, valueUsd: 6000, parcels: 1 });
  input.notifications.push({ id: 'n13', certificate: 'CF010', participant: 'EU', receivedOn: '2020-08-15', notifiedOn: '2020-08-20', carats: 50 });
  return load(input as DatasetInput);
}

describe('headline figures of 2021-Q3 against 2021-Q2 and 2020-Q3', () => {
  it('share confirmed is confirmed ÷ exports: 2 of 7 is 28.57 %; none for an empty quarter', () => {
    expect(shareConfirmed(reviewQuarter(fixture(), '2021-Q3', AS_OF))).toBe(28.57);
    expect(shareConfirmed(reviewQuarter(fixture(), '2021-Q2', AS_OF))).toBe(50);
    expect(shareConfirmed(reviewQuarter(fixture(), '2021-Q1', AS_OF))).toBeNull();
  });

  it('reviews Q, Q−1 and Q−4 as of the same date; a quarter before the regime is null', () => {
    const r = reviewWithComparisons(fixture(), '2021-Q3', AS_OF);
    expect(r.current).toEqual(reviewQuarter(fixture(), '2021-Q3', AS_OF));
    expect(r.previous).toEqual(reviewQuarter(fixture(), '2021-Q2', AS_OF));
    expect(r.previousQuarter).toBe('2021-Q2');
    expect(r.yearAgoQuarter).toBe('2020-Q3');
    expect(r.yearAgo).toBeNull(); // the regime starts 2020-10-01
    expect(reviewWithComparisons(withYearAgo(), '2021-Q3', AS_OF).yearAgo?.totals).toEqual({ exports: 1, carats: 50, valueUsd: 6000, pricePerCarat: 120 });
  });

  it('summarises Q, Q−1 and Q−4 as their reviews would, and gives the same headline figures', () => {
    for (const dataset of [fixture(), withYearAgo()]) {
      for (const quarter of ['2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3']) {
        const reviews = reviewWithComparisons(dataset, quarter, AS_OF);
        const summaries = summaryWithComparisons(dataset, quarter, AS_OF);
        const summary = (r: typeof reviews.current | null) => r && { quarter: r.quarter, asOf: r.asOf, totals: r.totals, reconciliation: r.reconciliation };
        expect(summaries).toEqual({ ...reviews, current: summary(reviews.current), previous: summary(reviews.previous), yearAgo: summary(reviews.yearAgo) });
        expect(headlineFigures(summaries)).toEqual(headlineFigures(reviews));
      }
    }
  });

  it('gives each figure, its change and % change, computed on the figures as reported', () => {
    const figures = headlineFigures(reviewWithComparisons(withYearAgo(), '2021-Q3', AS_OF));
    const row = (key: string) => figures.find((f) => f.key === key);
    expect(figures.map((f) => f.key)).toEqual([
      'exports', 'carats', 'valueUsd', 'pricePerCarat', 'shareConfirmed', 'overdue', 'discrepancy', 'late', 'unmatched', 'medianDaysToNotify',
    ]);
    expect(row('exports')).toEqual({
      key: 'exports', value: 7, previous: 2, vsPrevious: { delta: 5, pct: 250 }, yearAgo: 1, vsYearAgo: { delta: 6, pct: 600 },
    });
    expect(row('carats')).toMatchObject({ value: 520, vsPrevious: { delta: 390, pct: 300 }, vsYearAgo: { delta: 470, pct: 940 } });
    // 45,500 ÷ 16,000 = 284.375 % → 284.38 (half away from zero).
    expect(row('valueUsd')).toMatchObject({ value: 61500, vsPrevious: { delta: 45500, pct: 284.38 }, vsYearAgo: { delta: 55500, pct: 925 } });
    // 118.27 − 123.08 = −4.81, −4.81 ÷ 123.08 = −3.908 %; 118.27 − 120 = −1.73 = −1.442 %.
    expect(row('pricePerCarat')).toMatchObject({ value: 118.27, previous: 123.08, vsPrevious: { delta: -4.81, pct: -3.91 }, yearAgo: 120, vsYearAgo: { delta: -1.73, pct: -1.44 } });
    // A share changes by percentage points; a % of a % is left out.
    expect(row('shareConfirmed')).toMatchObject({ value: 28.57, previous: 50, vsPrevious: { delta: -21.43, pct: null }, yearAgo: 100, vsYearAgo: { delta: -71.43, pct: null } });
    // From 0, no % change.
    expect(row('overdue')).toMatchObject({ value: 1, previous: 0, vsPrevious: { delta: 1, pct: null }, vsYearAgo: { delta: 1, pct: null } });
    expect(row('discrepancy')).toMatchObject({ value: 2, previous: 1, vsPrevious: { delta: 1, pct: 100 }, yearAgo: 0 });
    expect(row('late')).toMatchObject({ value: 1, previous: 0, vsPrevious: { delta: 1, pct: null } });
    expect(row('unmatched')).toMatchObject({ value: 1, previous: 1, vsPrevious: { delta: 0, pct: 0 }, yearAgo: 0 });
    // Medians 10 (7, 10, 10, 41 days), 12 (15, 9) and 10 (10).
    expect(row('medianDaysToNotify')).toMatchObject({ value: 10, previous: 12, vsPrevious: { delta: -2, pct: -16.67 }, yearAgo: 10, vsYearAgo: { delta: 0, pct: 0 } });
  });

  it('has no change where a quarter is outside the regime or a figure is missing', () => {
    const figures = headlineFigures(reviewWithComparisons(fixture(), '2021-Q3', AS_OF));
    expect(figures.every((f) => f.yearAgo === null && f.vsYearAgo === null)).toBe(true);
    const q1 = headlineFigures(reviewWithComparisons(fixture(), '2021-Q1', AS_OF));
    expect(q1.find((f) => f.key === 'pricePerCarat')).toMatchObject({ value: null, previous: 140, vsPrevious: null });
    expect(q1.find((f) => f.key === 'exports')).toMatchObject({ value: 0, previous: 1, vsPrevious: { delta: -1, pct: -100 } });
  });

  it('puts two quarters side by side, the change from the second to the first', () => {
    const d = fixture();
    const rows = compareHeadlines(reviewQuarter(d, '2021-Q3', AS_OF), reviewQuarter(d, '2020-Q4', AS_OF));
    expect(rows.find((r) => r.key === 'valueUsd')).toEqual({ key: 'valueUsd', a: 61500, b: 14000, change: { delta: 47500, pct: 339.29 } });
    expect(rows.find((r) => r.key === 'shareConfirmed')).toEqual({ key: 'shareConfirmed', a: 28.57, b: 100, change: { delta: -71.43, pct: null } });
  });
});

describe('series of the 2021-Q3 review', () => {
  it('totals each month of the quarter by issue date', () => {
    expect(monthlyTotals(fixture(), '2021-Q3')).toEqual([
      { month: '2021-07', exports: 3, carats: 310, valueUsd: 35000, pricePerCarat: 112.9 }, // CF001, CF002, CF004
      { month: '2021-08', exports: 2, carats: 150, valueUsd: 11500, pricePerCarat: 76.67 }, // CF003, CF011
      { month: '2021-09', exports: 2, carats: 60, valueUsd: 15000, pricePerCarat: 250 }, // CF005, CF006
    ]);
  });

  it('gives the last eight quarters, from the regime start at the earliest', () => {
    expect(quarterTrend(fixture(), '2021-Q3')).toEqual([
      { quarter: '2020-Q4', exports: 1, carats: 100, valueUsd: 14000, pricePerCarat: 140 },
      { quarter: '2021-Q1', exports: 0, carats: 0, valueUsd: 0, pricePerCarat: null },
      { quarter: '2021-Q2', exports: 2, carats: 130, valueUsd: 16000, pricePerCarat: 123.08 },
      { quarter: '2021-Q3', exports: 7, carats: 520, valueUsd: 61500, pricePerCarat: 118.27 },
    ]);
    expect(quarterTrend(withYearAgo(), '2021-Q3', 2).map((t) => t.quarter)).toEqual(['2021-Q2', '2021-Q3']);
    expect(quarterTrend(withYearAgo(), '2021-Q3').map((t) => t.quarter)[0]).toBe('2020-Q3');
  });

  it("sets each zone's $/ct against the median the outlier rule uses", () => {
    const d = fixture();
    // Alpha over 2020-Q4..2021-Q3: 140, 130, 120, 110, 500, 50 $/ct → median 125; Beta and Gamma have 2 exports each.
    expect(zonePrices(d, reviewQuarter(d, '2021-Q3', AS_OF))).toEqual({
      from: '2020-Q4',
      to: '2021-Q3',
      zones: [
        { zoneId: 'z1', pricePerCarat: 116.67, median: 125, count: 6, ratio: 0.93 },
        { zoneId: 'z2', pricePerCarat: 125, median: null, count: 0, ratio: null },
        { zoneId: 'z3', pricePerCarat: 125, median: null, count: 0, ratio: null },
      ],
    });
  });

  it('pairs two quarters\' breakdowns, rows only one quarter has at the end', () => {
    const d = fixture();
    const rec = reconcile(d, AS_OF);
    const side = compareBreakdowns(reviewQuarter(d, '2021-Q3', AS_OF, rec), reviewQuarter(d, '2021-Q2', AS_OF, rec));
    const zero = { exports: 0, carats: 0, valueUsd: 0, pricePerCarat: null };
    expect(side.zones).toEqual([
      { key: 'z1', a: { exports: 4, carats: 420, valueUsd: 49000, pricePerCarat: 116.67 }, b: { exports: 1, carats: 100, valueUsd: 13000, pricePerCarat: 130 } },
      { key: 'z2', a: { exports: 2, carats: 60, valueUsd: 7500, pricePerCarat: 125 }, b: zero },
      { key: 'z3', a: { exports: 1, carats: 40, valueUsd: 5000, pricePerCarat: 125 }, b: { exports: 1, carats: 30, valueUsd: 3000, pricePerCarat: 100 } },
    ]);
    expect(side.destinations.map((r) => [r.key, r.a.valueUsd, r.b.valueUsd])).toEqual([['AE', 33500, 13000], ['BE', 23000, 0], ['IL', 5000, 3000]]);
    expect(side.offices.map((r) => [r.key, r.a.valueUsd, r.b.valueUsd])).toEqual([['o1', 45000, 13000], ['o2', 5000, 0], ['o3', 11500, 3000]]);
    const reverse = compareBreakdowns(reviewQuarter(d, '2021-Q2', AS_OF, rec), reviewQuarter(d, '2021-Q3', AS_OF, rec));
    expect(reverse.destinations.map((r) => r.key)).toEqual(['AE', 'IL', 'BE']);
  });
});
