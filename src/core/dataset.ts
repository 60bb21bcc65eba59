/**
 * Reading a dataset: structural errors reject the document; referential and
 * semantic problems do not (they are reported by `checkQuality`).
 */
import { datasetSchema, SCHEMA_VERSION } from './schema';
import { checkQuality, type QualityIssue } from './quality';
import { readAll, readExport, readNotification } from './records';
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

/**
 * Validates an already-parsed JSON value. `adopt`: the value is the caller's
 * to give away (no one else holds it), so records already in the schema's
 * form are used as they are rather than copied (core/records.ts).
 */
export function parseDataset(input: unknown, options: { adopt?: boolean } = {}): ParseResult {
  const newer = newerVersion(input);
  if (newer !== null) {
    return {
      ok: false,
      errors: [{
        path: 'schemaVersion',
        code: 'newerVersion',
        message: `this file uses format version ${newer}; this dashboard reads version ${SCHEMA_VERSION}. Use a newer dashboard or export the file as version ${SCHEMA_VERSION}`,
      }],
    };
  }
  const dataset = validQuickly(input, options.adopt ?? false);
  if (dataset) return { ok: true, dataset, quality: checkQuality(dataset) };
  const result = datasetSchema.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, errors: toStructuralErrors(result.error.issues) };
  return { ok: true, dataset: result.data, quality: checkQuality(result.data) };
}

/**
 * The dataset the schema would output, with the long lists read by the fast
 * readers (records.ts) and the rest by the schema; null when any part is not
 * plainly valid, and the whole document then goes through the schema for its errors.
 */
function validQuickly(input: unknown, adopt: boolean): Dataset | null {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return null;
  const doc = input as Record<string, unknown>;
  const exports = readAll(doc.exports, readExport, adopt);
  const notifications = exports && readAll(doc.notifications, readNotification, adopt);
  if (!exports || !notifications) return null;
  const rest = datasetSchema.safeParse({ ...doc, exports: [], notifications: [] });
  // Same keys in the same order as the schema's output: the lists take their places.
  return rest.success ? { ...rest.data, exports, notifications } : null;
}

/** Validates JSON text; a syntax error is reported like any structural error. */
export function parseDatasetText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '(document)', message: `not valid JSON: ${reason}` }] };
  }
  // The value was made here and is seen by no one else: its records can be used as they are.
  return parseDataset(json, { adopt: true });
}

export { resolveAsOf } from './asOf';
