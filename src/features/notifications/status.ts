import type { ExportStatus } from '../../core';

export const STATUSES: readonly ExportStatus[] = ['confirmed', 'discrepancy', 'awaiting', 'overdue'];
/** The status filter: a status, `late` (confirmed after the due time, whatever the status), or all. */
export type StatusFilter = ExportStatus | 'late' | 'all';
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...STATUSES, 'late'];

export const STATUS_LABELS: Record<ExportStatus, string> = {
  confirmed: 'Confirmed',
  discrepancy: 'Discrepancy',
  awaiting: 'Awaiting',
  overdue: 'Overdue',
};

export const FILTER_LABELS: Record<StatusFilter, string> = { ...STATUS_LABELS, late: 'Late', all: 'All statuses' };

/** Sort order for the status column: what needs attention first. */
export const STATUS_RANK: Record<ExportStatus, number> = { overdue: 0, discrepancy: 1, awaiting: 2, confirmed: 3 };

/** "Confirmed, late" as one phrase (the table cell, the CSV). */
export function statusText(status: ExportStatus, late: boolean): string {
  return late ? `${STATUS_LABELS[status]}, late` : STATUS_LABELS[status];
}
