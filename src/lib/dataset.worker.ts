/// <reference lib="webworker" />
/**
 * Parses and validates dataset text off the main thread, so a large file
 * never freezes the page. Receives the text, answers with the core's result
 * in slices (dataset-transfer.ts).
 */
import { parseDatasetText } from '../core';
import { messagesFor, type ToWorker } from './dataset-transfer';

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { id, text } = event.data;
  for (const message of messagesFor(id, parseDatasetText(text))) (self as unknown as Worker).postMessage(message);
};
