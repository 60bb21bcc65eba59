/**
 * The table as CSV: the rows and columns shown, in the order shown (formula-looking cells neutralised by the core's writer).
 * Headers and status words are the table's, in the current language (a download of what a person sees, not a
 * file format other tools read); numbers and dates stay plain (1234.5, 2021-03-31) so spreadsheets read them.
 */
import { toCsv } from '../../core';
import type { ColumnSpec } from './columns';
import type { Filters } from './url';

export function tableCsv<T>(specs: readonly ColumnSpec<T>[], rows: readonly T[]): string {
  return toCsv(specs.map((s) => s.label()), rows.map((row) => specs.map((s) => s.csv(row))));
}

/** "notifications-exports-2021-Q3-overdue.csv". */
export function csvFileName(filters: Filters): string {
  const parts = ['notifications', filters.list, filters.quarter === 'all' ? 'all-quarters' : filters.quarter];
  if (filters.list === 'exports' && filters.status !== 'all') parts.push(filters.status);
  for (const extra of [filters.zone, filters.destination, filters.office]) if (extra) parts.push(extra);
  if (filters.q.trim() !== '') parts.push('search');
  return `${parts.join('-').replace(/[^A-Za-z0-9-]+/g, '_')}.csv`;
}
