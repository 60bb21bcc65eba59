/**
 * Sign-off: a draft is made final with the names of who signed and the date;
 * a final review is read-only until reopened (which asks first). In print, a
 * draft gets blank lines to sign on.
 */
import { useId, useState, type FormEvent } from 'react';
import { localToday, namesFromText, reopen, signOff, type ReviewFieldError, type ReviewRecord, type SignOffField } from '../../core';
import { ConfirmDialog } from '../../components/Dialog';
import { formatDate } from '../../lib/format';

function names(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function SignOffForm({ record, save }: { record: ReviewRecord; save: (next: ReviewRecord) => Promise<void> }) {
  const [by, setBy] = useState('');
  const [on, setOn] = useState(() => localToday());
  const [errors, setErrors] = useState<Array<ReviewFieldError<SignOffField>>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { by: useId(), on: useId() };
  const errorOf = (field: SignOffField) => errors.find((e) => e.field === field)?.message;
  const fix = (field: SignOffField) => setErrors((list) => list.filter((e) => e.field !== field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = signOff(record, namesFromText(by), on);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await save(checked.value);
      setFailure(null);
    } catch (error) {
      setFailure(`The sign-off could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="signoff-form screen-only" onSubmit={submit} noValidate aria-label="Sign-off">
      <p>When the findings are complete, the members who signed make the review final. It is then read-only until reopened.</p>
      <div className="signoff-fields">
        <div className={`field${errorOf('by') ? ' field-invalid' : ''}`}>
          <label htmlFor={ids.by}>Signed by <span className="optional">(one name per line)</span></label>
          <textarea
            id={ids.by}
            rows={3}
            value={by}
            onChange={(e) => {
              setBy(e.target.value);
              fix('by');
            }}
            aria-invalid={errorOf('by') ? true : undefined}
            aria-describedby={errorOf('by') ? `${ids.by}-error` : undefined}
          />
          {errorOf('by') && <p id={`${ids.by}-error`} className="field-error">{errorOf('by')}</p>}
        </div>
        <div className={`field${errorOf('on') ? ' field-invalid' : ''}`}>
          <label htmlFor={ids.on}>Date signed</label>
          <input
            id={ids.on}
            type="date"
            value={on}
            onChange={(e) => {
              setOn(e.target.value);
              fix('on');
            }}
            aria-invalid={errorOf('on') ? true : undefined}
            aria-describedby={errorOf('on') ? `${ids.on}-error` : undefined}
          />
          {errorOf('on') && <p id={`${ids.on}-error`} className="field-error">{errorOf('on')}</p>}
        </div>
      </div>
      {failure && <p className="form-alert" role="alert">{failure}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>Sign off as final</button>
      </div>
    </form>
  );
}

/** Blank lines to sign a printed draft on. */
function SignatureLines() {
  return (
    <table className="report-table signature-lines print-only">
      <caption>To sign</caption>
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Signature</th><th scope="col">Date</th></tr>
      </thead>
      <tbody>
        {[1, 2, 3].map((n) => <tr key={n}><td /><td /><td /></tr>)}
      </tbody>
    </table>
  );
}

export function SignOffSection({ record, canSave, save }: { record: ReviewRecord; canSave: boolean; save: (next: ReviewRecord) => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const signed = record.signedOff;

  const reopenNow = () => {
    setAsking(false);
    save(reopen(record)).then(
      () => setFailure(null),
      (error: unknown) => setFailure(`The review could not be reopened: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <section className="report-section signoff" id="sign-off">
      <h2>Sign-off</h2>
      {record.status === 'final' ? (
        <div className="signoff-block">
          <p>
            <span className="status status-ok">Final</span>{' '}
            {signed ? <>Signed off on <strong>{formatDate(signed.on)}</strong> by:</> : 'Final, with no sign-off recorded.'}
          </p>
          {signed && (
            <ul className="signers">
              {signed.by.map((name, i) => <li key={`${name}-${i}`}>{name}</li>)}
            </ul>
          )}
          {canSave && (
            <p className="screen-only reopen">
              The review is final: its findings are read-only until it is reopened.{' '}
              <button type="button" className="button" onClick={() => setAsking(true)}>Reopen review</button>
            </p>
          )}
        </div>
      ) : (
        <div className="signoff-block">
          <p><span className="status status-draft">Draft</span> Not signed off: this review is a draft.</p>
          {canSave && <SignOffForm record={record} save={save} />}
          <SignatureLines />
        </div>
      )}
      {failure && <p className="form-alert" role="alert">{failure}</p>}
      {asking && (
        <ConfirmDialog title={`Reopen the review of ${record.quarter}?`} confirmLabel="Reopen as draft" onConfirm={reopenNow} onCancel={() => setAsking(false)}>
          <p>
            It goes back to draft so its findings can be changed
            {signed ? <>; the sign-off by {names(signed.by)} on {formatDate(signed.on)} is removed and will be needed again</> : null}.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
