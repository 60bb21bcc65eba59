/// <reference lib="webworker" />
/**
 * Parses and validates dataset text off the main thread, so a large file
 * never freezes the page. Receives the text or the downloaded bytes, answers with the core's result
 * in slices, sent as they are read (dataset-reading.ts, dataset-transfer.ts).
 */
import { readingMessages } from './dataset-reading';
import { contentText, type FromWorker, type ToWorker } from './dataset-transfer';
import { keepLastDataset } from './last-dataset-store';

/**
 * The browser loads its locale data (ICU) once per page process, on the first
 * number or date formatted: some 50 ms on a modest machine. Done here as the
 * worker starts, while the dataset downloads, so the page's first formatted
 * figure does not pay for it on the main thread (docs/performance.md).
 */
function loadLocaleData() {
  try {
    for (const tag of ['en-US', 'fr-FR']) {
      new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(0);
      new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(1234.5);
    }
  } catch {
    // Nothing to prepare: the page formats as it can.
  }
}
loadLocaleData();
// From now on the page hands the downloaded bytes over rather than copying them (parse-off-thread.ts).
(self as unknown as Worker).postMessage({ kind: 'ready' } satisfies FromWorker);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { id, content, keepAs } = event.data;
  const text = contentText(content);
  const messages = readingMessages(id, text);
  let step = messages.next();
  while (!step.done) {
    (self as unknown as Worker).postMessage(step.value);
    step = messages.next();
  }
  const result = step.value;
  // The offline copy is stored from here, where the text already is: storing tens of megabytes
  // from the page was a long task just before the first view.
  if (result.ok && keepAs !== null) void keepLastDataset(keepAs, text).catch(() => undefined);
};
