/**
 * A review record's entries checked with the dataset schema, each error tied
 * to its field: a finding as entered, and the record made final. Apart from
 * reviewRecord.ts because the schema's validator is a large module: a view
 * loads this when someone saves, not to show a review.
 */
import { normaliseCertificates, type Checked, type FindingField, type SignOffField } from './reviewRecord';
import { findingSchema, reviewRecordSchema } from './schema';
import type { Finding, IsoDate, ReviewRecord } from './types';
import { toStructuralErrors } from './validation';

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
