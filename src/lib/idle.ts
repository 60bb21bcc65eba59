/**
 * Timing helpers for work that should not hold up what the page is showing.
 * Each returns a function that cancels it.
 */

/** Runs `then` in a task after the page's next paint (or in 100 ms, if the page is not painting: a hidden tab). */
export function afterPaint(then: () => void): () => void {
  let timer = setTimeout(then, 100);
  const frame = typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(then, 0);
    })
    : undefined;
  return () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/**
 * Runs `task` when the page is idle, at the latest `timeoutMs` later; where the browser cannot
 * say when it is idle, after `timeoutMs` or half a second, whichever is sooner.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, Math.min(timeoutMs, 500));
  return () => clearTimeout(id);
}

/**
 * Lets the page run (paint, take input) before the next step of a long piece of work. A message
 * rather than a timer: the browser delays a timer set from a timer by at least 4 ms after a few.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
