/**
 * Why a dataset could not be loaded, as a typed error so screens and retry
 * rules can tell the kinds apart:
 * - `network`: no answer (offline, DNS, CORS, server down);
 * - `http`: the server answered with a status that is not OK (404, 500...);
 * - `invalid`: the document arrived but is not a valid dataset (never retried).
 */
import type { StructuralError } from '../core';

export type DatasetErrorKind = 'network' | 'http' | 'invalid';

const STATUS_TEXTS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

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

  static network(source: string): DatasetLoadError {
    return new DatasetLoadError('network', source, 'no answer: the network or the server is unreachable');
  }

  static http(source: string, status: number, statusText: string): DatasetLoadError {
    const text = statusText.trim() || STATUS_TEXTS[status] || '';
    return new DatasetLoadError('http', source, `the server answered ${status}${text ? ` ${text}` : ''}`, status);
  }

  static invalid(source: string, errors: StructuralError[], hint: string | null = null): DatasetLoadError {
    const reason = `${errors.length} problem${errors.length === 1 ? '' : 's'} in the document`;
    return new DatasetLoadError('invalid', source, reason, null, errors, hint);
  }

  /** Worth trying again by itself: no answer, or a server-side (5xx) failure. */
  get transient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && this.status !== null && this.status >= 500);
  }
}

export function isDatasetLoadError(error: unknown): error is DatasetLoadError {
  return error instanceof DatasetLoadError;
}
