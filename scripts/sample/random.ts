/**
 * A small seeded PRNG, so the sample is the same file on every machine and
 * every run (the committed sample is checked against a fresh build).
 */
export type Random = () => number;

/** mulberry32: 32 bits of state; fine for sample data, not for anything secret. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * An independent stream per part of the sample, so adding a draw in one part
 * (say, the polygons) does not reshuffle every export after it.
 */
export function stream(seed: number, part: string): Random {
  let h = seed >>> 0;
  for (const ch of part) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return mulberry32(h);
}

export function uniform(rng: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** A whole number from lo to hi, both included. */
export function integer(rng: Random, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function chance(rng: Random, p: number): boolean {
  return rng() < p;
}

/** One item, with probability proportional to its weight. */
export function weighted<T>(rng: Random, items: ReadonlyArray<T>, weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let left = rng() * total;
  for (const item of items) {
    left -= weight(item);
    if (left < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new RangeError('weighted: no items');
  return last;
}

/** Rounds to a number of decimals (sample figures only; reporting uses core's round2). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
