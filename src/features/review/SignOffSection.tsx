/**
 * Sign-off: a draft is made final with the names of who signed and the date;
 * a final review is read-only until reopened (which asks first). In print, a
 * draft gets blank lines to sign on.
 */
import { useId, useState, type FormEvent } from 'react';
import { localToday, namesFromText, reopen, type Checked, type ReviewFieldError, type ReviewRecord, type SignOffField } from '../../core';
import { Trans } from 'react-i18next';
import { ConfirmDialog } from '../../components/Dialog';
import { formatDate } from '../../lib/format';
import { fieldErrorText } from './FindingForm';
import { useReviewMessages } from './messages';
import { loadRecordChecks, prepareRecordChecks } from './record-checks';
import { recordWords, useRecordMessages } from './messages/record';

/** "Ana, Bruno and Chloé". */
function names(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return recordWords('signOff.namesAnd', { names: list.slice(0, -1).join(', '), last: list.at(-1) });
}

function SignOffForm({ record, save }: { record: ReviewRecord; save: (next: ReviewRecord) => Promise<void> }) {
  const [by, setBy] = useState('');
  const [on, setOn] = useState(() => localToday());
  const [errors, setErrors] = useState<Array<ReviewFieldError<SignOffField>>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { by: useId(), on: useId() };
  const { t } = useRecordMessages();
  const errorOf = (field: SignOffField) => {
    const error = errors.find((e) => e.field === field);
    return error && fieldErrorText(field, error.message);
  };
  const fix = (field: SignOffField) => setErrors((list) => list.filter((e) => e.field !== field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let checked: Checked<ReviewRecord, SignOffField>;
    try {
      checked = (await loadRecordChecks()).signOff(record, namesFromText(by), on);
    } catch (error) {
      setFailure(t('signOff.saveFailed', { error: error instanceof Error ? error.message : String(error) }));
      return;
    }
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
      setFailure(t('signOff.saveFailed', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="signoff-form screen-only" onSubmit={submit} onFocus={prepareRecordChecks} noValidate aria-label={t('signOff.label')}>
      <p>{t('signOff.intro')}</p>
      <div className="signoff-fields">
        <div className={`field${errorOf('by') ? ' field-invalid' : ''}`}>
          <label htmlFor={ids.by}>{t('signOff.by')} <span className="optional">{t('signOff.byHint')}</span></label>
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
          <label htmlFor={ids.on}>{t('signOff.on')}</label>
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
        <button type="submit" className="button button-primary" disabled={saving}>{t('signOff.submit')}</button>
      </div>
    </form>
  );
}

/** Blank lines to sign a printed draft on. */
function SignatureLines() {
  const { t } = useRecordMessages();
  return (
    <table className="report-table signature-lines print-only">
      <caption>{t('signOff.toSign')}</caption>
      <thead>
        <tr><th scope="col">{t('signOff.name')}</th><th scope="col">{t('signOff.signature')}</th><th scope="col">{t('signOff.date')}</th></tr>
      </thead>
      <tbody>
        {[1, 2, 3].map((n) => <tr key={n}><td /><td /><td /></tr>)}
      </tbody>
    </table>
  );
}

export function SignOffSection({ record, canSave, save }: { record: ReviewRecord; canSave: boolean; save: (next: ReviewRecord) => Promise<void> }) {
  const { t } = useRecordMessages();
  const { t: words } = useReviewMessages();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const signed = record.signedOff;

  const reopenNow = () => {
    setAsking(false);
    save(reopen(record)).then(
      () => setFailure(null),
      (error: unknown) => setFailure(t('signOff.reopenFailed', { error: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <section className="report-section signoff" id="sign-off">
      <h2>{words('sections.signOff')}</h2>
      {record.status === 'final' ? (
        <div className="signoff-block">
          <p>
            <span className="status status-ok">{words('status.final')}</span>{' '}
            {signed
              ? <Trans ns="review-record" i18nKey="signOff.signedOn" values={{ date: formatDate(signed.on) }} components={{ strong: <strong /> }} />
              : t('signOff.noSignOff')}
          </p>
          {signed && (
            <ul className="signers">
              {signed.by.map((name, i) => <li key={`${name}-${i}`}>{name}</li>)}
            </ul>
          )}
          {canSave && (
            <p className="screen-only reopen">
              {t('signOff.isFinal')}{' '}
              <button type="button" className="button" onClick={() => setAsking(true)}>{t('signOff.reopen')}</button>
            </p>
          )}
        </div>
      ) : (
        <div className="signoff-block">
          <p><span className="status status-draft">{words('status.draft')}</span> {t('signOff.isDraft')}</p>
          {canSave && <SignOffForm record={record} save={save} />}
          <SignatureLines />
        </div>
      )}
      {failure && <p className="form-alert" role="alert">{failure}</p>}
      {asking && (
        <ConfirmDialog
          title={t('signOff.reopenTitle', { quarter: record.quarter })}
          confirmLabel={t('signOff.reopenConfirm')}
          onConfirm={reopenNow}
          onCancel={() => setAsking(false)}
        >
          <p>{signed ? t('signOff.reopenBodySigned', { names: names(signed.by), date: formatDate(signed.on) }) : t('signOff.reopenBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
