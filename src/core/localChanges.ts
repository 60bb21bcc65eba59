/**
 * Local changes: what a person recorded in the browser on top of the source
 * dataset (new, edited or deleted notifications; review findings and
 * sign-off), and how they merge into it. Pure: the app stores them (in
 * IndexedDB) and calls these functions.
 *
 * A change list holds at most one change per notification id and one review
 * per quarter: the latest wins, so the count of changes is the count of
 * records that differ from the source.
 */
import { z } from 'zod';
import { datasetSchema, notificationSchema, reviewRecordSchema } from './schema';
import type { Dataset, Notification, Quarter, ReviewRecord } from './types';

export type NotificationChange =
  | { op: 'upsert'; notification: Notification }
  | { op: 'delete'; id: string };

export interface LocalChanges {
  notifications: NotificationChange[];
  /** Whole review records; each replaces the source's review of the same quarter. */
  reviews: ReviewRecord[];
}

/** No local changes (frozen: record functions return new objects, never mutate). */
export const EMPTY_LOCAL_CHANGES: LocalChanges = Object.freeze({
  notifications: Object.freeze([]) as unknown as NotificationChange[],
  reviews: Object.freeze([]) as unknown as ReviewRecord[],
});

const notificationChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('upsert'), notification: notificationSchema }),
  z.object({ op: z.literal('delete'), id: z.string().min(1) }),
]);

/** The id a change is about. */
export function changeId(change: NotificationChange): string {
  return change.op === 'upsert' ? change.notification.id : change.id;
}

/** How many records differ from the source. */
export function countLocalChanges(changes: LocalChanges): number {
  return changes.notifications.length + changes.reviews.length;
}

/**
 * Stored changes read back: each entry is validated on its own and an
 * invalid one is dropped (reported in `dropped`), so one bad record never
 * hides the others.
 */
export function parseLocalChanges(input: unknown): { changes: LocalChanges; dropped: number } {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as { notifications?: unknown; reviews?: unknown };
  const notifications: NotificationChange[] = [];
  const reviews: ReviewRecord[] = [];
  let dropped = 0;
  for (const item of Array.isArray(raw.notifications) ? raw.notifications : []) {
    const parsed = notificationChangeSchema.safeParse(item);
    if (parsed.success) notifications.push(parsed.data);
    else dropped += 1;
  }
  for (const item of Array.isArray(raw.reviews) ? raw.reviews : []) {
    const parsed = reviewRecordSchema.safeParse(item);
    if (parsed.success) reviews.push(parsed.data);
    else dropped += 1;
  }
  return { changes: { notifications, reviews }, dropped };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `list` with the entry matching `isSame` replaced by `next` (same place), or `next` appended; `null` removes it. */
function replaceOrAppend<T>(list: readonly T[], isSame: (item: T) => boolean, next: T | null): T[] {
  const at = list.findIndex(isSame);
  if (at === -1) return next === null ? [...list] : [...list, next];
  const out = [...list];
  if (next === null) out.splice(at, 1);
  else out[at] = next;
  return out;
}

/**
 * Records a new or edited notification. Saving a notification identical to
 * the source's removes the change (nothing left to keep).
 */
export function recordNotificationUpsert(changes: LocalChanges, notification: Notification, source: Dataset): LocalChanges {
  const n = notificationSchema.parse(notification);
  const original = source.notifications.find((s) => s.id === n.id);
  const next: NotificationChange | null =
    original !== undefined && sameJson(notificationSchema.parse(original), n) ? null : { op: 'upsert', notification: n };
  return { ...changes, notifications: replaceOrAppend(changes.notifications, (c) => changeId(c) === n.id, next) };
}

/**
 * Records a deletion. A notification that exists only locally is simply
 * forgotten; one from the source is hidden by a delete change.
 */
export function recordNotificationDelete(changes: LocalChanges, id: string, source: Dataset): LocalChanges {
  const inSource = source.notifications.some((s) => s.id === id);
  const next: NotificationChange | null = inSource ? { op: 'delete', id } : null;
  return { ...changes, notifications: replaceOrAppend(changes.notifications, (c) => changeId(c) === id, next) };
}

/** Records a review (findings, sign-off); identical to the source's review of that quarter removes the change. */
export function recordReview(changes: LocalChanges, record: ReviewRecord, source: Dataset): LocalChanges {
  const r = reviewRecordSchema.parse(record);
  const original = source.reviews.find((s) => s.quarter === r.quarter);
  const next = original !== undefined && sameJson(reviewRecordSchema.parse(original), r) ? null : r;
  return { ...changes, reviews: replaceOrAppend(changes.reviews, (c) => c.quarter === r.quarter, next) };
}

/** Forgets the local review of a quarter (the source's, if any, shows again). */
export function forgetReview(changes: LocalChanges, quarter: Quarter): LocalChanges {
  return { ...changes, reviews: changes.reviews.filter((r) => r.quarter !== quarter) };
}

/**
 * The source with the local changes applied, in a deterministic order:
 * a notification upsert replaces every source notification with its id in
 * place of the first (or is appended, in change order); a delete removes
 * them; a review replaces the source's review(s) of its quarter in place of
 * the first (or is appended, in change order). The source is not modified.
 */
export function applyLocalChanges(dataset: Dataset, changes: LocalChanges): Dataset {
  if (changes.notifications.length === 0 && changes.reviews.length === 0) return dataset;
  const byId = new Map<string, NotificationChange>();
  for (const c of changes.notifications) byId.set(changeId(c), c);
  const notifications: Notification[] = [];
  const placed = new Set<string>();
  for (const n of dataset.notifications) {
    const c = byId.get(n.id);
    if (c === undefined) notifications.push(n);
    else if (c.op === 'upsert' && !placed.has(n.id)) {
      notifications.push(c.notification);
      placed.add(n.id);
    }
  }
  for (const c of byId.values()) {
    if (c.op === 'upsert' && !placed.has(c.notification.id)) notifications.push(c.notification);
  }

  const byQuarter = new Map(changes.reviews.map((r) => [r.quarter, r]));
  const reviews: ReviewRecord[] = [];
  const reviewed = new Set<string>();
  for (const r of dataset.reviews) {
    const local = byQuarter.get(r.quarter);
    if (local === undefined) reviews.push(r);
    else if (!reviewed.has(r.quarter)) {
      reviews.push(local);
      reviewed.add(r.quarter);
    }
  }
  for (const r of byQuarter.values()) if (!reviewed.has(r.quarter)) reviews.push(r);

  return { ...dataset, notifications, reviews };
}

/**
 * The dataset as canonical dataset v1 JSON text: every field in schema
 * order, defaults (settings, empty lists) written out, unknown fields left
 * out, two-space indentation and a final newline. Parsing the text and
 * exporting again gives the identical text.
 */
export function exportDataset(dataset: Dataset): string {
  const result = datasetSchema.safeParse(dataset);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`the dataset does not validate: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem'}`);
  }
  return `${JSON.stringify(result.data, null, 2)}\n`;
}
