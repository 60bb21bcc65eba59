import type { Filters } from './url';

/** "notifications-exports-2021-Q3-overdue.csv". */
export function csvFileName(filters: Filters): string {
  const parts = ['notifications', filters.list, filters.quarter === 'all' ? 'all-quarters' : filters.quarter];
  if (filters.list === 'exports' && filters.status !== 'all') parts.push(filters.status);
  for (const extra of [filters.zone, filters.destination, filters.office]) if (extra) parts.push(extra);
  if (filters.q.trim() !== '') parts.push('search');
  return `${parts.join('-').replace(/[^A-Za-z0-9-]+/g, '_')}.csv`;
}
