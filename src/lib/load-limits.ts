/**
 * The limits the loader works within, in one place:
 * - the largest dataset it reads (checked before reading: `File.size`, the
 *   `Content-Length` header, then the bytes counted while streaming), so a
 *   huge file is refused with a message instead of the tab running out of
 *   memory (a dataset takes about 3 times its text size once parsed, twice
 *   over while the worker hands it back);
 * - how long the server may stay silent (before answering, or between two
 *   pieces of the document) before the load fails as "did not answer";
 * - the pause before each automatic retry of a transient failure.
 *
 * Browser tests lower them with `page.addInitScript(() => { window.__KP_LOAD_LIMITS__ = { timeoutMs: 500 } })`;
 * nothing else sets that global. See docs/reliability.md.
 */

export interface LoadLimits {
  /** Largest document read, in bytes. */
  maxBytes: number;
  /** Longest silence from the server, in milliseconds. */
  timeoutMs: number;
  /** Pause before the first automatic retry; doubled before the second. */
  retryDelayMs: number;
  /** Automatic retries of a transient failure (no answer, 5xx) before giving up. */
  retries: number;
}

export const LOAD_LIMITS: Readonly<LoadLimits> = Object.freeze({
  maxBytes: 200_000_000,
  timeoutMs: 30_000,
  retryDelayMs: 1_000,
  retries: 2,
});

declare global {
  /** Test-only override of the load limits (see above). */
  var __KP_LOAD_LIMITS__: Partial<LoadLimits> | undefined;
}

function positive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The limits in force: the defaults, with any test override that is a sensible number. */
export function loadLimits(): LoadLimits {
  const override = globalThis.__KP_LOAD_LIMITS__;
  const out: LoadLimits = { ...LOAD_LIMITS };
  if (override && typeof override === 'object') {
    for (const key of Object.keys(LOAD_LIMITS) as Array<keyof LoadLimits>) {
      if (positive(override[key])) out[key] = override[key];
    }
  }
  return out;
}

const UNITS = [['GB', 1e9], ['MB', 1e6], ['kB', 1e3]] as const;

/** "1.2 GB", "200 MB", "850 kB", "12 bytes" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of UNITS) {
    if (bytes >= size) {
      const n = bytes / size;
      return `${n >= 100 || Number.isInteger(n) ? Math.round(n) : n.toFixed(1).replace(/\.0$/, '')} ${unit}`;
    }
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** "30 s", "0.5 s", "2 min". */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  if (s >= 120 && Number.isInteger(s / 60)) return `${s / 60} min`;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
