/**
 * The presentation's state in the URL: `?quarter=2021-Q3&slide=3&anon=1&auto=20`.
 * A shared address opens the same slide of the same quarter; a value that is
 * wrong degrades to the default (the start screen, the latest quarter with
 * exports, names shown, no auto-advance) and never breaks the view.
 */
import { exportsOfQuarter, type Dataset, type Quarter } from '../../core';
import { shortValue } from '../../lib/url-state';

export const SLIDE_IDS = ['regime', 'map', 'headline', 'trend', 'reconciliation', 'flags'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/** Seconds between slides a presenter can choose; off unless chosen. */
export const AUTO_SECONDS = [10, 20, 30, 60] as const;

export interface PresentParams {
  quarter: Quarter;
  /** The URL's quarter when it was not one of the regime's (say so, visibly). */
  rejectedQuarter: string | null;
  /** 0-based slide shown; null on the start screen. */
  slide: number | null;
  anonymise: boolean;
  /** Auto-advance interval; null when off. */
  autoSeconds: number | null;
}

/** The last quarter of the regime with at least one export, else its last quarter. */
export function latestQuarterWithData(dataset: Dataset, quarters: readonly Quarter[]): Quarter {
  for (let i = quarters.length - 1; i >= 0; i -= 1) {
    if (exportsOfQuarter(dataset, quarters[i]!).length > 0) return quarters[i]!;
  }
  const last = quarters.at(-1);
  if (last === undefined) throw new Error('a regime has at least one quarter');
  return last;
}

/** "3" → 2; anything but a whole number from 1 to the slide count → null (the start screen). */
function slideIndex(raw: string | null): number | null {
  if (raw === null || !/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= SLIDE_IDS.length ? n - 1 : null;
}

function autoSeconds(raw: string | null): number | null {
  const n = Number(raw);
  return (AUTO_SECONDS as readonly number[]).includes(n) ? n : null;
}

export function readPresentParams(params: URLSearchParams, quarters: readonly Quarter[], fallback: Quarter): PresentParams {
  const raw = params.get('quarter');
  const known = raw !== null && quarters.includes(raw);
  return {
    quarter: known ? raw : fallback,
    rejectedQuarter: raw !== null && raw !== '' && !known ? shortValue(raw) : null,
    slide: slideIndex(params.get('slide')),
    anonymise: params.get('anon') === '1',
    autoSeconds: autoSeconds(params.get('auto')),
  };
}
