/**
 * Two browser tabs editing the same quarter's review at once. Each tab saves
 * whole review records, so saving what one tab shows would silently undo
 * what another tab stored meanwhile. Instead, this tab's edit (from `base`,
 * the record it showed, to `next`, the record it saves) is replayed on the
 * record stored now (`stored`): findings added, edited or deleted here are
 * added, edited or deleted there, and everything else another tab did stays.
 * What both tabs touched is listed in `conflicts` (this tab's edit wins).
 */
import { nextFindingId } from './reviewRecord';
import type { Finding, ReviewRecord } from './types';

export interface ReviewMerge {
  record: ReviewRecord;
  /** True when another tab had changed the record since this tab showed it. */
  concurrent: boolean;
  /** Where both tabs changed the same thing, in words. */
  conflicts: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeReviewEdit(stored: ReviewRecord, base: ReviewRecord, next: ReviewRecord): ReviewMerge {
  if (same(stored, base)) return { record: next, concurrent: false, conflicts: [] };
  const conflicts: string[] = [];
  const findings: Finding[] = [...stored.findings];
  const at = (id: string) => findings.findIndex((f) => f.id === id);
  const nextIds = new Set(next.findings.map((f) => f.id));
  const baseById = new Map(base.findings.map((f) => [f.id, f]));

  for (const f of base.findings) {
    if (nextIds.has(f.id)) continue;
    // Deleted here.
    const i = at(f.id);
    if (i === -1) continue;
    if (!same(findings[i], f)) conflicts.push(`finding ${f.id}, changed in the other tab, was deleted here`);
    findings.splice(i, 1);
  }
  for (const f of next.findings) {
    const before = baseById.get(f.id);
    if (before !== undefined && same(before, f)) continue;
    const i = at(f.id);
    if (before !== undefined) {
      // Edited here.
      if (i === -1) {
        conflicts.push(`finding ${f.id}, deleted in the other tab, was edited here and is kept`);
        findings.push(f);
      } else {
        if (!same(findings[i], before)) conflicts.push(`finding ${f.id} was edited in both tabs; this tab's version is kept`);
        findings[i] = f;
      }
    } else if (i === -1) {
      findings.push(f);
    } else if (!same(findings[i], f)) {
      // Added in both tabs under the same next number: this one takes the number after.
      findings.push({ ...f, id: nextFindingId({ ...stored, findings }) });
    }
  }

  const signing = (r: ReviewRecord) => ({ status: r.status, signedOff: r.signedOff });
  const signedHere = !same(signing(next), signing(base));
  const signedThere = !same(signing(stored), signing(base));
  if (signedHere && signedThere && !same(signing(next), signing(stored))) {
    conflicts.push("the review's status was changed in both tabs; this tab's is kept");
  }
  if (signedHere && next.status === 'final' && !same(stored.findings, base.findings)) {
    conflicts.push('findings were changed in the other tab while this tab signed the review off: check them');
  }
  const { status, signedOff } = signedHere ? signing(next) : signing(stored);
  return { record: { quarter: next.quarter, status, findings, signedOff }, concurrent: true, conflicts };
}
