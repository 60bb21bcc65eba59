/**
 * What the review renders later on screen, and at once on paper. On screen,
 * the sections below the headline figures render just after them, the
 * records of each check after the rest, and charts when they come near the
 * screen; printing renders them all at once, when the browser is about to
 * print (`beforeprint`, or the print media query turning on), before the
 * page is laid out for paper.
 */
import { useDeferredValue, useSyncExternalStore } from 'react';
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
