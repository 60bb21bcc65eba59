/**
 * The size of an element and its font size, kept current as the window (or
 * the projector's resolution) changes. Slides scale with the viewport, so the
 * chart and the timeline lay themselves out from what is really there. Where
 * there is no ResizeObserver (jsdom) the window's size stands in.
 */
import { useCallback, useState } from 'react';

export interface Box {
  width: number;
  height: number;
  fontSize: number;
}

function windowBox(): Box {
  const w = globalThis.innerWidth || 1024;
  const h = globalThis.innerHeight || 768;
  return { width: w * 0.9, height: h * 0.6, fontSize: 28 };
}

function measure(el: HTMLElement): Box | null {
  const { width, height } = el.getBoundingClientRect();
  if (width === 0 || height === 0) return null;
  const fontSize = Number.parseFloat(getComputedStyle(el).fontSize) || 28;
  return { width, height, fontSize };
}

/** `ref` goes on the element to measure; `box` is its last size. */
export function useBox(): { ref: (el: HTMLElement | null) => (() => void) | undefined; box: Box } {
  const [box, setBox] = useState<Box>(windowBox);
  const ref = useCallback((el: HTMLElement | null) => {
    if (!el) return undefined;
    const update = () => {
      const next = measure(el);
      if (next) setBox((b) => (b.width === next.width && b.height === next.height && b.fontSize === next.fontSize ? b : next));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, box };
}
