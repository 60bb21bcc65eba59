/**
 * Reading a dataset: structural errors reject the document; referential and
 * semantic problems do not (they are reported by `checkQuality`).
 */
import { datasetSchema, SCHEMA_VERSION } from './schema';
import { checkQuality, type QualityIssue } from './quality';
import { readExport, readInSlices, readNotification, type ReadRange } from './records';
import { toStructuralErrors, type StructuralError } from './validation';
import type { Dataset } from './types';

export type { StructuralError } from './validation';

export type ParseResult =
  | { ok: true; dataset: Dataset; quality: QualityIssue[] }
  | { ok: false; errors: StructuralError[] };

function newerVersion(input: unknown): number | null {
  if (typeof input !== 'object' || input === null) return null;
  const v = (input as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' && v > SCHEMA_VERSION ? v : null;
}

/** A slice of one of the two long lists, read and accepted: records `from` to `to` of `items`. */
export interface ListSlice {
  list: 'exports' | 'notifications';
  items: readonly unknown[];
  from: number;
  to: number;
}

/** The result, and whether its two lists are exactly the slices yielded on the way, in order. */
export interface SlicedParse {
  result: ParseResult;
  sliced: boolean;
}

/**
 * Validates an already-parsed JSON value. `adopt`: the value is the caller's
 * to give away (no one else holds it), so records already in the schema's
 * form are used as they are rather than copied (core/records.ts).
 */
export function parseDataset(input: unknown, options: { adopt?: boolean } = {}): ParseResult {
  return drain(parseDatasetInSlices(input, { ...options, size: Number.POSITIVE_INFINITY })).result;
}

/**
 * `parseDataset`, saying as it goes: yields each slice of `size` exports, then of notifications,
 * once read and accepted, so that a caller (the app's worker) can send them on while the rest is
 * read; then returns the result. Its lists are the slices yielded (`sliced`) only when the fast
 * readers took every record; otherwise the schema reads the whole document again and the slices
 * yielded so far are not the result's, whether it loads or not.
 */
export function* parseDatasetInSlices(input: unknown, options: { adopt?: boolean; size: number }): Generator<ListSlice, SlicedParse> {
  const newer = newerVersion(input);
  if (newer !== null) {
    return {
      sliced: false,
      result: {
        ok: false,
        errors: [{
          path: 'schemaVersion',
          code: 'newerVersion',
          message: `this file uses format version ${newer}; this dashboard reads version ${SCHEMA_VERSION}. Use a newer dashboard or export the file as version ${SCHEMA_VERSION}`,
        }],
      },
    };
  }
  const dataset = yield* validQuickly(input, options.adopt ?? false, options.size);
  if (dataset) return { sliced: true, result: { ok: true, dataset, quality: checkQuality(dataset) } };
  const result = datasetSchema.safeParse(input, { reportInput: true });
  if (!result.success) return { sliced: false, result: { ok: false, errors: toStructuralErrors(result.error.issues) } };
  return { sliced: false, result: { ok: true, dataset: result.data, quality: checkQuality(result.data) } };
}

/**
 * The dataset the schema would output, with the long lists read by the fast
 * readers (records.ts) and the rest by the schema; null when any part is not
 * plainly valid, and the whole document then goes through the schema for its errors.
 */
function* validQuickly(input: unknown, adopt: boolean, size: number): Generator<ListSlice, Dataset | null> {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return null;
  const doc = input as Record<string, unknown>;
  const exports = yield* named('exports', readInSlices(doc.exports, readExport, adopt, size));
  const notifications = exports && (yield* named('notifications', readInSlices(doc.notifications, readNotification, adopt, size)));
  if (!exports || !notifications) return null;
  const rest = datasetSchema.safeParse({ ...doc, exports: [], notifications: [] });
  // Same keys in the same order as the schema's output: the lists take their places.
  return rest.success ? { ...rest.data, exports, notifications } : null;
}

/** The slices of one list, with the list's name. */
function* named<T>(list: ListSlice['list'], reading: Generator<ReadRange<T>, T[] | null>): Generator<ListSlice, T[] | null> {
  let step = reading.next();
  while (!step.done) {
    yield { list, ...step.value };
    step = reading.next();
  }
  return step.value;
}

function drain<R>(steps: Generator<unknown, R>): R {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Validates JSON text; a syntax error is reported like any structural error. */
export function parseDatasetText(text: string): ParseResult {
  return drain(parseDatasetTextInSlices(text, Number.POSITIVE_INFINITY)).result;
}

/** `parseDatasetText`, yielding the long lists' slices as they are read (`parseDatasetInSlices`). */
export function* parseDatasetTextInSlices(text: string, size: number): Generator<ListSlice, SlicedParse> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { sliced: false, result: { ok: false, errors: [{ path: '(document)', message: `not valid JSON: ${reason}` }] } };
  }
  // The value was made here and is seen by no one else: its records can be used as they are.
  return yield* parseDatasetInSlices(json, { adopt: true, size });
}

export { resolveAsOf } from './asOf';
