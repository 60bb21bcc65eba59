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
 * False until the component's first render is on screen, then true: after its paint, a moment
 * for that frame to reach the screen (`SHOWN_AFTER_MS`; it is shown a frame or two after the
 * browser paints it), and an idle moment (at most `IDLE_TIMEOUT_MS` later). What waits for it
 * never delays that first render, nor shares the network with what that render still needs.
 */
export function useShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancelPaint = afterPaint(() => {
      timer = setTimeout(() => whenIdle(() => setShown(true)), SHOWN_AFTER_MS);
    });
    return () => {
      cancelPaint();
      clearTimeout(timer);
    };
  }, [shown]);
  return shown;
}

const SHOWN_AFTER_MS = 100;
const IDLE_TIMEOUT_MS = 300;

function whenIdle(then: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(then, 0);
}
