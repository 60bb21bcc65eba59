/**
 * What the review renders later on screen, and at once on paper. On screen,
 * the sections below the headline figures render just after them, the
 * records of each check after the rest, and charts when they come near the
 * screen; printing renders them all at once, when the browser is about to
 * print (`beforeprint`, or the print media query turning on), before the
 * page is laid out for paper.
 */
import { startTransition, useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const printListeners = new Set<() => void>();

function notify() {
  for (const listener of printListeners) listener();
}

function startPrinting() {
  if (printing) return;
  printing = true;
  // Now, not at React's next turn: the browser lays the page out for paper when this returns.
  flushSync(notify);
}

function stopPrinting() {
  if (!printing) return;
  printing = false;
  notify();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', startPrinting);
  window.addEventListener('afterprint', stopPrinting);
  window.matchMedia?.('print').addEventListener?.('change', (event) => (event.matches ? startPrinting() : stopPrinting()));
}

/** True once the page is being printed. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      printListeners.add(listener);
      return () => printListeners.delete(listener);
    },
    () => printing,
    () => false,
  );
}

/**
 * False on a view's first render, true just after it (in a render React can
 * interrupt), and at once when printing: what is below the first screen can
 * wait a frame, so the view answers first with what is on screen.
 */
export function useBelowTheFold(): boolean {
  const later = useDeferredValue(true, false);
  return usePrinting() || later;
}

/**
 * `value` one commit late, for what is below the first screen: a change shows first in what
 * reads `value` itself (the heading and headline figures), and here in a render React can
 * interrupt, started once that commit is done; `stale` says this is still the old value. On a
 * large dataset the sections below take most of a quarter switch. (`useDeferredValue` cannot
 * do this: the router's navigations are transitions, and in one it gives the new value at
 * once.) Printing gets the new value at once.
 */
export function useSettled<T>(value: T): { settled: T; stale: boolean } {
  const [settled, setSettled] = useState(value);
  const printing = usePrinting();
  const behind = !Object.is(settled, value);
  useEffect(() => {
    if (behind) startTransition(() => setSettled(value));
  }, [behind, value]);
  return printing ? { settled: value, stale: false } : { settled, stale: behind };
}
