/**
 * Local changes in the app: read from IndexedDB when a dataset loads (so they
 * survive a reload), written through on every save, merged into the dataset
 * the views read. The app layout provides it above the dataset gate, so the
 * header can count, export and discard the changes.
 *
 * Views use `useLocalChanges()`:
 *   saveNotification(n) / saveNotifications(list) / deleteNotification(id)
 *   saveReview(record) / forgetReview(quarter) / discard()
 * Each returns a promise that settles once the change is stored; the merged
 * dataset (`useDataset()`) updates at the same time.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { EMPTY_LOCAL_CHANGES, applyLocalChanges, changeId, countLocalChanges, type LocalChanges } from '../core/localChanges';
import { checkQuality } from '../core/quality';
import type { Dataset, Notification, Quarter, ReviewRecord } from '../core/types';
import type { LoadedDataset } from './dataset-query';
import { formatCount } from './format';
import { clearLocalChanges, datasetIdentity, readLocalChanges, updateLocalChanges } from './local-changes-store';
import { sharedText } from './messages';
import { useDatasetQuery, type ViewDataset } from './use-dataset';

export type LocalChangesStatus = 'loading' | 'ready' | 'unavailable';

export interface LocalChangesApi {
  /** `loading` until the stored changes are read; `unavailable` when the browser cannot store them. */
  status: LocalChangesStatus;
  /** Why changes cannot be stored or were partly dropped; null when all is well. */
  problem: string | null;
  changes: LocalChanges;
  /** Records that differ from the source (one per notification id, one per review quarter). */
  count: number;
  /** The source with the changes applied, quality re-checked; null until both are read. */
  merged: ViewDataset | null;
  saveNotification: (notification: Notification) => Promise<void>;
  /** Several at once, in one transaction: all are stored or none (a CSV import). */
  saveNotifications: (notifications: readonly Notification[]) => Promise<void>;
  deleteNotification: (id: string) => Promise<void>;
  saveReview: (record: ReviewRecord) => Promise<void>;
  forgetReview: (quarter: Quarter) => Promise<void>;
  /** Forgets every local change of this dataset. */
  discard: () => Promise<void>;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** Recording validates with the schema, so it loads with the first change, not with the page. */
const recorder = () => import('../core/localChangesRecord');
type Recorder = Awaited<ReturnType<typeof recorder>>;

/** The view dataset: the loaded one with local changes applied and its quality re-checked. */
export function mergeLocalChanges(loaded: LoadedDataset, changes: LocalChanges): ViewDataset {
  if (countLocalChanges(changes) === 0) {
    return { ...loaded, sourceDataset: loaded.dataset, localNotificationIds: NO_IDS };
  }
  const dataset = applyLocalChanges(loaded.dataset, changes);
  const localNotificationIds = new Set(changes.notifications.flatMap((c) => (c.op === 'upsert' ? [c.notification.id] : [])));
  return { ...loaded, dataset, quality: checkQuality(dataset), sourceDataset: loaded.dataset, localNotificationIds };
}

/** The change this list holds for a notification id, as JSON (to compare), or '' for none. */
function changeOf(changes: LocalChanges, id: string): string {
  const found = changes.notifications.find((c) => changeId(c) === id);
  return found === undefined ? '' : JSON.stringify(found);
}

/**
 * An update of the stored changes: `stored` is what storage holds now, `seen`
 * what this tab showed when the person acted (another tab may have written
 * in between); `note` tells the person what was combined or replaced.
 */
type Update = (stored: LocalChanges, source: Dataset, rec: Recorder, seen: LocalChanges, note: (text: string) => void) => LocalChanges;

/** Notifications this tab saves or deletes that another tab had changed meanwhile: said, not silent. */
function noteOverwritten(stored: LocalChanges, seen: LocalChanges, ids: readonly string[], note: (text: string) => void) {
  const changed = ids.filter((id) => changeOf(stored, id) !== changeOf(seen, id));
  if (changed.length === 0) return;
  note(changed.length === 1
    ? sharedText('localChanges.overwrittenOne', { id: changed[0] })
    : sharedText('localChanges.overwritten', { n: formatCount(changed.length) }));
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Stored {
  key: string;
  changes: LocalChanges;
  status: Exclude<LocalChangesStatus, 'loading'>;
  problem: string | null;
}

const CHANNEL = 'kp-car-monitor-local-changes';
/** This tab, so it does not re-read what it has just written itself. */
const TAB = `${Date.now()}-${Math.random()}`;
const LocalChangesContext = createContext<LocalChangesApi | null>(null);

interface ChangedMessage {
  key: string;
  tab: string;
}

/** Tells other tabs showing the same dataset to read its changes again. */
function tellOtherTabs(key: string) {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ key, tab: TAB } satisfies ChangedMessage);
  channel.close();
}

/** Reads and keeps the local changes of the dataset being shown. */
export function LocalChangesProvider({ children }: { children: ReactNode }) {
  const { data: loaded } = useDatasetQuery();
  const key = loaded ? datasetIdentity(loaded.source, loaded.dataset.meta.title) : null;
  const [stored, setStored] = useState<Stored | null>(null);
  // Bumped when another tab writes the same dataset's changes.
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    readLocalChanges(key).then(
      ({ changes, dropped }) => {
        if (cancelled) return;
        const problem = dropped > 0 ? sharedText('localChanges.dropped', { count: dropped, n: formatCount(dropped) }) : null;
        setStored({ key, changes, status: 'ready', problem });
      },
      (error: unknown) => {
        if (cancelled) return;
        setStored({ key, changes: EMPTY_LOCAL_CHANGES, status: 'unavailable', problem: sharedText('localChanges.unavailable', { reason: reason(error) }) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, reloads]);

  useEffect(() => {
    if (key === null || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<ChangedMessage>) => {
      if (event.data?.key === key && event.data.tab !== TAB) setReloads((n) => n + 1);
    };
    return () => channel.close();
  }, [key]);

  const current = stored !== null && stored.key === key ? stored : null;
  const changes = current?.changes ?? EMPTY_LOCAL_CHANGES;
  // What this tab shows, read when the person acts (a write compares it with what is stored by then).
  const seenRef = useRef(changes);
  useEffect(() => {
    seenRef.current = changes;
  }, [changes]);
  const merged = useMemo(
    () => (loaded && current ? mergeLocalChanges(loaded, current.changes) : null),
    // `current` changes identity only with the stored changes or the key.
    [loaded, current],
  );

  // Each write is a read-modify-write in one IndexedDB transaction, applied to what is stored (not to
  // what this tab last read), so two tabs writing at once both keep their changes.
  const write = useCallback(
    async (update: Update) => {
      if (key === null || !loaded) throw new Error(sharedText('localChanges.noDataset'));
      const seen = seenRef.current;
      const rec = await recorder();
      let notice: string | null = null;
      const next = await updateLocalChanges(key, (c) => update(c, loaded.dataset, rec, seen, (text) => {
        notice = notice === null ? text : `${notice} ${text}`;
      }));
      seenRef.current = next;
      setStored({ key, changes: next, status: 'ready', problem: notice });
      tellOtherTabs(key);
    },
    [key, loaded],
  );

  /** A review edit, replayed on the stored record when another tab changed it meanwhile (core/reviewMerge). */
  const editReview = useCallback(
    (quarter: Quarter, nextOf: (source: Dataset) => ReviewRecord) => write((c, source, rec, seen, note) => {
      const inSource = source.reviews.find((r) => r.quarter === quarter);
      const fallback: ReviewRecord = inSource ?? { quarter, status: 'draft', findings: [], signedOff: null };
      const stored = c.reviews.find((r) => r.quarter === quarter) ?? fallback;
      const base = seen.reviews.find((r) => r.quarter === quarter) ?? fallback;
      const { record, concurrent, conflicts } = rec.mergeReviewEdit(stored, base, nextOf(source));
      if (concurrent) {
        note(conflicts.length > 0
          ? sharedText('localChanges.reviewConflicts', { quarter, conflicts: conflicts.join(sharedText('separator')) })
          : sharedText('localChanges.reviewConcurrent', { quarter }));
      }
      if (inSource === undefined && rec.isEmptyReview(record)) return rec.forgetReview(c, quarter);
      return rec.recordReview(c, record, source);
    }),
    [write],
  );

  // The actions keep their identity while the dataset stays the same, so hooks can depend on them.
  const actions = useMemo(() => ({
    saveNotification: (n: Notification) => write((c, source, rec, seen, note) => {
      noteOverwritten(c, seen, [n.id], note);
      return rec.recordNotificationUpsert(c, n, source);
    }),
    saveNotifications: (list: readonly Notification[]) => write((c, source, rec, seen, note) => {
      noteOverwritten(c, seen, list.map((n) => n.id), note);
      return list.reduce((acc, n) => rec.recordNotificationUpsert(acc, n, source), c);
    }),
    deleteNotification: (id: string) => write((c, source, rec, seen, note) => {
      noteOverwritten(c, seen, [id], note);
      return rec.recordNotificationDelete(c, id, source);
    }),
    saveReview: (record: ReviewRecord) => editReview(record.quarter, () => record),
    // Back to the source's record (or none): the same merge, so another tab's newer changes are not dropped unseen.
    forgetReview: (quarter: Quarter) => editReview(quarter, (source) =>
      source.reviews.find((r) => r.quarter === quarter) ?? { quarter, status: 'draft', findings: [], signedOff: null }),
    discard: async () => {
      if (key === null) return;
      await clearLocalChanges(key);
      setStored({ key, changes: EMPTY_LOCAL_CHANGES, status: 'ready', problem: null });
      tellOtherTabs(key);
    },
  }), [write, editReview, key]);

  const api = useMemo<LocalChangesApi>(() => ({
    status: current?.status ?? 'loading',
    problem: current?.problem ?? null,
    changes,
    count: countLocalChanges(changes),
    merged,
    ...actions,
  }), [current, changes, merged, actions]);

  return <LocalChangesContext value={api}>{children}</LocalChangesContext>;
}

/** The local changes of the dataset being shown, and the ways to change them. */
export function useLocalChanges(): LocalChangesApi {
  const value = useContext(LocalChangesContext);
  if (value === null) throw new Error('useLocalChanges needs a <LocalChangesProvider> above it (the app layout)');
  return value;
}
