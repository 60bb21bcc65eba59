/**
 * The core's `parseDatasetText`, run in a Web Worker where the browser has
 * them (the schema and its validator then load with the worker, not with the
 * first page), in this thread otherwise (tests in jsdom, very old browsers).
 */
import type { ParseResult } from '../core';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (result: ParseResult) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; result: ParseResult }>) => {
    pending.get(event.data.id)?.(event.data.result);
    pending.delete(event.data.id);
  };
  return worker;
}

async function parseHere(text: string): Promise<ParseResult> {
  const { parseDatasetText } = await import('../core');
  return parseDatasetText(text);
}

export function parseOffMainThread(text: string): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return parseHere(text);
  return new Promise((resolve, reject) => {
    const id = (nextId += 1);
    pending.set(id, resolve);
    const w = getWorker();
    w.onerror = (event) => {
      // A worker that cannot start (blocked by policy, say) is no reason to fail the load.
      event.preventDefault();
      worker = null;
      pending.delete(id);
      parseHere(text).then(resolve, reject);
    };
    w.postMessage({ id, text });
  });
}
