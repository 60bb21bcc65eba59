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

export function quarterOf(date: IsoDate): Quarter {
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
