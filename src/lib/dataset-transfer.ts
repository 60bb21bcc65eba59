/**
 * How the dataset worker hands a result back. A loaded dataset's long lists
 * are sent in slices, then the head (every field, its long lists empty), the
 * quality issues in slices, and `done`: the page copies each message in as a
 * task of its own, so no task is long however big the dataset, and it puts
 * the lists back in order. The worker sends the lists' slices as it reads
 * them (dataset-reading.ts), so the page copies them in while the worker is
 * still reading; if it then finds the document needs the schema's full
 * reading after all, it says `restart` and sends the lists again.
 */
import type { Dataset, QualityIssue, StructuralError } from '../core';

/**
 * A dataset document as the page has it: text (a file, a kept copy), or the bytes of a download
 * as they arrived, which the worker decodes (decoding tens of megabytes was the page's largest
 * task while a download ran).
 */
export type DatasetContent = string | Uint8Array[];

/** The document's text: the bytes put together and decoded as UTF-8 (a malformed byte becomes U+FFFD). */
export function contentText(content: DatasetContent): string {
  if (typeof content === 'string') return content;
  if (content.length === 1) return new TextDecoder('utf-8').decode(content[0]);
  const whole = new Uint8Array(content.reduce((n, part) => n + part.byteLength, 0));
  let at = 0;
  for (const part of content) {
    whole.set(part, at);
    at += part.byteLength;
  }
  return new TextDecoder('utf-8').decode(whole);
}

/** Whether the document's first character other than white space is `<`: a web page, not a dataset. */
export function looksLikeMarkup(content: DatasetContent): boolean {
  if (typeof content === 'string') return /^\s*</.test(content);
  for (const part of content) {
    for (const byte of part) {
      // Space, tab, line feed, carriage return, and a UTF-8 byte order mark's three bytes.
      if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
      return byte === 0x3c;
    }
  }
  return false;
}

/**
 * The buffers of a download's bytes, to hand over to the worker rather than copy (copying tens of
 * megabytes was some 90 ms of the page's time at the end of a download). Each once: a buffer
 * listed twice cannot be handed over.
 */
export function buffersOf(content: DatasetContent): ArrayBuffer[] {
  if (typeof content === 'string') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const part of content) if (part.buffer instanceof ArrayBuffer) buffers.add(part.buffer);
  return [...buffers];
}

export interface ToWorker {
  id: number;
  content: DatasetContent;
  /** The source URL to keep the text under as its last copy (last-dataset-store.ts) when it loads; null for none. */
  keepAs: string | null;
}

/** The lists sent in slices. */
export type SlicedList = 'exports' | 'notifications' | 'quality';

/** What the worker answers to one request. */
export type ResultMessage =
  | { id: number; kind: 'failed'; errors: StructuralError[] }
  | { id: number; kind: 'head'; dataset: Dataset }
  /** `items`: the slice's records as JSON text, which the page reads about twice as fast as the same records cloned. */
  | { id: number; kind: 'slice'; list: SlicedList; items: string }
  /** The slices sent so far are not the result's lists: forget them. */
  | { id: number; kind: 'restart' }
  | { id: number; kind: 'done' };

/** `ready` once the worker runs, then the answers to requests. */
export type FromWorker = { kind: 'ready' } | ResultMessage;

/**
 * Records a slice carries. Copying 5,000 exports into the page takes about
 * 10 ms on a 2-core laptop; small enough for the page to stay responsive
 * (and paint its loading screen) while the rest arrives.
 */
export const SLICE = 5_000;

/** A slice's message: its records as JSON text. */
export function sliceMessage(id: number, list: SlicedList, items: readonly unknown[]): ResultMessage {
  return { id, kind: 'slice', list, items: JSON.stringify(items) };
}

/** The messages for a list, a slice at a time. */
function* listMessages(id: number, list: SlicedList, items: readonly unknown[]): Generator<ResultMessage> {
  for (let from = 0; from < items.length; from += SLICE) yield sliceMessage(id, list, items.slice(from, from + SLICE));
}

/**
 * The messages for a parse result, in the order they must be sent; `listsSent`: the result's two
 * lists have already gone, slice by slice, and only the head, the quality issues and `done` follow.
 */
export function* messagesFor(id: number, result: Result, listsSent = false): Generator<ResultMessage> {
  if (!result.ok) {
    yield { id, kind: 'failed', errors: result.errors };
    return;
  }
  const { dataset, quality } = result;
  if (!listsSent) {
    yield* listMessages(id, 'exports', dataset.exports);
    yield* listMessages(id, 'notifications', dataset.notifications);
  }
  yield { id, kind: 'head', dataset: { ...dataset, exports: [], notifications: [] } };
  yield* listMessages(id, 'quality', quality);
  yield { id, kind: 'done' };
}

type Result = { ok: true; dataset: Dataset; quality: QualityIssue[] } | { ok: false; errors: StructuralError[] };

/** Puts a result back together from its messages (one request's, in order); the result once `done` or `failed`, else null. */
export function assembler(): (message: ResultMessage) => Result | null {
  let head: Dataset | null = null;
  let lists: Record<SlicedList, unknown[]> = { exports: [], notifications: [], quality: [] };
  return (message) => {
    switch (message.kind) {
      case 'failed':
        return { ok: false, errors: message.errors };
      case 'head':
        head = message.dataset;
        return null;
      case 'slice': {
        const target = lists[message.list];
        const items = JSON.parse(message.items) as unknown[];
        for (let i = 0; i < items.length; i += 1) target.push(items[i]);
        return null;
      }
      case 'restart':
        lists = { exports: [], notifications: [], quality: [] };
        return null;
      case 'done': {
        // The head's empty lists keep their places among its keys.
        const dataset = { ...head!, exports: lists.exports, notifications: lists.notifications } as Dataset;
        return { ok: true, dataset, quality: lists.quality as QualityIssue[] };
      }
    }
  };
}
