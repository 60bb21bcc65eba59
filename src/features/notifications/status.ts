import type { ExportStatus } from '../../core';
import { notificationText } from './messages';

export const STATUSES: readonly ExportStatus[] = ['confirmed', 'discrepancy', 'awaiting', 'overdue'];
/** The status filter: a status, `late` (confirmed after the due time, whatever the status), or all. */
export type StatusFilter = ExportStatus | 'late' | 'all';
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...STATUSES, 'late'];

/** "Confirmed", in the current language. */
export function statusLabel(status: ExportStatus): string {
  return notificationText(`status.${status}`);
}

/** A status filter's name: a status, "Late" or "All statuses". */
export function filterLabel(filter: StatusFilter): string {
  return notificationText(`status.${filter}`);
}

/** Sort order for the status column: what needs attention first. */
export const STATUS_RANK: Record<ExportStatus, number> = { overdue: 0, discrepancy: 1, awaiting: 2, confirmed: 3 };

/** "Confirmed, late" as one phrase (the CSV cell). */
export function statusText(status: ExportStatus, late: boolean): string {
  return late ? notificationText('status.withLate', { status: statusLabel(status) }) : statusLabel(status);
}
