/** How the review writes its figures: labels and units of the headline measures, changes with their sign. */
import type { Change, HeadlineKey } from '../../core';
import { formatCarats, formatCount, formatDate, formatNumber, formatPricePerCarat, formatUsd } from '../../lib/format';
import { reviewText } from './messages';

/** The measure's name: "Value". */
export function headlineLabel(key: HeadlineKey): string {
  return reviewText(`measures.${key}`);
}

const NOTED = ['shareConfirmed', 'overdue', 'discrepancy', 'late', 'unmatched'] as const;
type NotedKey = (typeof NOTED)[number];

/** What the measure counts, for the reader of a printed report; null when its name says it all. */
export function headlineNote(key: HeadlineKey): string | null {
  return (NOTED as readonly string[]).includes(key) ? reviewText(`notes.${key as NotedKey}`) : null;
}

/** "28.57%" (French: "28,57 %"). */
export function formatPercent(n: number | null): string {
  return n === null ? '—' : reviewText('units.percent', { n: formatNumber(n) });
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
    case 'shareConfirmed': return reviewText('units.points', { n: formatNumber(abs) });
    case 'medianDaysToNotify': return formatNumber(abs);
    default: return formatCount(abs);
  }
}

/** "+US$45,500 (+284.38%)", "−21.43 pts", "0 (0%)", "—". */
export function formatChange(key: HeadlineKey, change: Change | null): string {
  if (change === null) return '—';
  const delta = `${sign(change.delta)}${magnitude(key, change.delta)}`;
  return change.pct === null ? delta : `${delta} (${sign(change.pct)}${formatPercent(Math.abs(change.pct))})`;
}

/**
 * "Jul 2021" (French: "juil. 2021") from "2021-07": the first of the month
 * written by formatDate, day left out, so months read as dates do.
 */
export function formatMonth(month: string): string {
  const first = formatDate(`${month}-01`);
  return first === `${month}-01` ? month : first.replace(/^\d+\s+/, '');
}

export { formatCompact } from '../../lib/format';
