/**
 * Why a dataset could not be loaded, as a typed error so screens and retry
 * rules can tell the kinds apart:
 * - `network`: no answer at all (offline, DNS, CORS, server down);
 * - `timeout`: the server stayed silent longer than the limit;
 * - `http`: the server answered with a status that is not OK (404, 500...);
 * - `tooLarge`: the document is over the size the dashboard reads;
 * - `invalid`: the document arrived but is not a valid dataset (never retried
 *   by itself), with `newerVersion` for a file in a format this dashboard
 *   does not know yet (refused whole, never half-read).
 */
import type { StructuralError } from '../core';
import { formatBytes, formatSeconds } from './load-limits';

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'tooLarge' | 'invalid' | 'newerVersion';

const STATUS_TEXTS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** What a status means for the person waiting for the data. */
function statusMeaning(status: number): string | null {
  if (status === 404 || status === 410) return 'there is no dataset at this address';
  if (status === 401 || status === 403) return 'the server does not let this dashboard read the file';
  if (status === 408 || status === 429) return 'the server is busy';
  if (status >= 500) return 'a fault on the server’s side, which often passes';
  return null;
}

function offlineNow(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';

  private constructor(
    readonly kind: DatasetErrorKind,
    /** Where the data came from: the URL or the file name. */
    readonly source: string,
    /** Why, in words for the screen. */
    readonly reason: string,
    readonly status: number | null = null,
    readonly errors: StructuralError[] = [],
    /** An extra hint, e.g. the server sent a web page instead of JSON. */
    readonly hint: string | null = null,
  ) {
    super(`${source}: ${reason}`);
  }

  static network(source: string, offline = offlineNow()): DatasetLoadError {
    return new DatasetLoadError('network', source, offline
      ? 'no answer: this computer is offline (no network connection)'
      : 'no answer: the network or the server is unreachable');
  }

  /** Nothing (or nothing more) arrived for `ms`; `received` bytes had arrived before the silence. */
  static timeout(source: string, ms: number, received: number): DatasetLoadError {
    const reason = received > 0
      ? `the server stopped sending for ${formatSeconds(ms)} after ${formatBytes(received)}`
      : `the server did not answer within ${formatSeconds(ms)}`;
    return new DatasetLoadError('timeout', source, reason);
  }

  static http(source: string, status: number, statusText: string): DatasetLoadError {
    const text = statusText.trim() || STATUS_TEXTS[status] || '';
    const meaning = statusMeaning(status);
    return new DatasetLoadError('http', source, `the server answered ${status}${text ? ` ${text}` : ''}${meaning ? `: ${meaning}` : ''}`, status);
  }

  /** `size` bytes, over the `limit`; the reason is the whole sentence people read. */
  static tooLarge(source: string, size: number, limit: number): DatasetLoadError {
    const [a, b] = [formatBytes(size), formatBytes(limit)];
    const shown = a === b ? `${size.toLocaleString('en-US')} bytes` : a;
    const reason = `This file is ${size > limit && a === b ? `over ${b} (${shown})` : shown}; the dashboard reads files up to ${b}.`;
    return new DatasetLoadError('tooLarge', source, reason, null);
  }

  /** A document larger than the limit whose full size is not known (no Content-Length, reading stopped). */
  static tooLargeUnknown(source: string, limit: number): DatasetLoadError {
    return new DatasetLoadError('tooLarge', source,
      `This file is over ${formatBytes(limit)} (reading stopped there); the dashboard reads files up to ${formatBytes(limit)}.`);
  }

  static invalid(source: string, errors: StructuralError[], hint: string | null = null): DatasetLoadError {
    const newer = errors.find((e) => e.code === 'newerVersion');
    if (newer) return new DatasetLoadError('newerVersion', source, newer.message, null, [newer]);
    const reason = `${errors.length} problem${errors.length === 1 ? '' : 's'} in the document`;
    return new DatasetLoadError('invalid', source, reason, null, errors, hint);
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
