import {
  checkFinding, isEmptyReview, namesFromText, nextFindingId, reopen, reviewRecordOf, signOff, withFinding, withoutFinding,
  type ReviewRecord,
} from '../../src/core';
import { fixture } from './fixture';

const draft: ReviewRecord = { quarter: '2021-Q3', status: 'draft', findings: [], signedOff: null };

describe('a review record as reviewers edit it', () => {
  it("is the dataset's review of the quarter, else an empty draft", () => {
    expect(reviewRecordOf(fixture(), '2021-Q2')).toMatchObject({ status: 'final', signedOff: { by: ['Test Reviewer'], on: '2021-07-15' } });
    expect(reviewRecordOf(fixture(), '2021-Q3')).toEqual(draft);
    expect(isEmptyReview(draft)).toBe(true);
    expect(isEmptyReview(reviewRecordOf(fixture(), '2021-Q2'))).toBe(false);
  });

  it('checks a finding with the schema: trimmed text, certificates upper-cased once each', () => {
    expect(checkFinding({ id: '2021-Q3-1', severity: 'concern', text: '  Late confirmation. ', certificates: [' cf002', 'CF002', ''] })).toEqual({
      ok: true, value: { id: '2021-Q3-1', severity: 'concern', text: 'Late confirmation.', certificates: ['CF002'] },
    });
    expect(checkFinding({ id: 'f', severity: 'info', text: 'No certificate.', certificates: [] })).toEqual({
      ok: true, value: { id: 'f', severity: 'info', text: 'No certificate.' },
    });
  });

  it('ties each error to its field, in the words of the dataset schema', () => {
    expect(checkFinding({ id: 'f', severity: '', text: '   ', certificates: [] })).toEqual({
      ok: false,
      errors: [
        { field: 'severity', message: 'missing: expected one of "info", "concern", "critical"' },
        { field: 'text', message: 'expected a non-empty text' },
      ],
    });
    expect(checkFinding({ id: 'f', severity: 'grave', text: 'x', certificates: [] })).toEqual({
      ok: false, errors: [{ field: 'severity', message: 'expected one of "info", "concern", "critical", got the text "grave"' }],
    });
  });

  it('numbers new findings after the quarter, skipping ids in use', () => {
    expect(nextFindingId(draft)).toBe('2021-Q3-1');
    const two = { ...draft, findings: [{ id: '2021-Q3-2', severity: 'info' as const, text: 'a' }] };
    expect(nextFindingId(two)).toBe('2021-Q3-3');
  });

  it('adds, replaces in place and removes findings', () => {
    const a = { id: 'a', severity: 'info' as const, text: 'A' };
    const b = { id: 'b', severity: 'critical' as const, text: 'B' };
    const both = withFinding(withFinding(draft, a), b);
    expect(both.findings.map((f) => f.id)).toEqual(['a', 'b']);
    expect(withFinding(both, { ...a, text: 'A2' }).findings).toEqual([{ ...a, text: 'A2' }, b]);
    expect(withoutFinding(both, 'a').findings).toEqual([b]);
  });

  it('signs off with names and a date, and reopening removes the sign-off', () => {
    expect(namesFromText(' Ana Diallo \n\nB. Martin; C. Okafor ')).toEqual(['Ana Diallo', 'B. Martin', 'C. Okafor']);
    const signed = signOff(draft, ['Ana Diallo', ' '], '2021-11-05');
    expect(signed).toEqual({ ok: true, value: { ...draft, status: 'final', signedOff: { by: ['Ana Diallo'], on: '2021-11-05' } } });
    expect(signed.ok && reopen(signed.value)).toEqual(draft);
  });

  it('refuses a sign-off without a name or with an impossible date, each error on its field', () => {
    expect(signOff(draft, [], '')).toEqual({
      ok: false,
      errors: [
        { field: 'by', message: 'missing: expected at least one name' },
        { field: 'on', message: 'missing: expected a date written YYYY-MM-DD (a real calendar day)' },
      ],
    });
    expect(signOff(draft, ['A'], '2021-02-30')).toEqual({
      ok: false, errors: [{ field: 'on', message: 'expected a date written YYYY-MM-DD (a real calendar day), got the text "2021-02-30"' }],
    });
  });
});
