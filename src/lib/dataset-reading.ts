/**
 * What the dataset worker sends for a document (dataset-transfer.ts): the core reads it a slice
 * at a time (`parseDatasetTextInSlices`), and each slice of exports and notifications goes to the
 * page as soon as it is read and accepted, so the page copies it in while the worker reads the
 * next one, instead of after the whole document is read. A separate module from the transfer's
 * types and assembler, which the page's own code imports: this one brings the core's reading
 * (the schema and its validator) and belongs in the worker.
 */
import { parseDatasetTextInSlices, type ParseResult } from '../core';
import { messagesFor, SLICE, sliceMessage, type ResultMessage } from './dataset-transfer';

/** Every message for the document `text`, in order; returns the result (to keep a copy when it loads). */
export function* readingMessages(id: number, text: string): Generator<ResultMessage, ParseResult> {
  const reading = parseDatasetTextInSlices(text, SLICE);
  let sent = false;
  let step = reading.next();
  while (!step.done) {
    const { list, items, from, to } = step.value;
    yield sliceMessage(id, list, items.slice(from, to));
    sent = true;
    step = reading.next();
  }
  const { result, sliced } = step.value;
  // A failed reading needs no restart: the page drops what it had with the errors.
  if (sent && result.ok && !sliced) yield { id, kind: 'restart' };
  yield* messagesFor(id, result, sliced);
  return result;
}
