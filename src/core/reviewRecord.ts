/**
 * A quarter's review record (findings and sign-off) as reviewers edit it:
 * entries checked with the dataset schema, each error tied to its field, and
 * the moves draft → final → draft. Pure: the app stores the result with the
 * other local changes.
 */
import { findingSchema, reviewRecordSchema } from './schema';
import type { Dataset, Finding, IsoDate, Quarter, ReviewRecord } from './types';
import { toStructuralErrors } from './validation';

export type FindingField = 'id' | 'severity' | 'text' | 'certificates';
export type SignOffField = 'by' | 'on';

export interface ReviewFieldError<F extends string> {
  field: F | '(record)';
  message: string;
}

export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; errors: Array<ReviewFieldError<F>> };

/** The review of a quarter in the dataset, else an empty draft (not yet stored). */
export function reviewRecordOf(dataset: Dataset, quarter: Quarter): ReviewRecord {
  return dataset.reviews.find((r) => r.quarter === quarter) ?? { quarter, status: 'draft', findings: [], signedOff: null };
}

/** A draft with no findings and no sign-off: nothing worth keeping. */
export function isEmptyReview(record: ReviewRecord): boolean {
  return record.status === 'draft' && record.findings.length === 0 && record.signedOff === null;
}

/** `2021-Q3-4`: the quarter and the next number not yet used by the record's findings. */
export function nextFindingId(record: ReviewRecord): string {
  const used = new Set(record.findings.map((f) => f.id));
  let n = record.findings.length + 1;
  while (used.has(`${record.quarter}-${n}`)) n += 1;
  return `${record.quarter}-${n}`;
}

/** Certificate numbers typed or picked: trimmed, upper-cased, blanks and repeats left out. */
export function normaliseCertificates(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const c = v.trim().toUpperCase();
    if (c !== '' && !out.includes(c)) out.push(c);
  }
  return out;
}

/** First error per field, fields in the given order. */
function byField<F extends string>(issues: Parameters<typeof toStructuralErrors>[0], fieldOf: (path: string) => F | '(record)', order: readonly F[]) {
  const errors = toStructuralErrors(issues).map((e) => ({ field: fieldOf(e.path), message: e.message }));
  const first = errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);
  const rank = (f: F | '(record)') => (f === '(record)' ? -1 : order.indexOf(f));
  return first.sort((a, b) => rank(a.field) - rank(b.field));
}

const FINDING_FIELDS: readonly FindingField[] = ['id', 'severity', 'text', 'certificates'];

/**
 * A finding as entered, checked with the dataset schema. The text is kept as
 * written (only trimmed); no linked certificate means the field is left out.
 */
export function checkFinding(input: { id: string; severity: string; text: string; certificates: readonly string[] }): Checked<Finding, FindingField> {
  const certificates = normaliseCertificates(input.certificates);
  const candidate = {
    id: input.id, severity: input.severity === '' ? undefined : input.severity, text: input.text,
    ...(certificates.length > 0 ? { certificates } : {}),
  };
  const result = findingSchema.safeParse(candidate, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const fieldOf = (path: string): FindingField | '(record)' => {
    const head = path.split(/[.[]/)[0] ?? '';
    return (FINDING_FIELDS as readonly string[]).includes(head) ? (head as FindingField) : '(record)';
  };
  return { ok: false, errors: byField(result.error.issues, fieldOf, FINDING_FIELDS) };
}

/** The record with `finding` added, or replacing the finding with its id in place. */
export function withFinding(record: ReviewRecord, finding: Finding): ReviewRecord {
  const at = record.findings.findIndex((f) => f.id === finding.id);
  const findings = at === -1 ? [...record.findings, finding] : record.findings.map((f, i) => (i === at ? finding : f));
  return { ...record, findings };
}

export function withoutFinding(record: ReviewRecord, id: string): ReviewRecord {
  return { ...record, findings: record.findings.filter((f) => f.id !== id) };
}

/** Names typed one per line (or separated by semicolons): trimmed, blanks left out. */
export function namesFromText(text: string): string[] {
  return text.split(/[\n;]/).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * The record made final, signed by `by` on `on`, checked with the schema
 * (at least one name; a real calendar date).
 */
export function signOff(record: ReviewRecord, by: readonly string[], on: IsoDate): Checked<ReviewRecord, SignOffField> {
  const candidate = { ...record, status: 'final', signedOff: { by: by.map((n) => n.trim()).filter((n) => n !== ''), on } };
  const result = reviewRecordSchema.safeParse(candidate, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const fieldOf = (path: string): SignOffField | '(record)' =>
    path.startsWith('signedOff.by') ? 'by' : path.startsWith('signedOff.on') ? 'on' : '(record)';
  // Said in the words of the form: "expected at least 1 item(s)" means little beside a names field.
  const errors = byField(result.error.issues, fieldOf, ['by', 'on'] as const).map((e) => {
    if (e.field === 'by' && e.message.startsWith('expected at least')) return { ...e, message: 'missing: expected at least one name' };
    if (e.field === 'on' && on.trim() === '') return { ...e, message: 'missing: expected a date written YYYY-MM-DD (a real calendar day)' };
    return e;
  });
  return { ok: false, errors };
}

/** Back to draft: findings editable again; the sign-off no longer holds and is removed. */
export function reopen(record: ReviewRecord): ReviewRecord {
  return { ...record, status: 'draft', signedOff: null };
}
