/**
 * How the slide deck behaves around its slides: full screen, the keys a
 * presenter's clicker sends, the rest of the page kept out of reach while
 * the deck covers it, and auto-advance that a person can pause (WCAG 2.2.2).
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Asks for full screen; a browser that refuses (or has none) leaves the deck in the window. */
export function enterFullscreen() {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  try {
    void root.requestFullscreen().catch(() => undefined);
  } catch {
    /* refused: the deck still fills the window */
  }
}

export function exitFullscreen() {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  void document.exitFullscreen().catch(() => undefined);
}

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

const KEYS: Record<string, DeckAction> = {
  ArrowRight: 'next', ArrowDown: 'next', PageDown: 'next', ' ': 'next',
  ArrowLeft: 'previous', ArrowUp: 'previous', PageUp: 'previous',
  Home: 'first', End: 'last', Escape: 'leave',
};

/** Controls that give Space and Enter their own meaning. */
const OWN_KEYS = 'button, a[href], input, select, textarea, summary, [contenteditable="true"]';

/** The action for a key press, or null when the key is not the deck's (or a control's own). */
export function deckAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>): DeckAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const action = KEYS[event.key] ?? null;
  if (action === 'next' && event.key === ' ' && event.target instanceof Element && event.target.closest(OWN_KEYS)) return null;
  return action;
}

/** Keys anywhere on the page drive the deck while it is open. */
export function useDeckKeys(onAction: (action: DeckAction) => void) {
  const handler = useRef(onAction);
  useLayoutEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = deckAction(event);
      if (action === null) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Leaving full screen (the browser's own Esc, or its menu) leaves the
 * presentation too: in full screen the browser keeps Esc to itself.
 */
export function useLeaveWithFullscreen(onLeave: () => void) {
  const leave = useRef(onLeave);
  useLayoutEffect(() => {
    leave.current = onLeave;
  });
  useEffect(() => {
    let entered = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) leave.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}

/**
 * While the deck covers the page, the page under it is inert: no focus,
 * no clicks, not read out. The deck is a direct child of <body>.
 */
export function useInertOutside(deck: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const own = deck.current;
    if (!own) return undefined;
    const others = [...document.body.children].filter((el): el is HTMLElement => el !== own && el instanceof HTMLElement && !el.inert);
    for (const el of others) el.inert = true;
    return () => {
      for (const el of others) el.inert = false;
    };
  }, [deck]);
}

/**
 * Auto-advance: every `seconds` the next slide, while playing and not held
 * (the pointer or the focus on the controls holds it). It stops by itself on
 * the last slide. Any change of slide restarts the wait.
 */
export function useAutoAdvance({ seconds, index, last, next }: { seconds: number | null; index: number; last: number; next: () => void }) {
  const [playing, setPlaying] = useState(seconds !== null);
  const [held, setHeld] = useState(false);
  const advance = useRef(next);
  useLayoutEffect(() => {
    advance.current = next;
  });
  const running = seconds !== null && playing && !held && index < last;
  useEffect(() => {
    if (!running || seconds === null) return undefined;
    const timer = setTimeout(() => {
      if (index + 1 >= last) setPlaying(false);
      advance.current();
    }, seconds * 1000);
    return () => clearTimeout(timer);
  }, [running, seconds, index, last]);
  return { playing: seconds !== null && playing && index < last, running, setPlaying, setHeld };
}
