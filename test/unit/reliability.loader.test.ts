/**
 * The loader against a bad source: too large (refused before reading), silent
 * (timeout), failing (404, 500, no answer), answering garbage, or in a newer
 * format; each ends in a typed error with its own message, transient ones
 * are retried, and the last copy that loaded stands in when the source
 * cannot be reached.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { loadDataset } from '../../src/lib/dataset-query';
import { DatasetLoadError } from '../../src/lib/dataset-error';
import { keepLastDataset, readLastDataset, MAX_SOURCES } from '../../src/lib/last-dataset-store';
import { formatBytes, LOAD_LIMITS, loadLimits, type LoadLimits } from '../../src/lib/load-limits';
import type { DataSource } from '../../src/lib/data-source';
import { fixtureInput } from './fixture';

const TODAY = '2021-09-30';
const limits: LoadLimits = { ...LOAD_LIMITS, timeoutMs: 100, retryDelayMs: 1 };
const url = (u: string): DataSource => ({ kind: 'url', url: u, origin: 'query' });
const text = JSON.stringify(fixtureInput());

function stubFetch(impl: (url: string, init: RequestInit) => Promise<Response>) {
  const fn = vi.fn(impl);
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** Rejects like a real fetch when the request is aborted; otherwise never settles. */
const silent = (_url: string, init: RequestInit) => new Promise<Response>((_, reject) => {
  init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
});

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

/** A body of `chunks` pieces of `size` bytes (forever when chunks is Infinity), counting what was pulled. */
function body(size: number, chunks: number, pulled: { n: number }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.n += 1;
      if (pulled.n > chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(32));
    },
  }, { highWaterMark: 0 });
}

async function kept(source: string) {
  // The copy is written after the load returns: wait for it.
  for (let i = 0; i < 50; i += 1) {
    const copy = await readLastDataset(source);
    if (copy) return copy;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.unstubAllGlobals();
  globalThis.__KP_LOAD_LIMITS__ = undefined;
});

describe('limits', () => {
  it('has one place for them, overridable only with sensible numbers', () => {
    expect(loadLimits()).toEqual(LOAD_LIMITS);
    globalThis.__KP_LOAD_LIMITS__ = { timeoutMs: 500, maxBytes: -1, retries: Number.NaN };
    expect(loadLimits()).toEqual({ ...LOAD_LIMITS, timeoutMs: 500 });
    expect(formatBytes(1_200_000_000)).toBe('1.2 GB');
    expect(formatBytes(200_000_000)).toBe('200 MB');
    expect(formatBytes(850_000)).toBe('850 kB');
    expect(formatBytes(12)).toBe('12 bytes');
  });
});

describe('a document too large', () => {
  it('an opened file over the limit is refused from its size, before a byte is read', async () => {
    const file = { name: 'huge.json', size: 1_200_000_000, text: vi.fn(), stream: vi.fn() } as unknown as File;
    const error = await failure(loadDataset({ kind: 'file', file, id: 1 }, { limits, today: TODAY }));
    expect(error.kind).toBe('tooLarge');
    expect(error.reason).toBe('This file is 1.2 GB; the dashboard reads files up to 200 MB.');
    expect(file.text).not.toHaveBeenCalled();
  });

  it('a URL whose Content-Length is over the limit is refused before its body is read', async () => {
    const pulled = { n: 0 };
    stubFetch(async () => new Response(body(1000, Infinity, pulled), { headers: { 'content-length': '300000000' } }));
    const error = await failure(loadDataset(url('/big.json'), { limits, today: TODAY }));
    expect(error.kind).toBe('tooLarge');
    expect(error.reason).toBe('This file is 300 MB; the dashboard reads files up to 200 MB.');
    expect(pulled.n).toBe(0);
  });

  it('a URL with no Content-Length stops being read as soon as it passes the limit', async () => {
    const pulled = { n: 0 };
    stubFetch(async () => new Response(body(65_536, Infinity, pulled)));
    const error = await failure(loadDataset(url('/endless.json'), { limits: { ...limits, maxBytes: 1_000_000 }, today: TODAY }));
    expect(error.kind).toBe('tooLarge');
    expect(error.reason).toBe('This file is over 1 MB (reading stopped there); the dashboard reads files up to 1 MB.');
    expect(pulled.n).toBeLessThanOrEqual(17);
  });
});

describe('a slow or silent server', () => {
  it('fails after the timeout with its own message, and is not retried by itself', async () => {
    const fetchMock = stubFetch(silent);
    const error = await failure(loadDataset(url('/slow.json'), { limits, today: TODAY }));
    expect(error.kind).toBe('timeout');
    expect(error.reason).toBe('the server did not answer within 0.1 s');
    expect(error.transient).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a server that stops sending half-way fails the same way, saying how much arrived', async () => {
    stubFetch(async () => new Response(new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"sch'));
      },
    })));
    const error = await failure(loadDataset(url('/stalls.json'), { limits, today: TODAY }));
    expect(error.reason).toBe('the server stopped sending for 0.1 s after 5 bytes');
  });

  it('a slow server that keeps sending loads, reporting its progress', async () => {
    const pieces = [text.slice(0, 100), text.slice(100, 2000), text.slice(2000)];
    stubFetch(async () => new Response(new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 60)); // each piece within the 100 ms silence limit, the whole beyond it
        const next = pieces.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    }), { headers: { 'content-length': String(new TextEncoder().encode(text).length) } }));
    const progress: number[] = [];
    const loaded = await loadDataset(url('/slow-but-sure.json'), { limits, today: TODAY, onProgress: (bytes) => progress.push(bytes) });
    expect(loaded.dataset.meta.title).toBe('Hand-computed review fixture');
    expect(progress).toEqual([0, 100, 2000, text.length]);
  });
});

describe('a server that answers with an error', () => {
  it('404: says there is nothing at the address, and is not retried by itself', async () => {
    const fetchMock = stubFetch(async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    const error = await failure(loadDataset(url('/missing.json'), { limits, today: TODAY }));
    expect(error.kind).toBe('http');
    expect(error.reason).toBe('the server answered 404 Not Found: there is no dataset at this address');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('500: retried twice by itself, then the failure is reported', async () => {
    const fetchMock = stubFetch(async () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    const error = await failure(loadDataset(url('/broken-server.json'), { limits, today: TODAY }));
    expect(error.reason).toBe('the server answered 500 Internal Server Error: a fault on the server’s side, which often passes');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('500 once, then fine: the automatic retry loads it', async () => {
    let calls = 0;
    stubFetch(async () => ((calls += 1) === 1 ? new Response('', { status: 503 }) : new Response(text)));
    expect((await loadDataset(url('/flaky.json'), { limits, today: TODAY })).dataset.meta.title).toBe('Hand-computed review fixture');
  });

  it('no answer at all: a network failure', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(loadDataset(url('http://127.0.0.1:1/x.json'), { limits, today: TODAY }));
    expect(error.kind).toBe('network');
    expect(error.reason).toBe('no answer: the network or the server is unreachable');
    expect(DatasetLoadError.network('x', true).reason).toBe('no answer: this computer is offline (no network connection)');
  });

  it('a document the browser stopped reading: said so, neither retried by itself nor replaced by a kept copy', () => {
    const error = DatasetLoadError.readingStopped('/big.json');
    expect(error.kind).toBe('readingStopped');
    expect(error.reason).toBe('the browser stopped reading it part-way, perhaps for lack of memory');
    expect(error.transient).toBe(false);
    expect(error.retriesByItself).toBe(false);
  });
});

describe('a document that is not a dataset this dashboard reads', () => {
  it('invalid JSON: path-precise, not transient', async () => {
    stubFetch(async () => new Response(text.slice(0, 200)));
    const error = await failure(loadDataset(url('/cut.json'), { limits, today: TODAY }));
    expect(error.kind).toBe('invalid');
    expect(error.transient).toBe(false);
    expect(error.errors[0]).toMatchObject({ path: '(document)', message: expect.stringMatching(/^not valid JSON/) });
  });

  it('a newer schemaVersion: refused whole with a message saying so', async () => {
    stubFetch(async () => new Response(JSON.stringify({ ...fixtureInput(), schemaVersion: 2, exports: 'changed shape' })));
    const error = await failure(loadDataset(url('/v2.json'), { limits, today: TODAY }));
    expect(error.kind).toBe('newerVersion');
    expect(error.errors).toHaveLength(1);
    expect(error.reason).toMatch(/^this file uses format version 2; this dashboard reads version 1/);
  });
});

describe('the last copy that loaded', () => {
  it('stands in when the source cannot be reached (no answer, 5xx, timeout), marked with when it was loaded and why', async () => {
    stubFetch(async () => new Response(text));
    await loadDataset(url('/team.json'), { limits, today: TODAY });
    const copy = await kept('/team.json');
    expect(copy?.text).toBe(text);

    for (const failing of [
      async () => { throw new TypeError('Failed to fetch'); },
      async () => new Response('', { status: 502, statusText: 'Bad Gateway' }),
      silent,
    ]) {
      stubFetch(failing);
      const loaded = await loadDataset(url('/team.json'), { limits, today: TODAY });
      expect(loaded.offline?.loadedAt).toBe(copy!.loadedAt);
      expect(loaded.offline?.error.transient).toBe(true);
      expect(loaded.dataset.meta.title).toBe('Hand-computed review fixture');
    }
  });

  it('does not stand in for a 404, an invalid document or another source', async () => {
    await keepLastDataset('/team.json', text);
    stubFetch(async () => new Response('', { status: 404 }));
    expect((await failure(loadDataset(url('/team.json'), { limits, today: TODAY }))).kind).toBe('http');
    stubFetch(async () => new Response('{"schemaVersion": 1'));
    expect((await failure(loadDataset(url('/team.json'), { limits, today: TODAY }))).kind).toBe('invalid');
    stubFetch(async () => { throw new TypeError('Failed to fetch'); });
    expect((await failure(loadDataset(url('/other.json'), { limits, today: TODAY }))).kind).toBe('network');
  });

  it('is one copy per source, replaced by each successful load, for a few sources at most', async () => {
    await keepLastDataset('/a.json', 'first', new Date('2025-01-01T10:00:00Z'));
    await keepLastDataset('/a.json', 'second', new Date('2025-01-01T11:00:00Z'));
    expect(await readLastDataset('/a.json')).toMatchObject({ text: 'second', loadedAt: '2025-01-01T11:00:00.000Z' });
    for (let i = 0; i < MAX_SOURCES; i += 1) await keepLastDataset(`/s${i}.json`, 'x', new Date(Date.UTC(2025, 1, 1, i)));
    expect(await readLastDataset('/a.json')).toBeNull();
    expect(await readLastDataset(`/s${MAX_SOURCES - 1}.json`)).not.toBeNull();
  });

  it('is not needed to load, and a missing IndexedDB changes nothing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    stubFetch(async () => new Response(text));
    expect((await loadDataset(url('/team.json'), { limits, today: TODAY })).offline).toBeUndefined();
    stubFetch(async () => { throw new TypeError('Failed to fetch'); });
    expect((await failure(loadDataset(url('/team.json'), { limits, today: TODAY }))).kind).toBe('network');
  });
});
