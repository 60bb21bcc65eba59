/**
 * The core's `parseDatasetText`, run in a Web Worker where the browser has
 * them (the schema and its validator then load with the worker, not with the
 * first page), in this thread otherwise (tests in jsdom, very old browsers).
 *
 * The worker hands a loaded dataset back in slices (dataset-transfer.ts):
 * this thread copies each message in as it arrives, so 100,000 exports never
 * make one long task, and puts the lists back together in their order. Then,
 * a step per task, it builds the indexes every view reads first (the
 * reconciliation as of the dataset's date, the quarter indexes), so the first
 * view's render does not do it all in one long task.
 */
import type { ParseResult } from '../core';
import { resolveAsOf } from '../core/asOf';
import { certificateIndex, exportsOfQuarter, reconciledInQuarter } from '../core/datasetIndex';
import { localToday } from '../core/dates';
import { quarterOf } from '../core/quarters';
import { reconcileInSteps } from '../core/reconcile';
import type { Dataset } from '../core/types';
import { assembler, buffersOf, contentText, type DatasetContent, type FromWorker, type ToWorker } from './dataset-transfer';
import { nextTask } from './idle';
import { keepLastDataset } from './last-dataset-store';

interface Pending {
  /** Null once handed over to the worker (see `parseOffMainThread`). */
  content: DatasetContent | null;
  keepAs: string | null;
  resolve: (result: ParseResult) => void;
  reject: (error: unknown) => void;
  /** Puts the result back together from the worker's messages. */
  add: ReturnType<typeof assembler>;
}

let worker: Worker | null = null;
/** The worker has started: its script loaded and runs, so what is handed to it is not lost to a worker that never came. */
let workerReady = false;
let nextId = 0;
const pending = new Map<number, Pending>();

function receive(message: FromWorker) {
  if (message.kind === 'ready') {
    workerReady = true;
    return;
  }
  const request = pending.get(message.id);
  if (!request) return;
  const result = request.add(message);
  if (result === null) return;
  pending.delete(message.id);
  if (!result.ok) {
    request.resolve(result);
    return;
  }
  indexInSteps(result.dataset).then(() => request.resolve(result), request.reject);
}

/**
 * The core caches its indexes per dataset object, so building them here
 * saves the first view that work. The as-of date is the one the loader
 * gives the dataset (its own, else today).
 */
async function indexInSteps(dataset: Dataset): Promise<void> {
  const asOf = resolveAsOf(dataset, localToday());
  await nextTask();
  certificateIndex(dataset);
  const steps = reconcileInSteps(dataset, asOf);
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    step = steps.next();
  }
  const rec = step.value;
  await nextTask();
  exportsOfQuarter(dataset, quarterOf(asOf));
  reconciledInQuarter(rec, quarterOf(asOf));
}

/** The worker stopped after it had taken a document's bytes: they are gone (the loader words it). */
export class ReadingStopped extends Error {
  constructor() {
    super('the dataset worker stopped after taking the document');
  }
}

/**
 * A worker that cannot start (blocked by policy, say) is no reason to fail the load: parse here
 * instead. A document already handed over to a worker that then stopped (out of memory, most
 * likely, which this thread would not survive either) is gone: that load fails, with a reason.
 */
function fallBack() {
  worker?.terminate();
  worker = null;
  workerReady = false;
  const waiting = [...pending.values()];
  pending.clear();
  for (const request of waiting) {
    if (request.content === null) request.reject(new ReadingStopped());
    else parseHere(request.content, request.keepAs).then(request.resolve, request.reject);
  }
}

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    fallBack();
  };
  worker.onmessageerror = fallBack;
  return worker;
}

async function parseHere(content: DatasetContent, keepAs: string | null): Promise<ParseResult> {
  const { parseDatasetText } = await import('../core');
  const text = contentText(content);
  const result = parseDatasetText(text);
  if (result.ok && keepAs !== null) void keepLastDataset(keepAs, text).catch(() => undefined);
  return result;
}

/**
 * Parses and validates a document (its text, or a download's bytes, decoded in the worker);
 * when it loads and `keepAs` names its source URL, also keeps the text as that source's last
 * copy (from the worker, so storing a large document costs the page nothing). A download's bytes
 * are handed over to a worker that has started (no copy; they are gone from this thread), and
 * copied to one still starting, so this thread can parse them if it never does.
 */
export function parseOffMainThread(content: DatasetContent, keepAs: string | null = null): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return parseHere(content, keepAs);
  return new Promise((resolve, reject) => {
    const id = (nextId += 1);
    const target = getWorker();
    const handOver = workerReady ? buffersOf(content) : [];
    pending.set(id, { content: handOver.length > 0 ? null : content, keepAs, resolve, reject, add: assembler() });
    target.postMessage({ id, content, keepAs } satisfies ToWorker, handOver);
  });
}

// The worker's script (the schema and its validator) loads and compiles while
// the dataset downloads, instead of after it.
if (typeof Worker !== 'undefined' && typeof window !== 'undefined') {
  try {
    getWorker();
  } catch {
    // Parsing will try again, and fall back to this thread.
  }
}
