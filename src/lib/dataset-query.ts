/**
 * Loading a dataset: a plain loader, a `queryOptions` factory (the key is
 * never retyped) and the QueryClient defaults the app runs with.
 */
import { QueryClient, queryOptions } from '@tanstack/react-query';
import { resolveAsOf } from '../core/asOf';
import { localToday } from '../core/dates';
import type { QualityIssue } from '../core/quality';
import type { Dataset, IsoDate } from '../core/types';
import { parseOffMainThread } from './parse-off-thread';
import { DatasetLoadError, isDatasetLoadError } from './dataset-error';
import { sourceLabel, type DataSource } from './data-source';

export interface LoadedDataset {
  source: DataSource;
  dataset: Dataset;
  /** Referential and semantic problems; the dataset still loads. */
  quality: QualityIssue[];
  /** The dataset's own as-of date, else the day it was loaded. */
  asOf: IsoDate;
}

const HTML_HINT = 'The server sent a web page instead of JSON: the URL is probably wrong.';

async function fetchText(url: string, signal?: AbortSignal): Promise<{ text: string; html: boolean }> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw DatasetLoadError.network(url);
  }
  if (!response.ok) throw DatasetLoadError.http(url, response.status, response.statusText);
  const type = response.headers?.get('content-type') ?? '';
  return { text: await response.text(), html: type.includes('text/html') };
}

async function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** Fetches or reads the source and validates it with the core. */
export async function loadDataset(source: DataSource, signal?: AbortSignal, today: IsoDate = localToday()): Promise<LoadedDataset> {
  const label = sourceLabel(source);
  const { text, html } = source.kind === 'file'
    ? { text: await readFileText(source.file), html: false }
    : await fetchText(source.url, signal);
  const result = await parseOffMainThread(text);
  if (!result.ok) {
    const looksHtml = html || /^\s*</.test(text);
    throw DatasetLoadError.invalid(label, result.errors, looksHtml ? HTML_HINT : null);
  }
  return { source, dataset: result.dataset, quality: result.quality, asOf: resolveAsOf(result.dataset, today) };
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
    queryFn: ({ signal }) => loadDataset(source, signal),
    // A loaded document does not change under us; reload the page for a fresh copy.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Retry transient failures (no answer, 5xx) twice; never a 4xx or an invalid dataset. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isDatasetLoadError(error) && error.transient && failureCount < 2;
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
