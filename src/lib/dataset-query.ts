/**
 * Loading a dataset: a plain loader, a `queryOptions` factory (the key is
 * never retyped) and the QueryClient defaults the app runs with.
 *
 * The loader never lets a bad source take the tab down: a document over the
 * size limit is refused before it is read (File.size, Content-Length, then
 * bytes counted while streaming); a silent server fails after the timeout; a
 * transient failure (no answer, 5xx) is retried twice by itself; and when a
 * URL source still cannot be reached, the last copy that loaded from it is
 * shown instead, marked as such (`offline`). Limits: load-limits.ts.
 */
import { QueryClient, queryOptions } from '@tanstack/react-query';
import { resolveAsOf } from '../core/asOf';
import { localToday } from '../core/dates';
import type { QualityIssue } from '../core/quality';
import type { Dataset, IsoDate } from '../core/types';
import { parseOffMainThread, ReadingStopped } from './parse-off-thread';
import { looksLikeMarkup, type DatasetContent } from './dataset-transfer';
import { DatasetLoadError, isDatasetLoadError } from './dataset-error';
import { sourceLabel, type DataSource } from './data-source';
import { readLastDataset } from './last-dataset-store';
import { loadLimits, type LoadLimits } from './load-limits';
import { reportLoadProgress } from './load-progress';

/** The last copy that loaded from a source, shown because the source cannot be reached now. */
export interface OfflineCopy {
  /** ISO timestamp of the load that stored the copy. */
  loadedAt: string;
  /** Why the source could not be reached this time. */
  error: DatasetLoadError;
}

export interface LoadedDataset {
  source: DataSource;
  dataset: Dataset;
  /** Referential and semantic problems; the dataset still loads. */
  quality: QualityIssue[];
  /** The dataset's own as-of date, else the day it was loaded. */
  asOf: IsoDate;
  /** Set when this is the kept copy standing in for an unreachable source. */
  offline?: OfflineCopy | undefined;
}

export interface LoadOptions {
  signal?: AbortSignal | undefined;
  today?: IsoDate;
  limits?: LoadLimits;
  /** Bytes received so far, and the total when the server said it. */
  onProgress?: (bytes: number, total: number | null) => void;
}

function contentLength(response: Response): number | null {
  const raw = response.headers?.get('content-length');
  const n = raw === null || raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Fetches the document with a silence timeout (reset by every piece that
 * arrives) and the size limit, streaming the body so a document without a
 * Content-Length stops being read as soon as it passes the limit.
 */
async function fetchContent(url: string, options: LoadOptions & { limits: LoadLimits }): Promise<{ content: DatasetContent; html: boolean }> {
  const { signal, limits, onProgress } = options;
  const controller = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // Aborting the request ends a pending read too; cancelling the reader makes sure of it.
  const stop = () => {
    controller.abort(signal?.reason);
    void reader?.cancel().catch(() => undefined);
  };
  signal?.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  let received = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, limits.timeoutMs);
  };
  /** What an interrupted fetch or read means: our timeout, the caller's cancel, or the network. */
  const failure = (error: unknown): unknown => {
    if (timedOut) return DatasetLoadError.timeout(url, limits.timeoutMs, received);
    if (signal?.aborted) return error;
    return DatasetLoadError.network(url);
  };

  arm();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw DatasetLoadError.http(url, response.status, response.statusText);
    }
    const total = contentLength(response);
    if (total !== null && total > limits.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw DatasetLoadError.tooLarge(url, total, limits.maxBytes);
    }
    const html = (response.headers?.get('content-type') ?? '').includes('text/html');
    onProgress?.(0, total);
    reader = response.body?.getReader?.();
    if (!reader) {
      // No stream to read piece by piece (an old browser, a test double): read it whole.
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw failure(error);
      }
      if (text.length > limits.maxBytes) throw DatasetLoadError.tooLargeUnknown(url, limits.maxBytes);
      return { content: text, html };
    }
    // The bytes as they come; the worker decodes them (parse-off-thread.ts).
    const parts: Uint8Array[] = [];
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw failure(error);
      }
      if (timedOut || signal?.aborted) throw failure(signal?.reason);
      if (chunk.done) break;
      received += chunk.value.byteLength;
      if (received > limits.maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw DatasetLoadError.tooLargeUnknown(url, limits.maxBytes);
      }
      arm();
      parts.push(chunk.value);
      onProgress?.(received, total);
    }
    return { content: parts, html };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

async function readFileText(file: File, maxBytes: number): Promise<string> {
  // Refused before a byte is read: the size is known up front.
  if (file.size > maxBytes) throw DatasetLoadError.tooLarge(file.name, file.size, maxBytes);
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/**
 * Validates a dataset document with the core (off the main thread); an invalid one is a typed error.
 * A URL source's document that loads is kept as its last copy (`keep`), for when it cannot be reached.
 */
async function fromContent(source: DataSource, content: DatasetContent, html: boolean, today: IsoDate, keep: boolean): Promise<LoadedDataset> {
  // Read before parsing: a download's bytes are handed over to the worker.
  const looksHtml = html || looksLikeMarkup(content);
  const result = await parseOffMainThread(content, keep && source.kind === 'url' ? source.url : null).catch((error: unknown) => {
    throw error instanceof ReadingStopped ? DatasetLoadError.readingStopped(sourceLabel(source)) : error;
  });
  if (!result.ok) {
    throw DatasetLoadError.invalid(sourceLabel(source), result.errors, looksHtml ? 'htmlPage' : null);
  }
  return { source, dataset: result.dataset, quality: result.quality, asOf: resolveAsOf(result.dataset, today) };
}

/** One attempt: fetches or reads the source and validates it with the core (keeping a URL source's copy when it loads). */
export async function loadDatasetOnce(source: DataSource, options: LoadOptions = {}): Promise<LoadedDataset> {
  const limits = options.limits ?? loadLimits();
  const { content, html } = source.kind === 'file'
    ? { content: await readFileText(source.file, limits.maxBytes), html: false }
    : await fetchContent(source.url, { ...options, limits });
  return fromContent(source, content, html, options.today ?? localToday(), true);
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', cancel);
      resolve();
    }, ms);
    const cancel = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', cancel, { once: true });
  });
}

/** The kept copy of a URL source, parsed, standing in after `error`; null when there is none that loads. */
async function keptCopy(source: Extract<DataSource, { kind: 'url' }>, error: DatasetLoadError, today: IsoDate): Promise<LoadedDataset | null> {
  const kept = await readLastDataset(source.url);
  if (kept === null) return null;
  try {
    const loaded = await fromContent(source, kept.text, false, today, false);
    return { ...loaded, offline: { loadedAt: kept.loadedAt, error } };
  } catch {
    // A copy this version cannot read (the format changed): the failure stands.
    return null;
  }
}

/**
 * Loads the source: transient failures retried by themselves (twice, after
 * 1 s then 2 s), a copy kept on success, the kept copy shown when the
 * source still cannot be reached. Progress and retries are reported for
 * the loading screen.
 */
export async function loadDataset(source: DataSource, options: LoadOptions = {}): Promise<LoadedDataset> {
  const limits = options.limits ?? loadLimits();
  const today = options.today ?? localToday();
  const label = sourceLabel(source);
  let failedAttempts = 0;
  let lastFailure: string | null = null;
  let reportedAt = 0;
  const onProgress = (bytes: number, total: number | null) => {
    options.onProgress?.(bytes, total);
    // A few updates a second are enough for a progress line.
    const now = Date.now();
    if (bytes !== 0 && bytes !== total && now - reportedAt < 150) return;
    reportedAt = now;
    reportLoadProgress(label, { bytes, total, failedAttempts, lastFailure });
  };
  try {
    for (;;) {
      try {
        return await loadDatasetOnce(source, { ...options, limits, today, onProgress });
      } catch (error) {
        if (options.signal?.aborted || !isDatasetLoadError(error) || !error.retriesByItself || failedAttempts >= limits.retries) {
          throw error;
        }
        lastFailure = error.reason;
        failedAttempts += 1;
        reportLoadProgress(label, { bytes: 0, total: null, failedAttempts, lastFailure });
        await pause(limits.retryDelayMs * 2 ** (failedAttempts - 1), options.signal);
      }
    }
  } catch (error) {
    if (source.kind === 'url' && isDatasetLoadError(error) && error.transient) {
      const copy = await keptCopy(source, error, today);
      if (copy !== null) return copy;
    }
    throw error;
  } finally {
    reportLoadProgress(label, null);
  }
}

export const datasetKeys = {
  all: ['dataset'] as const,
  source: (source: DataSource) =>
    source.kind === 'file'
      ? ([...datasetKeys.all, 'file', source.id, source.file.name] as const)
      : ([...datasetKeys.all, 'url', source.url] as const),
};

export function datasetQueryOptions(source: DataSource) {
  return queryOptions({
    queryKey: datasetKeys.source(source),
    queryFn: ({ signal }) => loadDataset(source, { signal }),
    // The loader retries by itself (and falls back to the kept copy after).
    retry: false,
    // A loaded document does not change under us; reload the page for a fresh copy.
    staleTime: Infinity,
    // A failure already had its retries (and the kept copy): a view mounting after it shows it, with
    // its Retry, rather than requesting again (the first request starts before any view, see below).
    retryOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Retry transient failures (no answer, 5xx) twice; never a 4xx, a timeout or an invalid dataset. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isDatasetLoadError(error) && error.retriesByItself && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // 'always': a local file or the embedded sample must load even when the
      // browser believes it is offline (a projector laptop at a plenary).
      queries: { networkMode: 'always', retry: shouldRetry },
      mutations: { networkMode: 'always' },
    },
  });
}

let startupClient: QueryClient | null = null;

/**
 * Called by src/app/start.tsx as the app starts: makes the app's QueryClient and starts
 * loading the page URL's dataset at once, so the download overlaps the loading
 * of the first view's code (and of the French words) instead of following them.
 * The views' query then joins the request under way (same key). A file the
 * person opens later is loaded as usual.
 */
export function startLoadingAtStartup(source: Extract<DataSource, { kind: 'url' }>): QueryClient {
  startupClient ??= createQueryClient();
  void startupClient.prefetchQuery(datasetQueryOptions(source));
  return startupClient;
}

/** The client made at start-up, if any (never in tests, which do not run main.tsx). */
export function startupQueryClient(): QueryClient | null {
  return startupClient;
}
