import { startTransition, useEffect, useState } from 'react';
import { afterPaint, whenIdle } from '../../lib/idle';

/** A moment for a painted frame to reach the screen: it is shown a frame or two after the browser paints it. */
const SHOWN_AFTER_MS = 100;
const IDLE_TIMEOUT_MS = 300;

/**
 * False until the component's first render is on screen, then true: after its paint, a moment
 * for that frame to reach the screen, and an idle moment (at most `IDLE_TIMEOUT_MS` later). What
 * waits for it never delays that first render, nor shares the network with what it still needs.
 */
export function useShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let cancelIdle = () => {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancelPaint = afterPaint(() => {
      timer = setTimeout(() => {
        // A transition: what it shows renders in slices the page can paint between, where an
        // update from a callback would render in one task (React treats it as urgent).
        cancelIdle = whenIdle(() => startTransition(() => setShown(true)), IDLE_TIMEOUT_MS);
      }, SHOWN_AFTER_MS);
    });
    return () => {
      cancelPaint();
      clearTimeout(timer);
      cancelIdle();
    };
  }, []);
  return shown;
}
