/**
 * Recording local changes and reading stored ones back: both validate with
 * the dataset schema (see localChanges.ts for the types and the merge).
 */
import { z } from 'zod';
import { changeId, replaceOrAppend, type LocalChanges, type NotificationChange } from './localChanges';
import { datasetSchema, notificationSchema, reviewRecordSchema } from './schema';
import type { Dataset, Notification, Quarter, ReviewRecord } from './types';

// Loaded with the recorder (on demand, with the schema): merging two tabs' review edits, and its helper.
export { mergeReviewEdit, type ReviewMerge } from './reviewMerge';
export { isEmptyReview } from './reviewRecord';

const notificationChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('upsert'), notification: notificationSchema }),
  z.object({ op: z.literal('delete'), id: z.string().min(1) }),
]);

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
