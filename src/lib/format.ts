/**
 * Number and date formatting for display. Figures come from the core
 * already computed; these functions only write them. Dates are ISO strings
 * formatted in UTC, so 2021-03-31 never slips to 30 March west of Greenwich.
 */

import { isIsoDate } from '../core/dates';
import { currentLocale, type Locale } from './i18n';

/**
 * Intl tags per interface language. English keeps US digit grouping
 * ("1,234.50") with day-first dates; French writes "1 234,50" and "31 mars 2021".
 */
const INTL_TAG: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };

interface Formatters {
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  integer: Intl.NumberFormat;
  twoDecimals: Intl.NumberFormat;
  upToTwo: Intl.NumberFormat;
  compact: Intl.NumberFormat;
  regions: Intl.DisplayNames | null;
}

type Makers = { [K in keyof Formatters]: (tag: string) => Formatters[K] };

const MAKERS: Makers = {
  date: (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  dateTime: (tag) => new Intl.DateTimeFormat(tag, {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }),
  integer: (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
  twoDecimals: (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  upToTwo: (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
  compact: (tag) => new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 }),
  regions: (tag) => {
    try {
      return new Intl.DisplayNames([tag], { type: 'region' });
    } catch {
      return null; // a runtime without region names writes codes
    }
  },
};

const cache = new Map<Locale, Partial<Formatters>>();

/**
 * One formatter of each kind per language, made when first used: Intl
 * constructors are slow enough to matter in a 100,000-row table, and some
 * (region names: tens of milliseconds) would hold up the first page for
 * views that never use them.
 */
function formatter<K extends keyof Formatters>(kind: K): Formatters[K] {
  const locale = currentLocale();
  let made = cache.get(locale);
  if (!made) {
    made = {};
    cache.set(locale, made);
  }
  if (!(kind in made)) made[kind] = MAKERS[kind](INTL_TAG[locale]);
  return made[kind] as Formatters[K];
}

function dayMonthYear(parts: Intl.DateTimeFormatPart[]): string {
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Day first, month abbreviated in the same words on every machine ("Sep", not "Sept"; "sept." in French).
  return `${get('day')} ${get('month')} ${get('year')}`;
}

/** Dates written so far, per language: a large review writes the same few hundred dates thousands of times. */
const writtenDates = new Map<string, string>();
const MAX_WRITTEN_DATES = 20_000;

/** "31 Mar 2021" (French: "31 mars 2021") from "2021-03-31"; the input itself when it is not a date. */
export function formatDate(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  if (!isIsoDate(iso)) return iso;
  const key = `${currentLocale()} ${iso}`;
  let written = writtenDates.get(key);
  if (written === undefined) {
    if (writtenDates.size >= MAX_WRITTEN_DATES) writtenDates.clear();
    written = dayMonthYear(formatter('date').formatToParts(new Date(`${iso}T00:00:00Z`)));
    writtenDates.set(key, written);
  }
  return written;
}

/** A count: 1,234 (French: 1 234). */
export function formatCount(n: number): string {
  return formatter('integer').format(n);
}

/** A plain number with up to 2 decimals (e.g. a median of days: 12.5); "—" for null. */
export function formatNumber(n: number | null): string {
  return n === null ? '—' : formatter('upToTwo').format(n);
}

/** Exactly 2 decimals, no unit, for table cells whose header names the unit: "1,234.50". */
export function formatDecimal(n: number): string {
  return formatter('twoDecimals').format(n);
}

/** A chart's axis tick, short: "24K", "2.8M" (French: "24 k", "2,8 M"). */
export function formatCompact(n: number): string {
  return formatter('compact').format(n);
}

/** Carats with 2 decimals: "1,234.50 ct" (French: "1 234,50 ct"). */
export function formatCarats(n: number): string {
  return `${formatter('twoDecimals').format(n)} ct`;
}

/** US dollars around a formatted figure: "US$1,234" in English, "1 234 $ US" in French. */
function usd(figure: string, negative = false): string {
  const sign = negative ? '−' : '';
  return currentLocale() === 'fr' ? `${sign}${figure}\u00a0$\u00a0US` : `${sign}US$${figure}`;
}

/** A sum of money, no decimals: "US$1,234,567". */
export function formatUsd(n: number): string {
  return usd(formatter('integer').format(Math.abs(n)), n < 0);
}

/** A round threshold, short: "US$3 M", "US$2.5 M", "US$750,000" (French: "3 M$ US"). */
export function formatUsdShort(n: number): string {
  if (Math.abs(n) < 1_000_000) return formatUsd(n);
  const millions = formatter('upToTwo').format(n / 1_000_000);
  return currentLocale() === 'fr' ? `${millions}\u00a0M$\u00a0US` : `US$${millions} M`;
}

/** Price per carat with 2 decimals: "US$112.40/ct"; "—" when there are no carats. */
export function formatPricePerCarat(n: number | null): string {
  return n === null ? '—' : `${usd(formatter('twoDecimals').format(n))}/ct`;
}

/** Days as a whole number or "—". */
export function formatDays(n: number | null): string {
  return n === null ? '—' : formatter('integer').format(n);
}

/** "Belgium (BE)" (French: "Belgique (BE)") from "BE"; the code alone when the runtime does not know it. */
export function formatCountry(code: string): string {
  try {
    const name = formatter('regions')?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "22 Nov 2025, 14:05" in this computer's time zone, from an ISO timestamp (a moment, not a calendar date). */
export function formatDateTime(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const parts = formatter('dateTime').formatToParts(when);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${dayMonthYear(parts)}, ${get('hour')}:${get('minute')}`;
}

/**
 * "1 issue" / "3 issues". English only: being replaced by translated plural
 * messages (`t('issues', { count, n })`); do not use in new code.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
