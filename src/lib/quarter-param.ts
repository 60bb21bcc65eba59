/** The quarter a view shows, from a URL value that may be wrong. */
import { regimeQuarters } from '../core/quarters';
import type { Dataset, IsoDate, Quarter } from '../core/types';
import { sharedText } from './messages';
import { shortValue } from './url-state';

/** Quarters a person can choose: the regime's, up to its end or the as-of date. */
export function availableQuarters(dataset: Dataset, asOf: IsoDate): Quarter[] {
  return regimeQuarters(dataset.regime, asOf);
}

/** The last regime quarter on or before the as-of date. */
export function defaultQuarter(quarters: readonly Quarter[]): Quarter {
  const last = quarters.at(-1);
  if (last === undefined) throw new Error('a regime has at least one quarter');
  return last;
}

export interface QuarterChoice {
  quarter: Quarter;
  /** Set when the URL asked for something else: say so, visibly. */
  notice: string | null;
}

/**
 * The quarter for a URL value: itself when it is a quarter of the regime,
 * else the default with a notice (a value that is not YYYY-Qn, or outside
 * the regime, degrades; it never crashes the view).
 */
export function pickQuarter(raw: string | null | undefined, quarters: readonly Quarter[]): QuarterChoice {
  const fallback = defaultQuarter(quarters);
  if (raw === null || raw === undefined || raw === '') return { quarter: fallback, notice: null };
  if (quarters.includes(raw)) return { quarter: raw, notice: null };
  return { quarter: fallback, notice: sharedText('notice.notAQuarter', { value: shortValue(raw), quarter: fallback }) };
}
