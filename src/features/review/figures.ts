/** How the review writes its figures: labels and units of the headline measures, changes with their sign. */
import type { Change, HeadlineKey } from '../../core';
import { formatCarats, formatCount, formatNumber, formatPricePerCarat, formatUsd } from '../../lib/format';

export const HEADLINE_LABELS: Record<HeadlineKey, string> = {
  exports: 'Exports (certificates)',
  carats: 'Carats',
  valueUsd: 'Value',
  pricePerCarat: 'Price per carat',
  shareConfirmed: 'Share confirmed',
  overdue: 'Overdue',
  discrepancy: 'Discrepancies',
  late: 'Late confirmations',
  unmatched: 'Unmatched notifications',
  medianDaysToNotify: 'Median days to notify',
};

/** What each measure counts, for the reader of a printed report. */
export const HEADLINE_NOTES: Partial<Record<HeadlineKey, string>> = {
  shareConfirmed: 'certificates whose confirmation of receipt matches, as a share of all',
  overdue: 'no confirmation of receipt after the due time',
  discrepancy: 'confirmation differs beyond tolerance',
  late: 'confirmed after the due time',
  unmatched: 'notified in the quarter, naming no export',
};

/** "28.57%" */
export function formatPercent(n: number | null): string {
  return n === null ? '—' : `${formatNumber(n)}%`;
}

export function formatFigure(key: HeadlineKey, n: number | null): string {
  if (n === null) return '—';
  switch (key) {
    case 'carats': return formatCarats(n);
    case 'valueUsd': return formatUsd(n);
    case 'pricePerCarat': return formatPricePerCarat(n);
    case 'shareConfirmed': return formatPercent(n);
    case 'medianDaysToNotify': return formatNumber(n);
    default: return formatCount(n);
  }
}

const MINUS = '\u2212';

/** "+", "−" or "" before a magnitude. */
function sign(n: number): string {
  return n > 0 ? '+' : n < 0 ? MINUS : '';
}

/** The magnitude of a change in the measure's unit; a share changes by percentage points. */
function magnitude(key: HeadlineKey, n: number): string {
  const abs = Math.abs(n);
  switch (key) {
    case 'carats': return formatCarats(abs);
    case 'valueUsd': return formatUsd(abs);
    case 'pricePerCarat': return formatPricePerCarat(abs);
    case 'shareConfirmed': return `${formatNumber(abs)} pts`;
    case 'medianDaysToNotify': return formatNumber(abs);
    default: return formatCount(abs);
  }
}

/** "+US$45,500 (+284.38%)", "−21.43 pts", "0 (0%)", "—". */
export function formatChange(key: HeadlineKey, change: Change | null): string {
  if (change === null) return '—';
  const delta = `${sign(change.delta)}${magnitude(key, change.delta)}`;
  return change.pct === null ? delta : `${delta} (${sign(change.pct)}${formatNumber(Math.abs(change.pct))}%)`;
}

/** "Jul 2021" from "2021-07". */
export function formatMonth(month: string): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}
