/**
 * Headline figures as the slide writes them: the value in its unit, and its
 * change against the previous quarter in words ("Up … on 2021-Q2"), so the
 * direction never depends on a colour or an arrow alone.
 */
import type { Change, HeadlineKey, Quarter } from '../../core';
import { formatCarats, formatCount, formatNumber, formatPricePerCarat, formatUsd } from '../../lib/format';
import { presentText } from './messages';

/** The measures a plenary audience sees (three rows of three), in the order the review lists them. */
export const SLIDE_HEADLINE_KEYS = [
  'exports', 'carats', 'valueUsd', 'pricePerCarat', 'shareConfirmed', 'overdue', 'discrepancy', 'late', 'unmatched',
] as const satisfies readonly HeadlineKey[];
export type SlideHeadlineKey = (typeof SLIDE_HEADLINE_KEYS)[number];

export function formatPercent(n: number): string {
  return presentText('headline.percent', { n: formatNumber(n) });
}

/** A figure in its unit; "—" when there is none (a quarter without exports has no $/ct). */
export function formatFigure(key: SlideHeadlineKey, n: number | null): string {
  if (n === null) return '—';
  switch (key) {
    case 'carats': return formatCarats(n);
    case 'valueUsd': return formatUsd(n);
    case 'pricePerCarat': return formatPricePerCarat(n);
    case 'shareConfirmed': return formatPercent(n);
    default: return formatCount(n);
  }
}

/** The size of a change, without its sign (the sentence says up or down). */
function magnitude(key: SlideHeadlineKey, change: Change): string {
  const abs = Math.abs(change.delta);
  if (key === 'shareConfirmed') return presentText('headline.points', { n: formatNumber(abs) });
  const size = key === 'carats' || key === 'valueUsd' || key === 'pricePerCarat' ? formatFigure(key, abs) : formatCount(abs);
  return change.pct === null ? size : presentText('headline.withPct', { change: size, pct: formatPercent(Math.abs(change.pct)) });
}

/** "Up 250.00 ct (33.33%) on 2021-Q2"; "No previous quarter in the regime" when there is none. */
export function describeChange(key: SlideHeadlineKey, change: Change | null, previous: Quarter, hasPrevious: boolean): string {
  if (!hasPrevious) return presentText('headline.noPrevious');
  if (change === null) return presentText('headline.noChange', { quarter: previous });
  if (change.delta === 0) return presentText('headline.same', { quarter: previous });
  return presentText(change.delta > 0 ? 'headline.up' : 'headline.down', { change: magnitude(key, change), quarter: previous });
}
