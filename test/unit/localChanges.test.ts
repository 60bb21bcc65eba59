import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import {
  EMPTY_LOCAL_CHANGES, applyLocalChanges, countLocalChanges, exportDataset, forgetReview, parseDataset, parseDatasetText,
  parseLocalChanges, reconcile, recordNotificationDelete, recordNotificationUpsert, recordReview,
  type LocalChanges, type Notification, type ReviewRecord,
} from '../../src/core';
import { clearLocalChanges, datasetIdentity, readLocalChanges, updateLocalChanges } from '../../src/lib/local-changes-store';
import { AS_OF, fixture, fixtureInput } from './fixture';

const newOne: Notification = {
  id: 'L1', certificate: 'CF005', participant: 'IL', receivedOn: '2021-09-15', notifiedOn: '2021-09-20', carats: 40, parcels: 1,
};
const editedN2: Notification = {
  id: 'n2', certificate: 'CF002', participant: 'AE', receivedOn: '2021-07-15', notifiedOn: '2021-08-01', carats: 150,
};
const q3Review: ReviewRecord = { quarter: '2021-Q3', status: 'draft', findings: [{ id: 'f9', severity: 'info', text: 'Local finding' }], signedOff: null };

const changes = (c: Partial<LocalChanges>): LocalChanges => ({ ...EMPTY_LOCAL_CHANGES, ...c });
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((n) => n.id);
const SOURCE_IDS = ['n12', 'n7', 'n8', 'n1b', 'n1', 'n2', 'n3', 'n4', 'n6', 'n9', 'n10', 'n11'];

describe('applying local changes to the source', () => {
  it('returns the source itself when there is nothing to apply', () => {
    const d = fixture();
    expect(applyLocalChanges(d, EMPTY_LOCAL_CHANGES)).toBe(d);
  });

  it('appends new notifications after the source ones, in change order', () => {
    const second = { ...newOne, id: 'L0', certificate: 'CF011' };
    const merged = applyLocalChanges(fixture(), changes({ notifications: [{ op: 'upsert', notification: newOne }, { op: 'upsert', notification: second }] }));
    expect(ids(merged.notifications)).toEqual([...SOURCE_IDS, 'L1', 'L0']);
  });

  it('replaces an edited notification in its place and removes a deleted one', () => {
    const merged = applyLocalChanges(fixture(), changes({
      notifications: [{ op: 'delete', id: 'n12' }, { op: 'upsert', notification: editedN2 }],
    }));
    expect(ids(merged.notifications)).toEqual(SOURCE_IDS.filter((id) => id !== 'n12'));
    expect(merged.notifications.find((n) => n.id === 'n2')).toEqual(editedN2);
  });

  it('changes the reconciliation: the new confirmation confirms CF005, the edit makes CF002 a timely discrepancy', () => {
    const merged = applyLocalChanges(fixture(), changes({
      notifications: [{ op: 'upsert', notification: newOne }, { op: 'upsert', notification: editedN2 }],
    }));
    const rec = reconcile(merged, AS_OF);
    const of = (c: string) => rec.exports.find((r) => r.export.certificate === c)!;
    expect(reconcile(fixture(), AS_OF).exports.find((r) => r.export.certificate === 'CF005')!.status).toBe('awaiting');
    expect(of('CF005')).toMatchObject({ status: 'confirmed', late: false, daysToNotify: 10 });
    expect(of('CF002')).toMatchObject({ status: 'discrepancy', late: false, daysToNotify: 22 });
  });

  it('replaces the review of the same quarter in place, and adds one for a new quarter', () => {
    const q2: ReviewRecord = { quarter: '2021-Q2', status: 'draft', findings: [], signedOff: null };
    const merged = applyLocalChanges(fixture(), changes({ reviews: [q3Review, q2] }));
    expect(merged.reviews).toEqual([q2, q3Review]);
  });

  it('does not touch the source dataset', () => {
    const d = fixture();
    const before = JSON.stringify(d);
    applyLocalChanges(d, changes({ notifications: [{ op: 'delete', id: 'n1' }], reviews: [q3Review] }));
    expect(JSON.stringify(d)).toBe(before);
  });
});

describe('recording changes keeps one change per record', () => {
  const source = fixture();

  it('adds, then replaces, the change for a notification id', () => {
    let c = recordNotificationUpsert(EMPTY_LOCAL_CHANGES, newOne, source);
    c = recordNotificationUpsert(c, editedN2, source);
    c = recordNotificationUpsert(c, { ...newOne, carats: 41 }, source);
    expect(c.notifications).toEqual([
      { op: 'upsert', notification: { ...newOne, carats: 41 } },
      { op: 'upsert', notification: editedN2 },
    ]);
    expect(countLocalChanges(c)).toBe(2);
  });

  it('forgets a local-only notification on delete, but hides a source one with a delete change', () => {
    let c = recordNotificationUpsert(EMPTY_LOCAL_CHANGES, newOne, source);
    c = recordNotificationUpsert(c, editedN2, source);
    c = recordNotificationDelete(c, 'L1', source);
    c = recordNotificationDelete(c, 'n2', source);
    expect(c.notifications).toEqual([{ op: 'delete', id: 'n2' }]);
  });

  it('drops the change when a notification is saved back identical to the source', () => {
    const original = source.notifications.find((n) => n.id === 'n2')!;
    let c = recordNotificationUpsert(EMPTY_LOCAL_CHANGES, editedN2, source);
    c = recordNotificationUpsert(c, { ...original }, source);
    expect(c.notifications).toEqual([]);
  });

  it('keeps one review per quarter and can forget it', () => {
    let c = recordReview(EMPTY_LOCAL_CHANGES, q3Review, source);
    c = recordReview(c, { ...q3Review, status: 'final', signedOff: { by: ['A. Reviewer'], on: '2021-10-05' } }, source);
    expect(c.reviews).toHaveLength(1);
    expect(c.reviews[0]!.status).toBe('final');
    expect(forgetReview(c, '2021-Q3').reviews).toEqual([]);
    expect(recordReview(EMPTY_LOCAL_CHANGES, structuredClone(source.reviews[0]!), source).reviews).toEqual([]);
  });

  it('refuses a notification that does not validate', () => {
    expect(() => recordNotificationUpsert(EMPTY_LOCAL_CHANGES, { ...newOne, carats: 0 }, source)).toThrow();
  });
});

describe('stored changes read back', () => {
  it('keeps valid entries and counts the invalid ones it drops', () => {
    const { changes: c, dropped } = parseLocalChanges({
      notifications: [{ op: 'upsert', notification: newOne }, { op: 'upsert', notification: { id: 'x' } }, { op: 'delete', id: 'n1' }, 'junk'],
      reviews: [q3Review, { quarter: '2021-Q5' }],
    });
    expect(c).toEqual({ notifications: [{ op: 'upsert', notification: newOne }, { op: 'delete', id: 'n1' }], reviews: [q3Review] });
    expect(dropped).toBe(3);
    expect(parseLocalChanges(undefined)).toEqual({ changes: { notifications: [], reviews: [] }, dropped: 0 });
  });
});

describe('exporting a dataset', () => {
  it('writes canonical JSON that validates and gives the identical text when loaded and exported again', () => {
    const merged = applyLocalChanges(fixture(), changes({ notifications: [{ op: 'upsert', notification: newOne }], reviews: [q3Review] }));
    const text = exportDataset(merged);
    const loaded = parseDatasetText(text);
    if (!loaded.ok) throw new Error('the export does not load');
    expect(exportDataset(loaded.dataset)).toBe(text);
    expect(loaded.dataset.notifications.at(-1)).toEqual(newOne);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "meta": {\n    "title": "Hand-computed review fixture",')).toBe(true);
  });

  it('writes the defaults out and leaves unknown fields out', () => {
    const input = fixtureInput() as Record<string, unknown>;
    input.extra = 'ignored';
    const loaded = parseDataset(input);
    if (!loaded.ok) throw new Error('fixture does not load');
    const json = JSON.parse(exportDataset(loaded.dataset));
    expect(json.extra).toBeUndefined();
    expect(json.settings).toEqual({
      notificationDueDays: 30, caratTolerancePct: 0.5, valueTolerancePct: 1, priceOutlierFactor: 2, minQuarterlyExportUsd: 20000,
    });
  });

  it('refuses a dataset that does not validate instead of writing it', () => {
    const d = fixture();
    d.exports[0]!.carats = -1;
    expect(() => exportDataset(d)).toThrow(/does not validate: exports.0.carats/);
  });
});

describe('the browser store (IndexedDB, here fake-indexeddb)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  const key = datasetIdentity({ kind: 'url', url: '/data/sample.json', origin: 'sample' }, 'Hand-computed review fixture');

  it('keys changes by where the dataset came from and its title', () => {
    expect(key).toBe('url:/data/sample.json\nHand-computed review fixture');
    const file = new File(['{}'], 'team.json');
    expect(datasetIdentity({ kind: 'file', file, id: 3 }, 'T')).toBe('file:team.json\nT');
  });

  it('writes, reads back, and forgets the changes of one dataset only', async () => {
    const source = fixture();
    expect(await readLocalChanges(key)).toEqual({ changes: EMPTY_LOCAL_CHANGES, dropped: 0 });
    await updateLocalChanges(key, (c) => recordNotificationUpsert(c, newOne, source));
    await updateLocalChanges('url:/other.json\nOther', (c) => recordReview(c, q3Review, source));
    expect((await readLocalChanges(key)).changes).toEqual({ notifications: [{ op: 'upsert', notification: newOne }], reviews: [] });
    await clearLocalChanges(key);
    expect((await readLocalChanges(key)).changes).toEqual(EMPTY_LOCAL_CHANGES);
    expect((await readLocalChanges('url:/other.json\nOther')).changes.reviews).toEqual([q3Review]);
  });

  it('stores a batch whole or not at all', async () => {
    const source = fixture();
    const batch = [newOne, { ...newOne, id: 'L2', carats: -1 }];
    await expect(updateLocalChanges(key, (c) => batch.reduce((acc, n) => recordNotificationUpsert(acc, n, source), c))).rejects.toThrow();
    expect((await readLocalChanges(key)).changes).toEqual(EMPTY_LOCAL_CHANGES);
  });

  it('removes the record when no change is left', async () => {
    const source = fixture();
    await updateLocalChanges(key, (c) => recordNotificationUpsert(c, newOne, source));
    const left = await updateLocalChanges(key, (c) => recordNotificationDelete(c, 'L1', source));
    expect(countLocalChanges(left)).toBe(0);
    expect((await readLocalChanges(key)).changes).toEqual(EMPTY_LOCAL_CHANGES);
  });
});
