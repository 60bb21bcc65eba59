/**
 * Turns schema issues into the messages people read: `path: message`, e.g.
 * `exports[12].carats: expected a number greater than 0`.
 */
import type { z } from 'zod';

export interface StructuralError {
  path: string;
  message: string;
  /** Set on the one error that refuses a file written in a newer format version. */
  code?: 'newerVersion';
}

/** `exports[12].carats` from ['exports', 12, 'carats']; the whole document is `(document)`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(document)' : out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(truncate(value))}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  return `a ${typeof value}`;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text', number: 'a number', boolean: 'true or false', object: 'an object',
  array: 'a list', int: 'a whole number', null: 'null',
};

const FORMAT_NAMES: Record<string, string> = {
  date: 'a date written YYYY-MM-DD (a real calendar day)',
  quarter: 'a quarter written YYYY-Qn, e.g. 2021-Q3',
  certificate: 'a KP certificate number starting with CF',
  country: 'a two-letter ISO 3166-1 country code in capitals, e.g. AE',
};

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean }, below: boolean) {
  const n = below ? issue.minimum : issue.maximum;
  if (below) return issue.inclusive ? `at least ${String(n)}` : `greater than ${String(n)}`;
  return issue.inclusive ? `at most ${String(n)}` : `less than ${String(n)}`;
}

function messageFor(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const want = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (input === undefined) return `missing: expected ${want}`;
      return `expected ${want}, got ${describeValue(input)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `expected ${bound(issue, true)} item(s)`;
      if (issue.origin === 'string') return 'expected a non-empty text';
      return `expected a number ${bound(issue, true)}, got ${describeValue(input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected ${bound(issue, false)} item(s)`;
      return `expected a number ${bound(issue, false)}, got ${describeValue(input)}`;
    case 'invalid_format': {
      const key = issue.format === 'regex' ? issue.message : issue.format;
      const want = FORMAT_NAMES[key ?? ''] ?? `the format ${issue.format}`;
      return `expected ${want}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      if (input === undefined) return `missing: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(input)}`;
    case 'invalid_union':
      return `expected a GeoJSON Polygon or MultiPolygon, got ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

export function toStructuralErrors(issues: ReadonlyArray<z.core.$ZodIssue>): StructuralError[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: messageFor(issue) }));
}
