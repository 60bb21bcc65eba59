/**
 * Why a dataset could not be loaded, as a typed error so screens and retry
 * rules can tell the kinds apart:
 * - `network`: no answer at all (offline, DNS, CORS, server down);
 * - `timeout`: the server stayed silent longer than the limit;
 * - `http`: the server answered with a status that is not OK (404, 500...);
 * - `tooLarge`: the document is over the size the dashboard reads;
 * - `readingStopped`: the document arrived, but the browser stopped reading it (the dataset
 *   worker stopped part-way, most likely out of memory);
 * - `invalid`: the document arrived but is not a valid dataset (never retried
 *   by itself), with `newerVersion` for a file in a format this dashboard
 *   does not know yet (refused whole, never half-read).
 */
import type { StructuralError } from '../core';
import { currentLocale, type Locale } from './i18n';
import { formatSize, formatWait } from './load-progress';
import { sharedText } from './messages';

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'tooLarge' | 'readingStopped' | 'invalid' | 'newerVersion';

const STATUS_TEXTS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

type Meaning = 'missing' | 'forbidden' | 'busy' | 'serverFault';

/** What a status means for the person waiting for the data. */
function statusMeaning(status: number): Meaning | null {
  if (status === 404 || status === 410) return 'missing';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 408 || status === 429) return 'busy';
  if (status >= 500) return 'serverFault';
  return null;
}

function offlineNow(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** What went wrong, in values; worded when read, in the language of the moment. */
type Detail =
  | { kind: 'network'; offline: boolean }
  | { kind: 'timeout'; ms: number; received: number }
  | { kind: 'http'; status: number; text: string }
  | { kind: 'tooLarge'; size: number | null; limit: number }
  | { kind: 'readingStopped' }
  | { kind: 'invalid'; count: number }
  | { kind: 'newerVersion'; message: string };

/** "This file is 1.2 GB; ...": the exact byte count when the rounded sizes would read the same. */
function tooLargeReason(size: number | null, limit: number, lng: Locale): string {
  const b = formatSize(limit, lng);
  if (size === null) return sharedText('load.tooLargeStopped', { limit: b, lng });
  const a = formatSize(size, lng);
  if (a !== b) return sharedText('load.tooLarge', { size: a, limit: b, lng });
  const exact = sharedText('load.exactBytes', { count: size, n: size.toLocaleString(lng === 'fr' ? 'fr-FR' : 'en-US'), lng });
  return sharedText(size > limit ? 'load.tooLargeOver' : 'load.tooLarge', { size: exact, limit: b, lng });
}

/** The core's English refusal of a newer format, worded again from its numbers (else as it is). */
function newerReason(message: string, lng: Locale): string {
  const numbers = /^this file uses format version (\d+); this dashboard reads version (\d+)\./.exec(message);
  if (numbers === null) return message;
  return sharedText('load.newerVersion', { version: numbers[1], supported: numbers[2], lng });
}

function describe(detail: Detail, lng: Locale): string {
  switch (detail.kind) {
    case 'network':
      return sharedText(detail.offline ? 'load.offline' : 'load.unreachable', { lng });
    case 'timeout':
      return detail.received > 0
        ? sharedText('load.stopped', { time: formatWait(detail.ms, lng), size: formatSize(detail.received, lng), lng })
        : sharedText('load.silent', { time: formatWait(detail.ms, lng), lng });
    case 'http': {
      const status = `${detail.status}${detail.text ? ` ${detail.text}` : ''}`;
      const meaning = statusMeaning(detail.status);
      return meaning === null
        ? sharedText('load.answered', { status, lng })
        : sharedText('load.answeredMeaning', { status, meaning: sharedText(`load.meaning.${meaning}`, { lng }), lng });
    }
    case 'tooLarge':
      return tooLargeReason(detail.size, detail.limit, lng);
    case 'readingStopped':
      return sharedText('load.readingStopped', { lng });
    case 'invalid':
      return sharedText('load.problems', { count: detail.count, n: detail.count.toLocaleString(lng === 'fr' ? 'fr-FR' : 'en-US'), lng });
    case 'newerVersion':
      return newerReason(detail.message, lng);
  }
}

export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';

  private constructor(
    readonly kind: DatasetErrorKind,
    /** Where the data came from: the URL or the file name. */
    readonly source: string,
    private readonly detail: Detail,
    readonly status: number | null = null,
    readonly errors: StructuralError[] = [],
    /** An extra hint: 'htmlPage' when the server sent a web page instead of JSON (worded by the screen). */
    readonly hint: 'htmlPage' | null = null,
  ) {
    // The developer's message (console) stays in English.
    super(`${source}: ${describe(detail, 'en')}`);
  }

  /** Why, in words for the screen, in the interface language of the moment. */
  get reason(): string {
    return describe(this.detail, currentLocale());
  }

  static network(source: string, offline = offlineNow()): DatasetLoadError {
    return new DatasetLoadError('network', source, { kind: 'network', offline });
  }

  /** Nothing (or nothing more) arrived for `ms`; `received` bytes had arrived before the silence. */
  static timeout(source: string, ms: number, received: number): DatasetLoadError {
    return new DatasetLoadError('timeout', source, { kind: 'timeout', ms, received });
  }

  static http(source: string, status: number, statusText: string): DatasetLoadError {
    // The server's own status text is protocol, not interface: it stays as sent.
    const text = statusText.trim() || STATUS_TEXTS[status] || '';
    return new DatasetLoadError('http', source, { kind: 'http', status, text }, status);
  }

  /** `size` bytes, over the `limit`; the reason is the whole sentence people read. */
  static tooLarge(source: string, size: number, limit: number): DatasetLoadError {
    return new DatasetLoadError('tooLarge', source, { kind: 'tooLarge', size, limit }, null);
  }

  /** A document larger than the limit whose full size is not known (no Content-Length, reading stopped). */
  static tooLargeUnknown(source: string, limit: number): DatasetLoadError {
    return new DatasetLoadError('tooLarge', source, { kind: 'tooLarge', size: null, limit });
  }

  /** The browser stopped reading a document that had arrived (parse-off-thread.ts). */
  static readingStopped(source: string): DatasetLoadError {
    return new DatasetLoadError('readingStopped', source, { kind: 'readingStopped' });
  }

  static invalid(source: string, errors: StructuralError[], hint: 'htmlPage' | null = null): DatasetLoadError {
    const newer = errors.find((e) => e.code === 'newerVersion');
    if (newer) return new DatasetLoadError('newerVersion', source, { kind: 'newerVersion', message: newer.message }, null, [newer]);
    return new DatasetLoadError('invalid', source, { kind: 'invalid', count: errors.length }, null, errors, hint);
  }

  /**
   * A failure of the way to the data, not of the data: no answer, no answer in
   * time, or a server-side (5xx) failure. The last copy that loaded may stand in.
   */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout'
      || (this.kind === 'http' && this.status !== null && (this.status >= 500 || this.status === 408 || this.status === 429));
  }

  /** Worth trying again by itself, at once: transient, except a timeout (the person has already waited). */
  get retriesByItself(): boolean {
    return this.transient && this.kind !== 'timeout';
  }
}

export function isDatasetLoadError(error: unknown): error is DatasetLoadError {
  return error instanceof DatasetLoadError;
}
