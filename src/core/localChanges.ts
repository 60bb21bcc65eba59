/**
 * Local changes: what a person recorded in the browser on top of the source
 * dataset (new, edited or deleted notifications; review findings and
 * sign-off), and how they merge into it. Pure: the app stores them (in
 * IndexedDB) and calls these functions.
 *
 * A change list holds at most one change per notification id and one review
 * per quarter: the latest wins, so the count of changes is the count of
 * records that differ from the source.
 *
 * This module needs no schema, so the page can merge changes without loading
 * the validator; recording and reading stored changes, which validate, are in
 * localChangesRecord.ts.
 */
import type { Dataset, Notification, ReviewRecord } from './types';

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

/** The id a change is about. */
export function changeId(change: NotificationChange): string {
  return change.op === 'upsert' ? change.notification.id : change.id;
}

/** How many records differ from the source. */
export function countLocalChanges(changes: LocalChanges): number {
  return changes.notifications.length + changes.reviews.length;
}

/** `list` with the entry matching `isSame` replaced by `next` (same place), or `next` appended; `null` removes it. */
export function replaceOrAppend<T>(list: readonly T[], isSame: (item: T) => boolean, next: T | null): T[] {
  const at = list.findIndex(isSame);
  if (at === -1) return next === null ? [...list] : [...list, next];
  const out = [...list];
  if (next === null) out.splice(at, 1);
  else out[at] = next;
  return out;
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
