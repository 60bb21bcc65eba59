/**
 * Work that can wait for the first view (installing the service worker) waits until a view has
 * been drawn with its dataset: on a large dataset it competed with reading and drawing it, on
 * two cores (docs/performance.md). Each task runs once, then or at
 * the latest `latestMs` after it was asked for (a page that never draws a view still gets it).
 */
import { afterPaint, whenIdle } from './idle';

let drawn = false;
const waiting = new Set<() => void>();

/** A view has been drawn with its dataset (DatasetGate). */
export function firstViewDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const run of [...waiting]) run();
}

/** Runs `task` once a view has been drawn and the page is idle after it, or `latestMs` from now. */
export function afterFirstView(task: () => void, latestMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    waiting.delete(whenDrawn);
    clearTimeout(latest);
    task();
  };
  const whenDrawn = () => void afterPaint(() => void whenIdle(once, IDLE_WAIT_MS));
  const latest = setTimeout(once, latestMs);
  if (drawn) whenDrawn();
  else waiting.add(whenDrawn);
}

/** The longest a task then waits for the page to be idle. */
const IDLE_WAIT_MS = 2_000;
