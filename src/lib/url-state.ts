/**
 * The URL is the source of the views' state (quarter, filters). Helpers to
 * read parameters, write them without losing the others, keep the `data`
 * parameter on every link, and degrade a bad value to the default.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { DATA_PARAM } from './data-source';

/** "?data=..." (only the data source) from a search string, or "". */
export function keepDataParam(search: string): string {
  const data = new URLSearchParams(search).get(DATA_PARAM);
  return data === null ? '' : `?${new URLSearchParams({ [DATA_PARAM]: data }).toString()}`;
}

/** Setters for search parameters: a null value removes it (defaults stay out of the URL). */
export function useSearchParamState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>, options?: { replace?: boolean }) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      }, options);
    },
    [setParams],
  );
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
