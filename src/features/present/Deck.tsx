/**
 * The slide deck: a carousel over the whole window (full screen when the
 * browser allows), one slide at a time, each a labelled group ("3 of 6:
 * Headline figures, 2021-Q3") announced politely when it changes. Keys,
 * clicks on the slide and the buttons below it move between slides; Esc or
 * Leave returns to the start screen. It is rendered into <body>, and the
 * page under it is inert while it is open.
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SyntheticBadge } from '../../components/SyntheticBadge';
import { exitFullscreen, useAutoAdvance, useDeckKeys, useInertOutside, useLeaveWithFullscreen } from './deckHooks';
import { usePresentMessages } from './messages';

export interface DeckProps {
  /** What the deck is about, for its accessible name: the quarter. */
  quarter: string;
  titles: readonly string[];
  /** Class suffix per slide, for its layout. */
  ids: readonly string[];
  index: number;
  onIndex: (index: number) => void;
  onLeave: () => void;
  autoSeconds: number | null;
  anonymise: boolean;
  synthetic: boolean;
  renderSlide: (index: number) => ReactNode;
}

export function Deck({ quarter, titles, ids, index, onIndex, onLeave, autoSeconds, anonymise, synthetic, renderSlide }: DeckProps) {
  const { t } = usePresentMessages();
  const root = useRef<HTMLDivElement>(null);
  const total = titles.length;
  const last = total - 1;
  const go = (i: number) => onIndex(Math.max(0, Math.min(last, i)));
  const auto = useAutoAdvance({ seconds: autoSeconds, index, last, next: () => go(index + 1) });
  useDeckKeys((action) => {
    if (action === 'leave') onLeave();
    else go(action === 'next' ? index + 1 : action === 'previous' ? index - 1 : action === 'first' ? 0 : last);
  });
  useLeaveWithFullscreen(onLeave);
  useInertOutside(root);
  // The deck takes the focus, so keys reach it and a screen reader starts there.
  useLayoutEffect(() => root.current?.focus(), []);
  // However the deck closes (Esc, Leave, another view), full screen ends with it. Checked a moment
  // later: React's development mode unmounts and mounts a component again at once, and ending full
  // screen then would close the deck it is showing.
  useEffect(() => () => {
    setTimeout(() => {
      if (!document.querySelector('.present-deck')) exitFullscreen();
    }, 0);
  }, []);

  const title = titles[index] ?? '';
  const position = { n: index + 1, total, title };
  const play = () => {
    if (index === last) go(0);
    auto.setPlaying(true);
  };

  return createPortal(
    <div
      ref={root}
      className="present-deck"
      role="region"
      aria-roledescription={t('deck.carousel')}
      aria-label={t('deck.label', { quarter })}
      tabIndex={-1}
    >
      {/* A click anywhere on the slide moves on, as a presenter's clicker would. */}
      <div className="present-stage" onClick={() => go(index + 1)}>
        <div
          key={index}
          className={`present-slide present-slide-${ids[index] ?? ''}`}
          role="group"
          aria-roledescription={t('deck.slide')}
          aria-label={t('deck.slideLabel', position)}
        >
          <h2 className="present-title">{title}</h2>
          {renderSlide(index)}
        </div>
      </div>
      {/* Quiet while auto-advancing, so a screen reader is not interrupted every few seconds. */}
      <div className="visually-hidden" aria-live={auto.running ? 'off' : 'polite'}>{t('deck.announce', position)}</div>
      <div
        className="present-controls"
        onPointerEnter={() => auto.setHeld(true)}
        onPointerLeave={() => auto.setHeld(false)}
        onFocus={() => auto.setHeld(true)}
        onBlur={() => auto.setHeld(false)}
      >
        <button type="button" className="present-button" onClick={() => go(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">← </span>{t('deck.previous')}
        </button>
        <span className="present-counter">
          <span aria-hidden="true">{index + 1} / {total}</span>
          <span className="visually-hidden">{t('deck.counter', position)}</span>
        </span>
        <button type="button" className="present-button" onClick={() => go(index + 1)} disabled={index === last}>
          {t('deck.next')}<span aria-hidden="true"> →</span>
        </button>
        {autoSeconds !== null && (
          <button
            type="button"
            className="present-button"
            onClick={auto.playing ? () => auto.setPlaying(false) : play}
            aria-label={auto.playing ? t('deck.pause') : t('deck.play')}
          >
            <span aria-hidden="true">{auto.playing ? '❚❚ ' : '▶ '}</span>
            {auto.playing ? t('deck.pauseShort') : t('deck.playShort')}
          </button>
        )}
        <span className="present-status-notes">
          {anonymise && <span className="present-tag">{t('deck.anonymised')}</span>}
          {synthetic && <SyntheticBadge />}
        </span>
        <button type="button" className="present-button" onClick={onLeave} aria-label={t('deck.leaveLabel')}>
          {t('deck.leave')}<span aria-hidden="true"> ✕</span>
        </button>
      </div>
    </div>,
    document.body,
  );
}
