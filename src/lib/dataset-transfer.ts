/**
 * How the dataset worker hands a result back. A loaded dataset is sent as a
 * head (every field, its long lists empty) then its lists in slices, then
 * `done`: the page copies each message in as a task of its own, so no task is
 * long however big the dataset, and it puts the lists back in order.
 */
import type { Dataset, QualityIssue, StructuralError } from '../core';

export interface ToWorker {
  id: number;
  text: string;
  /** The source URL to keep the text under as its last copy (last-dataset-store.ts) when it loads; null for none. */
  keepAs: string | null;
}

/** The lists sent in slices. */
export type SlicedList = 'exports' | 'notifications' | 'quality';

export type FromWorker =
  | { id: number; kind: 'failed'; errors: StructuralError[] }
  | { id: number; kind: 'head'; dataset: Dataset }
  | { id: number; kind: 'slice'; list: SlicedList; items: unknown[] }
  | { id: number; kind: 'done' };

/**
 * Records a slice carries. Copying 5,000 exports into the page takes about
 * 10 ms on a 2-core laptop; small enough for the page to stay responsive
 * (and paint its loading screen) while the rest arrives.
 */
export const SLICE = 5_000;

/** The messages for a parse result, in the order they must be sent. */
export function* messagesFor(id: number, result: { ok: true; dataset: Dataset; quality: QualityIssue[] } | { ok: false; errors: StructuralError[] }): Generator<FromWorker> {
  if (!result.ok) {
    yield { id, kind: 'failed', errors: result.errors };
    return;
  }
  const { dataset, quality } = result;
  yield { id, kind: 'head', dataset: { ...dataset, exports: [], notifications: [] } };
  const lists: Array<[SlicedList, readonly unknown[]]> = [['exports', dataset.exports], ['notifications', dataset.notifications], ['quality', quality]];
  for (const [list, items] of lists) {
    for (let from = 0; from < items.length; from += SLICE) yield { id, kind: 'slice', list, items: items.slice(from, from + SLICE) };
  }
  yield { id, kind: 'done' };
}

type Result = { ok: true; dataset: Dataset; quality: QualityIssue[] } | { ok: false; errors: StructuralError[] };

/** Puts a result back together from its messages (one request's, in order); the result once `done` or `failed`, else null. */
export function assembler(): (message: FromWorker) => Result | null {
  let dataset: Dataset | null = null;
  const quality: QualityIssue[] = [];
  return (message) => {
    switch (message.kind) {
      case 'failed':
        return { ok: false, errors: message.errors };
      case 'head':
        dataset = message.dataset;
        return null;
      case 'slice': {
        const target: unknown[] = message.list === 'quality' ? quality : dataset![message.list];
        const { items } = message;
        for (let i = 0; i < items.length; i += 1) target.push(items[i]);
        return null;
      }
      case 'done':
        return { ok: true, dataset: dataset!, quality };
    }
  };
}
