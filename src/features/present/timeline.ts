/**
 * The regime's timeline as events on one horizontal line: above it, the days
 * zones became (or stopped being) compliant, zones of the same day together;
 * below it, the regime's start and end and the as-of date. Labels that would
 * overlap go to further lanes, away from the line.
 */
import { dayNumber, type Dataset, type IsoDate, type Zone } from '../../core';

export type TimelineEvent =
  | { kind: 'compliantFrom' | 'compliantUntil'; date: IsoDate; zones: Zone[]; approximate: boolean }
  | { kind: 'regimeStart' | 'regimeEnd' | 'asOf'; date: IsoDate };

export const isZoneEvent = (e: TimelineEvent): e is Extract<TimelineEvent, { zones: Zone[] }> =>
  e.kind === 'compliantFrom' || e.kind === 'compliantUntil';

/** Every event, in date order (zone events before regime events on the same day). */
export function timelineEvents(dataset: Dataset, asOf: IsoDate): TimelineEvent[] {
  const groups = new Map<string, Zone[]>();
  const add = (kind: string, date: IsoDate, zone: Zone) => {
    const key = `${date} ${kind}`;
    groups.set(key, [...(groups.get(key) ?? []), zone]);
  };
  for (const z of dataset.zones) {
    add('compliantFrom', z.compliantFrom, z);
    if (z.compliantUntil !== null) add('compliantUntil', z.compliantUntil, z);
  }
  const events: TimelineEvent[] = [...groups].map(([key, zones]) => {
    const [date, kind] = key.split(' ') as [IsoDate, 'compliantFrom' | 'compliantUntil'];
    return { kind, date, zones, approximate: zones.some((z) => z.certainty !== 'confirmed') };
  });
  events.push({ kind: 'regimeStart', date: dataset.regime.start });
  if (dataset.regime.end !== null) events.push({ kind: 'regimeEnd', date: dataset.regime.end });
  events.push({ kind: 'asOf', date: asOf });
  const rank = (e: TimelineEvent) => (isZoneEvent(e) ? 0 : 1);
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b)));
}

export interface Span {
  start: IsoDate;
  end: IsoDate;
}

export function spanOf(events: readonly TimelineEvent[]): Span {
  const dates = events.map((e) => e.date).sort();
  return { start: dates[0]!, end: dates.at(-1)! };
}

/** Where a date falls along the line, 0 to 100. */
export function offsetOf(date: IsoDate, span: Span): number {
  const total = dayNumber(span.end) - dayNumber(span.start);
  return total <= 0 ? 0 : ((dayNumber(date) - dayNumber(span.start)) / total) * 100;
}

/** 1 January of each year strictly inside the span, for the line's year marks. */
export function yearMarks(span: Span): Array<{ year: string; at: number }> {
  const out: Array<{ year: string; at: number }> = [];
  for (let y = Number(span.start.slice(0, 4)) + 1; y <= Number(span.end.slice(0, 4)); y += 1) {
    out.push({ year: String(y), at: offsetOf(`${y}-01-01`, span) });
  }
  return out;
}

export interface Placement {
  lane: number;
  /** "start": the label runs right from its date; "end": it ends at its date (near the right edge). */
  anchor: 'start' | 'end';
}

interface Laid {
  x: number;
  from: number;
  to: number;
  lane: number;
}

/** Lanes tried before giving up on keeping stems clear of labels. */
const MAX_LANES = 8;

/**
 * Lanes for labels at `x` (0–100) that are `width` wide (same unit). Lane 0
 * is nearest the line; each label hangs on a stem down (or up) to its date.
 * A label takes the nearest lane where it overlaps no label of that lane,
 * its stem crosses no label of a nearer lane, and it covers no stem of a
 * further one. Labels running right are laid from the right, labels ending
 * at their date from the left, so staircases form that way round.
 */
export function placeLabels(items: ReadonlyArray<{ x: number; width: number }>, gap = 1): Placement[] {
  const anchors = items.map(({ x, width }): Placement['anchor'] => (x + width <= 100 ? 'start' : 'end'));
  const order = items.map((_, i) => i).sort((a, b) => {
    if (anchors[a] !== anchors[b]) return anchors[a] === 'end' ? -1 : 1;
    return anchors[a] === 'end' ? items[a]!.x - items[b]!.x : items[b]!.x - items[a]!.x;
  });
  const laid: Laid[] = [];
  const lanes: number[] = [];
  for (const i of order) {
    const { x, width } = items[i]!;
    const from = anchors[i] === 'start' ? x : x - width;
    const to = from + width;
    const fits = (lane: number, strict: boolean) => laid.every((o) => {
      if (o.lane === lane) return o.to + gap <= from || to + gap <= o.from;
      if (!strict) return true;
      if (o.lane < lane) return x < o.from || x > o.to;
      return o.x < from || o.x > to;
    });
    let lane = 0;
    while (lane < MAX_LANES && !fits(lane, true)) lane += 1;
    if (lane === MAX_LANES) {
      lane = 0;
      while (!fits(lane, false)) lane += 1;
    }
    laid.push({ x, from, to, lane });
    lanes[i] = lane;
  }
  return items.map((_, i) => ({ lane: lanes[i]!, anchor: anchors[i]! }));
}
