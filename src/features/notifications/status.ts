import type { ExportStatus } from '../../core';

export const STATUSES: readonly ExportStatus[] = ['confirmed', 'discrepancy', 'awaiting', 'overdue'];
export type StatusFilter = ExportStatus | 'all';
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...STATUSES];

export const STATUS_LABELS: Record<ExportStatus, string> = {
  confirmed: 'Confirmed',
  discrepancy: 'Discrepancy',
  awaiting: 'Awaiting',
  overdue: 'Overdue',
};
