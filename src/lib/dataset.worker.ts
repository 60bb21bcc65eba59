/// <reference lib="webworker" />
/**
 * Parses and validates dataset text off the main thread, so a large file
 * never freezes the page. Receives the text, answers with the core's result.
 */
import { parseDatasetText } from '../core';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  (self as unknown as Worker).postMessage({ id, result: parseDatasetText(text) });
};
