/**
 * The URL is the source of the views' state (quarter, filters). Helpers to
 * read parameters, write them without losing the others, keep the `data`
 * parameter on every link, and degrade a bad value to the default.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { DATA_PARAM } from './data-source';

let lastKept = { search: '', kept: '' };

/** "?data=..." (only the data source) from a search string, or "". */
export function keepDataParam(search: string): string {
  // Remembered for the last search string: a view writes many links from the same one.
  if (search === lastKept.search) return lastKept.kept;
  const data = new URLSearchParams(search).get(DATA_PARAM);
  const kept = data === null ? '' : `?${new URLSearchParams({ [DATA_PARAM]: data }).toString()}`;
  lastKept = { search, kept };
  return kept;
}

/** How a change is written: `replace` the history entry; `urgent` shows it in the same event's render. */
export interface WriteOptions {
  replace?: boolean;
  /**
   * The router renders every navigation as a transition: React works on it in slices, after any
   * other work, which makes a filter picked from a list show some 10–20 % later on 100,000 rows.
   * An urgent change is shown at once from a copy kept here, and the URL follows. Not for typing
   * or dragging, where a transition's being interruptible is what keeps the control responsive.
   */
  urgent?: boolean;
}

/** Writes search parameters: a null value removes one. */
export type SearchParamWriter = (changes: Record<string, string | null>, options?: WriteOptions) => void;

/** Parameters written urgently, and the location they are shown at. */
interface Pending {
  params: URLSearchParams;
  at: string;
  /** The router's navigation has landed: `at` is the location it made. */
  landed: boolean;
}

/**
 * The search parameters and a setter for them: a null value removes one (defaults stay out of the
 * URL). After an urgent write, the parameters are the written ones until the router's navigation
 * lands (then they stay the same object, so what is computed from them is not computed twice), or
 * until the URL moves anywhere else (the back button, a link), which wins.
 */
export function useSearchParamState(): readonly [URLSearchParams, SearchParamWriter] {
  const [urlParams, setParams] = useSearchParams();
  const { key } = useLocation();
  const [pending, setPending] = useState<Pending | null>(null);
  let shown = pending;
  if (pending !== null && pending.at !== key) {
    const lands = !pending.landed && pending.params.toString() === urlParams.toString();
    shown = lands ? { params: pending.params, at: key, landed: true } : null;
    setPending(shown);
  }
  const params = shown?.params ?? urlParams;
  // The setter reads the latest values when called, so it stays the same function from render to
  // render and what it is handed to need not render again when the URL catches up.
  const latest = useRef({ params, setParams, key });
  useLayoutEffect(() => {
    latest.current = { params, setParams, key };
  });
  const update = useCallback((changes: Record<string, string | null>, options: WriteOptions = {}) => {
    const { params: current, setParams: write, key: from } = latest.current;
    const next = new URLSearchParams(current);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    if (options.urgent) setPending({ params: next, at: from, landed: false });
    write(next, { replace: options.replace });
  }, []);
  return [params, update] as const;
}

export interface Choice<T extends string> {
  value: T;
  /** The raw value was present but not allowed; the default is used. */
  rejected: string | null;
}

/** One of `allowed`, else the default (never throws). */
export function parseChoice<T extends string>(raw: string | null | undefined, allowed: readonly T[], fallback: T): Choice<T> {
  if (raw === null || raw === undefined || raw === '') return { value: fallback, rejected: null };
  return (allowed as readonly string[]).includes(raw)
    ? { value: raw as T, rejected: null }
    : { value: fallback, rejected: raw };
}

/** A raw URL value shortened for a notice, so a pasted essay stays a notice. */
export function shortValue(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
}

/** The current page's data parameter as a search string, for links to other views. */
export function useDataSearch(): string {
  const [params] = useSearchParams();
  return keepDataParam(params.toString());
}
