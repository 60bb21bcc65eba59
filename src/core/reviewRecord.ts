/**
 * A quarter's review record (findings and sign-off) as reviewers edit it:
 * the moves draft → final → draft and the edits in between. Pure: the app
 * stores the result with the other local changes. Entries are checked with
 * the dataset schema in reviewRecordChecks.ts, apart, so that what shows a
 * review does not load the schema's validator.
 */
import type { Dataset, Finding, Quarter, ReviewRecord } from './types';

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

/** Back to draft: findings editable again; the sign-off no longer holds and is removed. */
export function reopen(record: ReviewRecord): ReviewRecord {
  return { ...record, status: 'draft', signedOff: null };
}
