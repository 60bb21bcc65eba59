/** Quarter arithmetic on `YYYY-Qn` strings. */
import type { IsoDate, Quarter } from './types';

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return QUARTER.test(value);
}

/** Index counting quarters from year 0, so neighbours differ by 1. */
function toIndex(q: Quarter): number {
  const m = QUARTER.exec(q);
  if (!m) throw new RangeError(`not a quarter: ${q}`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

function fromIndex(i: number): Quarter {
  return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
}

/** The digit at `i` of `s`, or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/*
 * Quarter names already made, by year and quarter number. Grouping 100,000
 * exports by quarter then makes no new string per export (and the map looks
 * each one up by a string whose hash is already known).
 */
const quarterNames = new Map<number, Quarter>();

export function quarterOf(date: IsoDate): Quarter {
  const y0 = digitAt(date, 0);
  const y1 = digitAt(date, 1);
  const y2 = digitAt(date, 2);
  const y3 = digitAt(date, 3);
  const m0 = digitAt(date, 5);
  const m1 = digitAt(date, 6);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0) return quarterOfText(date);
  const q = Math.floor((m0 * 10 + m1 - 1) / 3) + 1;
  const key = (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 64 + q;
  let name = quarterNames.get(key);
  if (name === undefined) {
    name = quarterOfText(date);
    quarterNames.set(key, name);
  }
  return name;
}

/** The rule itself, for any text. */
function quarterOfText(date: IsoDate): Quarter {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function shiftQuarter(q: Quarter, by: number): Quarter {
  return fromIndex(toIndex(q) + by);
}

export function previousQuarter(q: Quarter): Quarter {
  return shiftQuarter(q, -1);
}

/** Negative when a is before b. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return toIndex(a) - toIndex(b);
}

/** First and last calendar day of a quarter. */
export function quarterBounds(q: Quarter): { start: IsoDate; end: IsoDate } {
  const i = toIndex(q);
  const year = Math.floor(i / 4);
  const first = (i % 4) * 3 + 1;
  const lastDay = [31, 30, 30, 31][i % 4];
  const mm = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${mm(first)}-01`, end: `${year}-${mm(first + 2)}-${lastDay}` };
}

/** The three months of a quarter, as YYYY-MM. */
export function quarterMonths(q: Quarter): string[] {
  const { start } = quarterBounds(q);
  const first = Number(start.slice(5, 7));
  return [0, 1, 2].map((k) => `${start.slice(0, 4)}-${String(first + k).padStart(2, '0')}`);
}

/** Every quarter from `from` to `to`, both included (empty if to is before from). */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = toIndex(from); i <= toIndex(to); i += 1) out.push(fromIndex(i));
  return out;
}

/** The quarters a review can be asked for: the regime's, up to its end or the as-of date. */
export function regimeQuarters(regime: { start: IsoDate; end: IsoDate | null }, asOf: IsoDate): Quarter[] {
  const last = regime.end !== null && regime.end < asOf ? regime.end : asOf;
  return quarterRange(quarterOf(regime.start), quarterOf(last < regime.start ? regime.start : last));
}
