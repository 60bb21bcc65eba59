/**
 * Printing shows the whole report: parts drawn later on screen (charts near
 * the screen, records of the checks after the rest) are drawn at once when
 * the browser is about to print (`beforeprint`, or the print media query
 * turning on), before the page is laid out for paper.
 */
import { useSyncExternalStore } from 'react';
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
