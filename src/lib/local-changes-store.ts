/**
 * Where local changes live: the browser's IndexedDB (through `idb`), so they
 * survive a reload and closing the browser.
 *
 * One record per dataset, keyed by the dataset's identity: where it came from
 * (the URL as given, or the opened file's name) and its `meta.title`. The
 * same URL with a new title (a new edition of the file) starts clean rather
 * than laying old edits over different data; the same file opened again from
 * disk finds its changes. A dataset exported with its local changes and
 * opened as a file has another identity, so its changes are not applied twice.
 *
 * Every write is a read-modify-write inside one readwrite transaction: two
 * tabs writing at once cannot lose each other's changes, and a batch (a CSV
 * import) is stored whole or not at all.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { EMPTY_LOCAL_CHANGES, countLocalChanges, type LocalChanges } from '../core/localChanges';

/** Validation loads on demand: it needs the schema, which the first page does without. */
const recorder = () => import('../core/localChangesRecord');
import { sourceLabel, type DataSource } from './data-source';

const DB_NAME = 'kp-car-monitor';
const DB_VERSION = 1;
const STORE = 'localChanges';

interface StoredChanges extends LocalChanges {
  key: string;
  /** ISO timestamp of the last write. */
  updatedAt: string;
}

interface LocalDb extends DBSchema {
  localChanges: { key: string; value: StoredChanges };
}

/** The identity local changes are stored under: source kind and label, then the title. */
export function datasetIdentity(source: DataSource, title: string): string {
  return `${source.kind}:${sourceLabel(source)}\n${title}`;
}

// One connection per IndexedDB factory (tests swap the factory for a fresh one).
let connection: { factory: IDBFactory; db: Promise<IDBPDatabase<LocalDb>> } | null = null;

function database(): Promise<IDBPDatabase<LocalDb>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new Error('this browser offers no IndexedDB storage'));
  }
  if (connection === null || connection.factory !== indexedDB) {
    const db = openDB<LocalDb>(DB_NAME, DB_VERSION, {
      upgrade(upgrading) {
        upgrading.createObjectStore(STORE, { keyPath: 'key' });
      },
      // Another tab opens a newer version: step aside, reconnect next time.
      blocking() {
        void db.then((open) => open.close());
        connection = null;
      },
      terminated() {
        connection = null;
      },
    });
    db.catch(() => {
      connection = null;
    });
    connection = { factory: indexedDB, db };
  }
  return connection.db;
}

/** The stored changes for a dataset; entries that no longer validate are left out and counted. */
export async function readLocalChanges(key: string): Promise<{ changes: LocalChanges; dropped: number }> {
  const stored = await (await database()).get(STORE, key);
  if (stored === undefined) return { changes: EMPTY_LOCAL_CHANGES, dropped: 0 };
  // The validator (and the schema) loads only when there is something to check: a first visit does without it.
  const { parseLocalChanges } = await recorder();
  return parseLocalChanges(stored);
}

/** Applies `update` to the stored changes in one transaction and returns what was stored. */
export async function updateLocalChanges(key: string, update: (current: LocalChanges) => LocalChanges): Promise<LocalChanges> {
  // Loaded before the transaction opens: an IndexedDB transaction closes at the first await on anything else.
  const { parseLocalChanges } = await recorder();
  const tx = (await database()).transaction(STORE, 'readwrite');
  const stored = await tx.store.get(key);
  const next = update(stored === undefined ? EMPTY_LOCAL_CHANGES : parseLocalChanges(stored).changes);
  if (countLocalChanges(next) === 0) await tx.store.delete(key);
  else {
    await tx.store.put({
      key, notifications: next.notifications, reviews: next.reviews, updatedAt: new Date().toISOString(),
    });
  }
  await tx.done;
  return next;
}

/** Forgets every local change for a dataset. */
export async function clearLocalChanges(key: string): Promise<void> {
  await (await database()).delete(STORE, key);
}
