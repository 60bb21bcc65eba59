/**
 * Number and date formatting for display. Figures come from the core
 * already computed; these functions only write them. Dates are ISO strings
 * formatted in UTC, so 2021-03-31 never slips to 30 March west of Greenwich.
 */

import { isIsoDate } from '../core/dates';

const LOCALE = 'en-US';

const dateParts = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
});

/** "31 Mar 2021" from "2021-03-31"; the input itself when it is not a date. */
export function formatDate(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  if (!isIsoDate(iso)) return iso;
  const parts = dateParts.formatToParts(new Date(`${iso}T00:00:00Z`));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Day first, month abbreviated in the same words on every machine ("Sep", not "Sept").
  return `${get('day')} ${get('month')} ${get('year')}`;
}

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const upToTwo = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** A count: 1,234. */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** A plain number with up to 2 decimals (e.g. a median of days: 12.5); "—" for null. */
export function formatNumber(n: number | null): string {
  return n === null ? '—' : upToTwo.format(n);
}

/** Carats with 2 decimals: "1,234.50 ct". */
export function formatCarats(n: number): string {
  return `${twoDecimals.format(n)} ct`;
}

/** A sum of money, no decimals: "US$1,234,567". */
export function formatUsd(n: number): string {
  const sign = n < 0 ? '−' : '';
  return `${sign}US$${integer.format(Math.abs(n))}`;
}

/** A round threshold, short: "US$3 M", "US$2.5 M", "US$750,000". */
export function formatUsdShort(n: number): string {
  if (Math.abs(n) >= 1_000_000) return `US$${upToTwo.format(n / 1_000_000)} M`;
  return formatUsd(n);
}

/** Price per carat with 2 decimals: "US$112.40/ct"; "—" when there are no carats. */
export function formatPricePerCarat(n: number | null): string {
  return n === null ? '—' : `US$${twoDecimals.format(n)}/ct`;
}

/** Days as a whole number or "—". */
export function formatDays(n: number | null): string {
  return n === null ? '—' : integer.format(n);
}

let regionNames: Intl.DisplayNames | null = null;

/** "Belgium (BE)" from "BE"; the code alone when the runtime does not know it. */
export function formatCountry(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames([LOCALE], { type: 'region' });
    const name = regionNames.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "1 issue" / "3 issues". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const dateTimeParts = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "22 Nov 2025, 14:05" in this computer's time zone, from an ISO timestamp (a moment, not a calendar date). */
export function formatDateTime(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const parts = dateTimeParts.formatToParts(when);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
}
