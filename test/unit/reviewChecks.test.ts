import { countChecks, reconcile, reviewChecks, reviewQuarter } from '../../src/core';
import { AS_OF, fixture } from './fixture';

// Hand-computed from test/fixtures/small-dataset.json, as of 2021-09-30.
describe('records of 2021-Q3 that need attention, with the numbers behind each', () => {
  const d = fixture();
  const rec = reconcile(d, AS_OF);
  const review = reviewQuarter(d, '2021-Q3', AS_OF, rec);
  const items = reviewChecks(d, review, rec);

  it('explains each flag of the review', () => {
    expect(items.slice(0, 8)).toEqual([
      { kind: 'nonCompliantOrigin', certificate: 'CF004', issuedOn: '2021-07-20', zoneId: 'z2', zone: { name: 'Beta', compliantFrom: '2021-08-01', compliantUntil: null } },
      { kind: 'nonCompliantOrigin', certificate: 'CF005', issuedOn: '2021-09-10', zoneId: 'z3', zone: { name: 'Gamma', compliantFrom: '2020-01-01', compliantUntil: '2021-07-31' } },
      { kind: 'sanctionedParty', certificate: 'CF003', reasons: [{ reason: 'listedImporter', name: 'bad importer' }] },
      { kind: 'sanctionedParty', certificate: 'CF005', reasons: [{ reason: 'sanctionedOffice', name: 'Office Two' }] },
      // 10,000 / 20 = 500 $/ct ≥ 2 × 125; 5,000 / 100 = 50 $/ct ≤ 125 / 2.
      {
        kind: 'priceOutlier', certificate: 'CF006', zoneId: 'z1', carats: 20, valueUsd: 10000, pricePerCarat: 500, median: 125, count: 6,
        from: '2020-Q4', to: '2021-Q3', factor: 2, direction: 'above', threshold: 250, ratio: 4,
      },
      {
        kind: 'priceOutlier', certificate: 'CF011', zoneId: 'z1', carats: 100, valueUsd: 5000, pricePerCarat: 50, median: 125, count: 6,
        from: '2020-Q4', to: '2021-Q3', factor: 2, direction: 'below', threshold: 62.5, ratio: 0.4,
      },
      { kind: 'officeBelowMinimum', buyingOfficeId: 'o2', valueUsd: 5000, minimum: 20000, shortfall: 15000 },
      { kind: 'officeBelowMinimum', buyingOfficeId: 'o3', valueUsd: 11500, minimum: 20000, shortfall: 8500 },
    ]);
  });

  it('lists the reconciliation problems record by record', () => {
    expect(items.slice(8)).toEqual([
      // Issued 20 Aug, nothing by 30 Sep: 41 days.
      { kind: 'overdue', certificate: 'CF011', issuedOn: '2021-08-20', daysWaiting: 41, dueDays: 30 },
      { kind: 'discrepancy', certificate: 'CF003', notificationId: 'n3', differences: [{ field: 'parcels', certificate: 1, notified: 2, tolerance: 0 }] },
      // 10.1 against 10 ct, tolerance 0.5 % of 10 = 0.05 ct.
      { kind: 'discrepancy', certificate: 'CF004', notificationId: 'n4', differences: [{ field: 'carats', certificate: 10, notified: 10.1, tolerance: 0.05 }] },
      { kind: 'late', certificate: 'CF002', notificationId: 'n2', issuedOn: '2021-07-10', notifiedOn: '2021-08-20', daysToNotify: 41, dueDays: 30 },
      { kind: 'unmatched', notificationId: 'n9', certificate: 'CF999', participant: 'AE', notifiedOn: '2021-09-01', carats: 12 },
      // n1 and n1b both notified 8 Jul: n1 comes first by id.
      { kind: 'duplicate', certificate: 'CF001', notificationId: 'n1b', notifiedOn: '2021-07-08', confirmationId: 'n1', confirmedOn: '2021-07-08' },
    ]);
  });

  it("counts per kind equal the review's flags and reconciliation counts", () => {
    const counts = countChecks(items);
    expect(counts).toEqual({
      nonCompliantOrigin: 2, sanctionedParty: 2, priceOutlier: 2, officeBelowMinimum: 2,
      overdue: 1, discrepancy: 2, late: 1, unmatched: 1, duplicate: 1,
    });
    const r = review.reconciliation;
    expect([counts.overdue, counts.discrepancy, counts.late, counts.unmatched, counts.duplicate]).toEqual([r.overdue, r.discrepancy, r.late, r.unmatched, r.duplicate]);
  });

  it('2021-Q2 has a value discrepancy and an unmatched notification, nothing else', () => {
    const q2 = reviewChecks(d, reviewQuarter(d, '2021-Q2', AS_OF, rec), rec);
    expect(q2).toEqual([
      { kind: 'officeBelowMinimum', buyingOfficeId: 'o1', valueUsd: 13000, minimum: 20000, shortfall: 7000 },
      { kind: 'officeBelowMinimum', buyingOfficeId: 'o3', valueUsd: 3000, minimum: 20000, shortfall: 17000 },
      // 13,200 against 13,000: more than 1 % (130).
      { kind: 'discrepancy', certificate: 'CF007', notificationId: 'n7', differences: [{ field: 'valueUsd', certificate: 13000, notified: 13200, tolerance: 130 }] },
      { kind: 'unmatched', notificationId: 'n10', certificate: 'CF998', participant: 'EU', notifiedOn: '2021-06-01', carats: 8 },
    ]);
  });
});
