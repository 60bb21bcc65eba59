/**
 * The review's URL: `/review/:quarter?compare=<quarter>` (plus `data`), and
 * links from the review into the Notifications view, which reads exactly
 * `quarter`, `cert`, `office`, `status` and `list`.
 */
import type { Quarter } from '../../core';
import { keepDataParam, shortValue } from '../../lib/url-state';
import { reviewText } from './messages';

export const COMPARE_PARAM = 'compare';

export interface CompareChoice {
  compare: Quarter | null;
  notice: string | null;
}

/** The comparison quarter from the URL: a regime quarter other than the one reviewed, else none with a notice. */
export function pickCompare(raw: string | null, quarters: readonly Quarter[], quarter: Quarter): CompareChoice {
  if (raw === null || raw === '') return { compare: null, notice: null };
  if (raw === quarter) return { compare: null, notice: reviewText('compare.same', { quarter }) };
  if (quarters.includes(raw)) return { compare: raw, notice: null };
  return { compare: null, notice: reviewText('compare.unknown', { value: shortValue(raw) }) };
}

export type NotificationsTarget =
  | { cert: string; list?: 'unmatched' | 'duplicates' }
  | { office: string }
  | { status: 'confirmed' | 'discrepancy' | 'awaiting' | 'overdue' | 'late' }
  | { list: 'unmatched' | 'duplicates' };

/** `/notifications?quarter=…&…`, keeping the page's `data` parameter. */
export function notificationsLink(search: string, quarter: Quarter, target: NotificationsTarget): { pathname: string; search: string } {
  // The review writes thousands of these on a large dataset, from one search string: its `data`
  // part is read once (keepDataParam remembers it), and the rest written with one URLSearchParams.
  const params = new URLSearchParams({ quarter });
  for (const [key, value] of Object.entries(target)) if (value !== undefined) params.set(key, value);
  const data = keepDataParam(search);
  return { pathname: '/notifications', search: `${data === '' ? '?' : `${data}&`}${params.toString()}` };
}

/** `/review/<quarter>` keeping the page's search string (data source, comparison). */
export function reviewLink(search: string, quarter: Quarter): { pathname: string; search: string } {
  return { pathname: `/review/${quarter}`, search };
}

/** `review-2021-Q3.json` */
export function reviewFileName(quarter: Quarter, extension: 'json' | 'csv'): string {
  return `review-${quarter}.${extension}`;
}
