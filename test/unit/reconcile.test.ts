import { reconcile } from '../../src/core';
import { AS_OF, fixture, fixtureInput, load } from './fixture';

function statusOf(certificate: string, asOf = AS_OF, dataset = fixture()) {
  const row = reconcile(dataset, asOf).exports.find((r) => r.export.certificate === certificate);
  if (!row) throw new Error(`no export ${certificate}`);
  return row;
}

describe('reconciliation of each export as of a date', () => {
  it('confirms within tolerance (0.4 ct on 100 ct is under 0.5 %; US$100 on 12,000 under 1 %)', () => {
    const r = statusOf('CF001');
    expect(r.status).toBe('confirmed');
    expect(r.confirmation?.id).toBe('n1');
    expect(r.daysToNotify).toBe(7);
    expect(r.late).toBe(false);
  });
  it('orders notifications by notifiedOn then id: the first confirms, the rest are duplicates', () => {
    expect(statusOf('CF001').duplicates.map((n) => n.id)).toEqual(['n1b']);
  });
  it('marks a confirmation notified more than the due days after issue as late (41 > 30)', () => {
    const r = statusOf('CF002');
    expect(r).toMatchObject({ status: 'confirmed', late: true, daysToNotify: 41 });
  });
  it('finds a discrepancy in parcels, in carats beyond 0.5 %, and in value beyond 1 %', () => {
    expect(statusOf('CF003').differences).toEqual([{ field: 'parcels', certificate: 1, notified: 2, tolerance: 0 }]);
    expect(statusOf('CF004').status).toBe('discrepancy');
    expect(statusOf('CF004').differences[0]).toMatchObject({ field: 'carats', certificate: 10, notified: 10.1 });
    expect(statusOf('CF007').differences).toEqual([{ field: 'valueUsd', certificate: 13000, notified: 13200, tolerance: 130 }]);
  });
  it('a difference exactly at the tolerance is still confirmed', () => {
    const input = fixtureInput() as Record<string, any>;
    input.notifications[4].carats = 100.5;
    input.notifications[4].valueUsd = 12120;
    expect(statusOf('CF001', AS_OF, load(input)).status).toBe('confirmed');
  });
  it('without a confirmation: awaiting up to the due days, overdue after', () => {
    expect(statusOf('CF005')).toMatchObject({ status: 'awaiting', daysWaiting: 20 });
    expect(statusOf('CF011')).toMatchObject({ status: 'overdue', daysWaiting: 41 });
    expect(statusOf('CF011', '2021-09-19').status).toBe('awaiting');
    expect(statusOf('CF011', '2021-09-20').status).toBe('overdue');
  });
  it('ignores notifications made after the as-of date', () => {
    expect(statusOf('CF006').status).toBe('awaiting');
    expect(statusOf('CF006', '2021-10-05').status).toBe('confirmed');
  });
  it('lists notifications for unknown certificates as unmatched, up to the as-of date', () => {
    expect(reconcile(fixture(), AS_OF).unmatched.map((n) => n.id)).toEqual(['n9', 'n10']);
    expect(reconcile(fixture(), '2021-10-02').unmatched.map((n) => n.id)).toEqual(['n9', 'n10', 'n11']);
  });
});
