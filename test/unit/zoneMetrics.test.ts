import {
  complianceTimeline, regimeEndedOn, reviewQuarter, zoneHistory, zoneMetricValue, zoneQuarterFigures, zoneStatusOn,
} from '../../src/core';
import { AS_OF, fixture, fixtureInput, load } from './fixture';

// Every figure below was computed by hand from test/fixtures/small-dataset.json
// (zones z1 Alpha, z2 Beta, z3 Gamma), statuses as of 2021-09-30.
describe('zone figures for 2021-Q3', () => {
  const figures = zoneQuarterFigures(fixture(), '2021-Q3', AS_OF);
  const byId = (id: string) => figures.find((f) => f.zoneId === id)!;

  it('lists every zone in file order with the review\'s totals', () => {
    expect(figures.map((f) => f.zoneId)).toEqual(['z1', 'z2', 'z3']);
    expect(figures.map(({ exports, carats, valueUsd, pricePerCarat }) => ({ exports, carats, valueUsd, pricePerCarat }))).toEqual([
      { exports: 4, carats: 420, valueUsd: 49000, pricePerCarat: 116.67 },
      { exports: 2, carats: 60, valueUsd: 7500, pricePerCarat: 125 },
      { exports: 1, carats: 40, valueUsd: 5000, pricePerCarat: 125 },
    ]);
  });

  it('Alpha: CF011 overdue (41 days, no confirmation), CF006 and CF011 price outliers', () => {
    expect(byId('z1')).toMatchObject({ quarter: '2021-Q3', overdue: 1, discrepancy: 0, flags: 2, openProblems: 3 });
    expect(byId('z1').problems).toEqual([
      { kind: 'overdue', certificate: 'CF011', issuedOn: '2021-08-20' },
      { kind: 'priceOutlier', certificate: 'CF006', issuedOn: '2021-09-20' },
      { kind: 'priceOutlier', certificate: 'CF011', issuedOn: '2021-08-20' },
    ]);
  });

  it('Beta: CF003 (parcels) and CF004 (carats) in discrepancy, CF004 before Beta was compliant, CF003 to a listed importer', () => {
    expect(byId('z2')).toMatchObject({ overdue: 0, discrepancy: 2, flags: 2, openProblems: 4 });
    expect(byId('z2').problems).toEqual([
      { kind: 'discrepancy', certificate: 'CF003', issuedOn: '2021-08-15' },
      { kind: 'discrepancy', certificate: 'CF004', issuedOn: '2021-07-20' },
      { kind: 'nonCompliantOrigin', certificate: 'CF004', issuedOn: '2021-07-20' },
      { kind: 'sanctionedParty', certificate: 'CF003', issuedOn: '2021-08-15' },
    ]);
  });

  it('Gamma: CF005 is awaiting (20 days), not a problem, but carries two flags', () => {
    expect(byId('z3')).toMatchObject({ overdue: 0, discrepancy: 0, flags: 2, openProblems: 2 });
    expect(byId('z3').problems.map((p) => `${p.kind} ${p.certificate}`)).toEqual([
      'nonCompliantOrigin CF005', 'sanctionedParty CF005',
    ]);
  });

  it('adds up to the review: its overdue and discrepancy counts, and its flags without office-below-minimum', () => {
    const review = reviewQuarter(fixture(), '2021-Q3', AS_OF);
    const sum = (pick: (f: (typeof figures)[number]) => number) => figures.reduce((s, f) => s + pick(f), 0);
    expect(sum((f) => f.overdue)).toBe(review.reconciliation.overdue);
    expect(sum((f) => f.discrepancy)).toBe(review.reconciliation.discrepancy);
    expect(sum((f) => f.flags)).toBe(review.flags.filter((f) => f.kind !== 'officeBelowMinimum').length);
    expect(sum((f) => f.openProblems)).toBe(9);
  });

  it('gives each metric\'s value', () => {
    const alpha = byId('z1');
    expect(zoneMetricValue(alpha, 'carats')).toBe(420);
    expect(zoneMetricValue(alpha, 'value')).toBe(49000);
    expect(zoneMetricValue(alpha, 'ppc')).toBe(116.67);
    expect(zoneMetricValue(alpha, 'exports')).toBe(4);
    expect(zoneMetricValue(alpha, 'problems')).toBe(3);
  });
});

describe('zone figures for 2021-Q2', () => {
  it('Alpha: CF007\'s confirmed value is US$200 off (tolerance US$130); Beta has nothing, so no US$/ct', () => {
    const [alpha, beta, gamma] = zoneQuarterFigures(fixture(), '2021-Q2', AS_OF);
    expect(alpha).toMatchObject({ exports: 1, carats: 100, valueUsd: 13000, pricePerCarat: 130, discrepancy: 1, openProblems: 1 });
    expect(beta).toMatchObject({ exports: 0, carats: 0, valueUsd: 0, pricePerCarat: null, openProblems: 0, problems: [] });
    expect(zoneMetricValue(beta!, 'ppc')).toBeNull();
    expect(gamma).toMatchObject({ exports: 1, carats: 30, valueUsd: 3000, pricePerCarat: 100, openProblems: 0 });
  });
});

describe('a zone\'s recent quarters', () => {
  it('Alpha over the four quarters ending 2021-Q3: one export in 2020-Q4, none in 2021-Q1', () => {
    const history = zoneHistory(fixture(), 'z1', ['2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3'], AS_OF)!;
    expect(history.map((h) => [h.quarter, h.exports, h.carats, h.valueUsd, h.openProblems])).toEqual([
      ['2020-Q4', 1, 100, 14000, 0],
      ['2021-Q1', 0, 0, 0, 0],
      ['2021-Q2', 1, 100, 13000, 1],
      ['2021-Q3', 4, 420, 49000, 3],
    ]);
  });
  it('is null for a zone the dataset does not have', () => {
    expect(zoneHistory(fixture(), 'nowhere', ['2021-Q3'], AS_OF)).toBeNull();
  });
});

describe('zone status on a date', () => {
  const d = fixture();
  const [alpha, beta, gamma] = d.zones;

  it('follows compliantFrom and compliantUntil, both days included', () => {
    expect(zoneStatusOn(d, beta!, '2021-07-31')).toBe('notYet');
    expect(zoneStatusOn(d, beta!, '2021-08-01')).toBe('compliant');
    expect(zoneStatusOn(d, gamma!, '2021-07-31')).toBe('compliant');
    expect(zoneStatusOn(d, gamma!, '2021-08-01')).toBe('noLonger');
    expect(zoneStatusOn(d, alpha!, '2019-12-31')).toBe('notYet');
  });

  it('after the regime\'s end every zone shows the restrictions lifted; on the end day it still runs', () => {
    const input = fixtureInput() as Record<string, any>;
    input.regime.end = '2021-09-15';
    const ended = load(input);
    expect(regimeEndedOn(ended, '2021-09-15')).toBe(false);
    expect(regimeEndedOn(ended, '2021-09-16')).toBe(true);
    expect(zoneStatusOn(ended, alpha!, '2021-09-15')).toBe('compliant');
    expect(ended.zones.map((z) => zoneStatusOn(ended, z, '2021-09-16'))).toEqual(['lifted', 'lifted', 'lifted']);
    expect(regimeEndedOn(d, '2099-01-01')).toBe(false);
  });
});

describe('the compliance timeline', () => {
  it('runs from the first compliant day to the as-of date, with each change', () => {
    expect(complianceTimeline(fixture(), AS_OF)).toEqual({
      start: '2020-01-01',
      end: '2021-09-30',
      // Alpha and Gamma from 2020-01-01, the regime from 2020-10-01, Beta from 2021-08-01, Gamma no longer from 2021-08-01.
      changes: ['2020-01-01', '2020-10-01', '2021-08-01'],
    });
  });
  it('includes the day after the regime\'s end, when it is on or before the as-of date', () => {
    const input = fixtureInput() as Record<string, any>;
    input.regime.end = '2021-09-15';
    expect(complianceTimeline(load(input), AS_OF).changes).toEqual(['2020-01-01', '2020-10-01', '2021-08-01', '2021-09-16']);
    expect(complianceTimeline(load(input), '2021-09-10').changes).toEqual(['2020-01-01', '2020-10-01', '2021-08-01']);
  });
});
