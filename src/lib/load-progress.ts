/**
 * How a dataset load is going, for the loading screen: bytes read so far
 * (and of how many, when the server says), and the failed attempts before
 * the one under way. The loader reports; the screen subscribes. Keyed by the
 * source's label (URL or file name).
 */
import { useSyncExternalStore } from 'react';
import { currentLocale, type Locale } from './i18n';
import { formatBytes, formatSeconds } from './load-limits';

/** French writes a decimal comma, octets (Go, Mo, ko) and a no-break space before the unit. */
const FRENCH_UNITS: Record<string, string> = { GB: 'Go', MB: 'Mo', kB: 'ko', byte: 'octet', bytes: 'octets', s: 's', min: 'min' };

function inFrench(english: string): string {
  const [figure = '', unit = ''] = english.split(' ');
  return `${figure.replace('.', ',')}\u00a0${FRENCH_UNITS[unit] ?? unit}`;
}

/** A size as people read it: "1.2 GB" (French: "1,2 Go"). */
export function formatSize(bytes: number, locale: Locale = currentLocale()): string {
  const english = formatBytes(bytes);
  return locale === 'fr' ? inFrench(english) : english;
}

/** A wait: "1.5 s", "2 min" (French: "1,5 s"). */
export function formatWait(ms: number, locale: Locale = currentLocale()): string {
  const english = formatSeconds(ms);
  return locale === 'fr' ? inFrench(english) : english;
}

export interface LoadProgress {
  /** Bytes of the document received so far. */
  bytes: number;
  /** The document's size when the server said it (Content-Length), else null. */
  total: number | null;
  /** Failed attempts before the current one. */
  failedAttempts: number;
  /** Why the last attempt failed, when one did. */
  lastFailure: string | null;
}

const current = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

export function reportLoadProgress(source: string, progress: LoadProgress | null): void {
  if (progress === null) current.delete(source);
  else current.set(source, progress);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The progress of the load of `source`, null when nothing is reported. */
export function useLoadProgress(source: string): LoadProgress | null {
  return useSyncExternalStore(subscribe, () => current.get(source) ?? null, () => null);
}
