import { useEffect, useState } from 'react';

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
 * False until the component's first render is on screen and the page has an idle moment
 * (at most `IDLE_TIMEOUT_MS` later), then true. What waits for it never delays that first
 * render's paint, nor shares the network with what that render still needs.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterPaint(() => whenIdle(() => setPainted(true)))), [painted]);
  return painted;
}

const IDLE_TIMEOUT_MS = 300;

function whenIdle(then: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(then, 0);
}
