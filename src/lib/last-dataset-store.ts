/**
 * The last copy of each URL dataset that loaded, kept in the browser's
 * IndexedDB (through `idb`) with the time it was loaded, so a laptop that
 * loses its network, or a server that fails, still shows the data, marked as
 * an offline copy (never silently). This caches the data only; the app shell
 * is another matter (a service worker).
 *
 * One copy per source (its URL as given), replaced by each successful load;
 * at most `MAX_SOURCES` sources, the least recently loaded forgotten first.
 * The text is stored as fetched, and read back through the same parser.
 *
 * Its own database, so its versions never interfere with local changes'.
 * Every failure here (no IndexedDB, storage full, private mode) is quiet: the
 * copy is a convenience, the load itself already succeeded or failed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

const DB_NAME = 'kp-car-monitor-datasets';
const DB_VERSION = 1;
const STORE = 'lastDataset';
export const MAX_SOURCES = 5;

export interface KeptDataset {
  /** The source URL as given. */
  source: string;
  text: string;
  /** ISO timestamp of the successful load that stored it. */
  loadedAt: string;
  bytes: number;
}

interface LastDb extends DBSchema {
  lastDataset: { key: string; value: KeptDataset; indexes: { loadedAt: string } };
}

// One connection per IndexedDB factory (tests swap the factory for a fresh one).
let connection: { factory: IDBFactory; db: Promise<IDBPDatabase<LastDb>> } | null = null;

function database(): Promise<IDBPDatabase<LastDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('no IndexedDB'));
  if (connection === null || connection.factory !== indexedDB) {
    const db = openDB<LastDb>(DB_NAME, DB_VERSION, {
      upgrade(upgrading) {
        upgrading.createObjectStore(STORE, { keyPath: 'source' }).createIndex('loadedAt', 'loadedAt');
      },
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

/** Keeps `text` as the last copy of `source` (replacing the previous one) and forgets the oldest sources beyond the limit. */
export async function keepLastDataset(source: string, text: string, loadedAt: Date = new Date()): Promise<void> {
  const tx = (await database()).transaction(STORE, 'readwrite');
  await tx.store.put({ source, text, loadedAt: loadedAt.toISOString(), bytes: text.length });
  const keys = await tx.store.index('loadedAt').getAllKeys();
  // Oldest first: forget all but the newest MAX_SOURCES.
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_SOURCES))) await tx.store.delete(key);
  await tx.done;
}

/** The last copy of `source`, or null when there is none (or storage is unavailable). */
export async function readLastDataset(source: string): Promise<KeptDataset | null> {
  try {
    return (await (await database()).get(STORE, source)) ?? null;
  } catch {
    return null;
  }
}

/** Forgets the copy of one source. */
export async function forgetLastDataset(source: string): Promise<void> {
  await (await database()).delete(STORE, source);
}
