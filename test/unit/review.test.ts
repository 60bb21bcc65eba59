import { reviewQuarter, round2, median, sanctionReasons } from '../../src/core';
import { AS_OF, fixture, fixtureInput, load } from './fixture';

// Every figure below was computed by hand from test/fixtures/small-dataset.json.
describe('quarterly review of 2021-Q3 as of 2021-09-30', () => {
  const review = reviewQuarter(fixture(), '2021-Q3', AS_OF);

  it('totals the certificates issued in the quarter, and the previous quarter', () => {
    expect(review.quarter).toBe('2021-Q3');
    expect(review.asOf).toBe(AS_OF);
    expect(review.totals).toEqual({ exports: 7, carats: 520, valueUsd: 61500, pricePerCarat: 118.27 });
    expect(review.previous).toEqual({
      quarter: '2021-Q2', totals: { exports: 2, carats: 130, valueUsd: 16000, pricePerCarat: 123.08 },
    });
  });
  it('breaks down by zone (every zone, dataset order), destination and buying office', () => {
    expect(review.byZone).toEqual([
      { zoneId: 'z1', exports: 4, carats: 420, valueUsd: 49000, pricePerCarat: 116.67 },
      { zoneId: 'z2', exports: 2, carats: 60, valueUsd: 7500, pricePerCarat: 125 },
      { zoneId: 'z3', exports: 1, carats: 40, valueUsd: 5000, pricePerCarat: 125 },
    ]);
    expect(review.byDestination).toEqual([
      { destination: 'AE', exports: 3, carats: 350, valueUsd: 33500, pricePerCarat: 95.71 },
      { destination: 'BE', exports: 3, carats: 130, valueUsd: 23000, pricePerCarat: 176.92 },
      { destination: 'IL', exports: 1, carats: 40, valueUsd: 5000, pricePerCarat: 125 },
    ]);
    expect(review.byBuyingOffice).toEqual([
      { buyingOfficeId: 'o1', belowMinimum: false, exports: 4, carats: 330, valueUsd: 45000, pricePerCarat: 136.36 },
      { buyingOfficeId: 'o2', belowMinimum: true, exports: 1, carats: 40, valueUsd: 5000, pricePerCarat: 125 },
      { buyingOfficeId: 'o3', belowMinimum: true, exports: 2, carats: 150, valueUsd: 11500, pricePerCarat: 76.67 },
    ]);
  });
  it('counts reconciliation outcomes; the median of 7, 10, 10, 41 days is 10', () => {
    expect(review.reconciliation).toEqual({
      confirmed: 2, discrepancy: 2, awaiting: 2, overdue: 1, late: 1, duplicate: 1, unmatched: 1,
      medianDaysToNotify: 10,
    });
  });
  it('raises each flag for its stated reason', () => {
    expect(review.flags).toEqual([
      { kind: 'nonCompliantOrigin', certificate: 'CF004' }, // Beta compliant only from 2021-08-01
      { kind: 'nonCompliantOrigin', certificate: 'CF005' }, // Gamma compliant only until 2021-07-31
      { kind: 'sanctionedParty', certificate: 'CF003' }, // importer "bad importer" ~ "  BAD Importer "
      { kind: 'sanctionedParty', certificate: 'CF005' }, // Office Two is sanctioned
      { kind: 'priceOutlier', certificate: 'CF006' }, // 500 $/ct ≥ 2 × median 125
      { kind: 'priceOutlier', certificate: 'CF011' }, // 50 $/ct ≤ 125 / 2
      { kind: 'officeBelowMinimum', buyingOfficeId: 'o2' },
      { kind: 'officeBelowMinimum', buyingOfficeId: 'o3' },
    ]);
  });
});

describe('review edge cases', () => {
  it('an empty quarter has zero totals, null $/ct and null median', () => {
    const review = reviewQuarter(fixture(), '2021-Q1', AS_OF);
    expect(review.totals).toEqual({ exports: 0, carats: 0, valueUsd: 0, pricePerCarat: null });
    expect(review.byZone.map((z) => z.exports)).toEqual([0, 0, 0]);
    expect(review.byBuyingOffice).toEqual([]);
    expect(review.reconciliation.medianDaysToNotify).toBeNull();
    expect(review.previous.quarter).toBe('2020-Q4');
    expect(review.previous.totals.exports).toBe(1);
  });
  it('no price outlier when the zone window holds fewer than 3 exports', () => {
    // Beta and Gamma each have 2 exports in the window: nothing fires there however far off.
    const input = fixtureInput() as Record<string, any>;
    input.exports[5].valueUsd = 500000;
    const flags = reviewQuarter(load(input), '2021-Q3', AS_OF).flags.filter((f) => f.kind === 'priceOutlier');
    expect(flags.map((f) => f.certificate)).toEqual(['CF006', 'CF011']);
  });
  it('the outlier window is the four quarters ending with Q: in 2021-Q2 Alpha has 2 exports', () => {
    const flags = reviewQuarter(fixture(), '2021-Q2', AS_OF).flags;
    expect(flags.filter((f) => f.kind === 'priceOutlier')).toEqual([]);
  });
  it('a zone compliant until a date is still compliant on that date', () => {
    const input = fixtureInput() as Record<string, any>;
    input.exports[7].issuedOn = '2021-07-31';
    const flags = reviewQuarter(load(input), '2021-Q3', AS_OF).flags;
    expect(flags.filter((f) => f.kind === 'nonCompliantOrigin').map((f) => f.certificate)).toEqual(['CF004']);
  });
  it('an unknown zone is a non-compliant origin', () => {
    const input = fixtureInput() as Record<string, any>;
    input.exports[3].zoneId = 'elsewhere';
    const flags = reviewQuarter(load(input), '2021-Q3', AS_OF).flags;
    expect(flags.filter((f) => f.kind === 'nonCompliantOrigin').map((f) => f.certificate)).toEqual(['CF001', 'CF004', 'CF005']);
  });
  it('a sanctioned entity matches a buying office name too', () => {
    const input = fixtureInput() as Record<string, any>;
    input.sanctionedEntities.push({ name: 'office three' });
    const flags = reviewQuarter(load(input), '2021-Q3', AS_OF).flags;
    expect(flags.filter((f) => f.kind === 'sanctionedParty').map((f) => f.certificate)).toEqual(['CF003', 'CF005', 'CF011']);
  });
});

describe('why a party is sanctioned', () => {
  it('names the sanctioned office and the listed importer', () => {
    const d = fixture();
    const byCert = (c: string) => d.exports.find((e) => e.certificate === c)!;
    expect(sanctionReasons(d, byCert('CF005'))).toEqual([{ reason: 'sanctionedOffice', name: 'Office Two' }]);
    expect(sanctionReasons(d, byCert('CF003'))).toEqual([{ reason: 'listedImporter', name: 'bad importer' }]);
    expect(sanctionReasons(d, byCert('CF001'))).toEqual([]);
  });
});

describe('numeric helpers', () => {
  it('rounds half away from zero to 2 decimals without binary drift', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(116.66666)).toBe(116.67);
    expect(round2(-2.345)).toBe(-2.35);
    expect(round2(1e-7)).toBe(0);
    expect(round2(1234567.125)).toBe(1234567.13);
  });
  it('takes the mean of the two middle values for an even count', () => {
    expect(median([41, 7, 10, 10])).toBe(10);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('orders by value, not as text, negatives and fractions included, and leaves its input alone', () => {
    const prices = [1000, 9, 80, 7, 5];
    expect(median(prices)).toBe(9); // as text, 1000 < 5 < 7 < 80 < 9 would give 7
    expect(prices).toEqual([1000, 9, 80, 7, 5]);
    expect(median([-3, 2, -10])).toBe(-3);
    expect(median([0.5, 0.25, 12.75, 3])).toBe(1.75);
  });
});
