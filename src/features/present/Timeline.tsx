/**
 * The regime's timeline drawn as one line with labelled events: an ordered
 * list in date order (what a screen reader reads), each item placed along the
 * line by its date. Lanes keep labels apart (timeline.ts). The labels are
 * measured as drawn; when their lanes would not fit the slide's height (many
 * zones, a longer language), the whole timeline is drawn a little smaller.
 */
import { useCallback, useState, type CSSProperties } from 'react';
import type { Dataset, IsoDate } from '../../core';
import { formatDate } from '../../lib/format';
import { usePresentMessages } from './messages';
import { isZoneEvent, offsetOf, placeLabels, spanOf, timelineEvents, yearMarks, type TimelineEvent } from './timeline';

/** Labels are this much of the slide's type at full size (present.css: .present-track). */
const LABEL_EM = 0.85;
/** Height of a lane, of the year marks and of the gaps by the line, in label ems (present.css). */
const LANE_EM = 2.75;
const FIXED_EM = 1.5 + 2 * 0.7;
/** Sizes tried, largest first, until the lanes fit. */
const SCALES = [1, 0.92, 0.84, 0.76, 0.68];
/** Before measuring (or where nothing is laid out, as in jsdom): a bold title character ≈ 0.62 em, a detail one ≈ 0.5 em. */
const TITLE_CHAR_EM = 0.62;
const DETAIL_CHAR_EM = 0.5;
const LABEL_PAD_EM = 1;

type Texts = { title: string; detail: string; approximate: boolean };

function useEventText() {
  const { t } = usePresentMessages();
  return (e: TimelineEvent): Texts => {
    if (isZoneEvent(e)) {
      const n = e.zones.length;
      const date = formatDate(e.date);
      return {
        title: e.zones.map((z) => z.name).join(', '),
        detail: t(e.kind === 'compliantFrom' ? 'regime.compliantFrom' : 'regime.compliantUntil', { count: n, date }),
        approximate: e.approximate,
      };
    }
    const title = t(e.kind === 'regimeStart' ? 'regime.regimeStart' : e.kind === 'regimeEnd' ? 'regime.regimeEnd' : 'regime.asOfEvent');
    return { title, detail: formatDate(e.date), approximate: false };
  };
}

interface Room {
  /** What was measured: the labels' texts. */
  key: string;
  width: number;
  height: number;
  /** The slide's type, px. */
  fontPx: number;
  /** Each label's width in its own ems (so the same at any scale), list order. */
  labelsEm: number[];
}

/**
 * The room the timeline has and its labels' widths as drawn, measured once
 * they are on screen and again when the window changes; other texts
 * (another language) are measured again.
 */
function useRoom(key: string) {
  const [room, setRoom] = useState<Room | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    if (!el) return undefined;
    const update = () => {
      const { width, height } = el.getBoundingClientRect();
      const fontPx = Number.parseFloat(getComputedStyle(el).fontSize);
      const labels = [...el.querySelectorAll<HTMLElement>('.present-event')];
      const labelsEm = labels.map((li) => li.offsetWidth / (Number.parseFloat(getComputedStyle(li).fontSize) || 1));
      if (width === 0 || !fontPx || labelsEm.every((w) => w === 0)) return;
      setRoom((r) => (r && r.key === key && r.width === width && r.height === height && r.fontPx === fontPx && r.labelsEm.join() === labelsEm.join()
        ? r
        : { key, width, height, fontPx, labelsEm }));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [key]);
  return { ref, room: room?.key === key ? room : null };
}

function estimatedEm(text: Texts): number {
  const detail = text.detail.length + (text.approximate ? 2 : 0);
  return Math.max(text.title.length * TITLE_CHAR_EM, detail * DETAIL_CHAR_EM) + LABEL_PAD_EM;
}

interface Item {
  event: TimelineEvent;
  text: Texts;
  x: number;
  above: boolean;
  /** Width in label ems. */
  em: number;
}

/** Lanes for every label at one scale, and how many lanes each side needs. */
function layout(items: readonly Item[], trackEm: number) {
  const lanes: number[] = [];
  const anchors: Array<'start' | 'end'> = [];
  for (const above of [true, false]) {
    const side = items.map((item, i) => ({ item, i })).filter(({ item }) => item.above === above);
    const placed = placeLabels(side.map(({ item }) => ({ x: item.x, width: ((item.em + 0.2) / trackEm) * 100 })));
    side.forEach(({ i }, k) => {
      lanes[i] = placed[k]!.lane;
      anchors[i] = placed[k]!.anchor;
    });
  }
  const count = (above: boolean) => Math.max(1, ...items.filter((it) => it.above === above).map((it) => lanes[items.indexOf(it)]! + 1));
  return { lanes, anchors, above: count(true), below: count(false) };
}

/** The largest scale whose lanes fit the height (the smallest when none does). */
function fit(items: readonly Item[], room: Room | null) {
  const width = room?.width ?? (globalThis.innerWidth || 1366) * 0.92;
  const fontPx = room?.fontPx ?? Math.max(28, (globalThis.innerWidth || 1366) * 0.0205);
  let result = { scale: 1, ...layout(items, width / (fontPx * LABEL_EM)) };
  if (!room) return result;
  for (const scale of SCALES) {
    const labelPx = fontPx * LABEL_EM * scale;
    result = { scale, ...layout(items, width / labelPx) };
    if (((result.above + result.below) * LANE_EM + FIXED_EM) * labelPx <= room.height) break;
  }
  return result;
}

export function Timeline({ dataset, asOf }: { dataset: Dataset; asOf: IsoDate }) {
  const { t } = usePresentMessages();
  const textOf = useEventText();
  const events = timelineEvents(dataset, asOf);
  const span = spanOf(events);
  const texts = events.map(textOf);
  const { ref, room } = useRoom(texts.map((x) => `${x.title}|${x.detail}`).join('\n'));
  const items: Item[] = events.map((event, i) => ({
    event,
    text: texts[i]!,
    x: offsetOf(event.date, span),
    above: isZoneEvent(event),
    em: room?.labelsEm[i] ?? estimatedEm(texts[i]!),
  }));
  const { scale, lanes, anchors, above, below } = fit(items, room);
  // The regime's period drawn along the line, to its end or, while it runs, to the as-of date.
  const regimeFrom = offsetOf(dataset.regime.start, span);
  const band = { from: regimeFrom, width: offsetOf(dataset.regime.end ?? asOf, span) - regimeFrom };
  const style = { '--above': above, '--below': below, '--scale': scale } as CSSProperties;
  return (
    <div className="present-timeline" ref={ref}>
      <div className="present-track" style={style}>
        <div className="present-axis" aria-hidden="true">
          <span className="present-axis-line" />
          <span className="present-regime-band" style={{ '--from': `${band.from}%`, '--width': `${band.width}%` } as CSSProperties} />
          {yearMarks(span).map((m) => (
            <span key={m.year} className="present-year" style={{ '--x': `${m.at}%` } as CSSProperties}><span>{m.year}</span></span>
          ))}
        </div>
        <ol className="present-events" aria-label={t('regime.timeline')}>
          {items.map((item, i) => (
            <li
              key={`${item.event.kind} ${item.event.date}`}
              className={`present-event ${item.above ? 'present-event-above' : 'present-event-below'} present-event-${anchors[i]} present-event-${item.event.kind}`}
              style={{ '--x': `${item.x}%`, '--lane': lanes[i] } as CSSProperties}
            >
              <span className="present-event-title">{item.text.title}</span>
              <span className="present-event-detail">
                {item.text.approximate && (
                  <>
                    <span aria-hidden="true">≈ </span>
                    <span className="visually-hidden">{t('regime.approximate')} </span>
                  </>
                )}
                {item.text.detail}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
