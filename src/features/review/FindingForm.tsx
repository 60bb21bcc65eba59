/**
 * Add or edit a finding: severity, text and the certificates it concerns
 * (suggested from the quarter's exports). Checked with the dataset schema;
 * each error shows beside its field.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { normaliseCertificates, type Checked, type Finding, type FindingField, type ReviewFieldError } from '../../core';
import { formatCount } from '../../lib/format';
import { recordWords, useRecordMessages } from './messages/record';
import { loadRecordChecks, prepareRecordChecks } from './record-checks';

export interface CertificateOption {
  certificate: string;
  /** "Berbérati, 12 Aug 2021, US$120,000". */
  label: string;
}

const SEVERITIES: ReadonlyArray<Finding['severity']> = ['info', 'concern', 'critical'];

/** "Concern". */
export function severityLabel(severity: Finding['severity']): string {
  return recordWords(`severity.${severity}`);
}

/** A field's error: the dataset schema's words in English, the same said in French. */
export function fieldErrorText(field: string, message: string): string {
  const known = ['severity', 'text', 'certificates', 'by', 'on'] as const;
  const key = known.find((k) => k === field) ?? 'other';
  return recordWords(`fieldErrors.${key}`, { message });
}

interface Props {
  /** The id the finding keeps (new: the next free one). */
  id: string;
  initial?: Finding;
  /** The suggestions; asked for once the form is in use (a quarter of a large dataset has thousands). */
  options: () => readonly CertificateOption[];
  /** Every certificate of the dataset, to warn about one that is not there. */
  knownCertificates: { has: (certificate: string) => boolean };
  onSave: (finding: Finding) => Promise<void>;
  onCancel?: () => void;
}

function FieldError({ id, errors, field }: { id: string; errors: ReadonlyArray<ReviewFieldError<FindingField>>; field: FindingField }) {
  const error = errors.find((e) => e.field === field);
  return error ? <p id={id} className="field-error">{fieldErrorText(error.field, error.message)}</p> : null;
}

export function FindingForm({ id, initial, options, knownCertificates, onSave, onCancel }: Props) {
  const [severity, setSeverity] = useState<string>(initial?.severity ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [certificates, setCertificates] = useState<string[]>(initial?.certificates ?? []);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<Array<ReviewFieldError<FindingField>>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The suggestions are rendered once the form is first focused, not with the page.
  const [inUse, setInUse] = useState(false);
  const ids = { severity: useId(), text: useId(), cert: useId(), list: useId() };
  const { t } = useRecordMessages();
  const editing = initial !== undefined;
  /** A field's error goes once the field is changed; the others stay until the next try. */
  const fix = (field: FindingField) => setErrors((list) => list.filter((e) => e.field !== field));

  const link = () => {
    const next = normaliseCertificates([...certificates, ...typed.split(/[\s,;]+/)]);
    setCertificates(next);
    setTyped('');
  };
  const onCertKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      link();
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const all = normaliseCertificates([...certificates, ...typed.split(/[\s,;]+/)]);
    let checked: Checked<Finding, FindingField>;
    try {
      checked = (await loadRecordChecks()).checkFinding({ id, severity, text, certificates: all });
    } catch (error) {
      setFailure(t('form.saveFailed', { error: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await onSave(checked.value);
      setFailure(null);
      if (!editing) {
        setSeverity('');
        setText('');
        setCertificates([]);
        setTyped('');
      }
    } catch (error) {
      setFailure(t('form.saveFailed', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const invalid = (field: FindingField) => errors.some((e) => e.field === field);
  const unknown = certificates.filter((c) => !knownCertificates.has(c));
  return (
    <form className="finding-form screen-only" onSubmit={submit} onFocus={() => { setInUse(true); prepareRecordChecks(); }} noValidate aria-label={editing ? t('form.editLabel', { id }) : t('form.newLabel')}>
      {errors.length > 0 && (
        <p className="form-alert" role="alert">
          {t('form.attention', { count: errors.length, n: formatCount(errors.length) })}
        </p>
      )}
      <div className="finding-fields">
        <div className={`field${invalid('severity') ? ' field-invalid' : ''}`}>
          <label htmlFor={ids.severity}>{t('form.severity')}</label>
          <select
            id={ids.severity}
            value={severity}
            onChange={(e) => {
              setSeverity(e.target.value);
              fix('severity');
            }}
            aria-invalid={invalid('severity') || undefined}
            aria-describedby={invalid('severity') ? `${ids.severity}-error` : undefined}
          >
            <option value="">{t('form.choose')}</option>
            {SEVERITIES.map((value) => <option key={value} value={value}>{severityLabel(value)}</option>)}
          </select>
          <FieldError id={`${ids.severity}-error`} errors={errors} field="severity" />
        </div>
        <div className={`field field-text${invalid('text') ? ' field-invalid' : ''}`}>
          <label htmlFor={ids.text}>{t('form.finding')}</label>
          <textarea
            id={ids.text}
            rows={3}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              fix('text');
            }}
            aria-invalid={invalid('text') || undefined}
            aria-describedby={invalid('text') ? `${ids.text}-error` : undefined}
          />
          <FieldError id={`${ids.text}-error`} errors={errors} field="text" />
        </div>
      </div>
      <div className={`field${invalid('certificates') ? ' field-invalid' : ''}`}>
        <label htmlFor={ids.cert}>{t('form.certificates')} <span className="optional">{t('form.optional')}</span></label>
        <div className="cert-picker">
          <input
            id={ids.cert}
            type="text"
            list={ids.list}
            value={typed}
            autoComplete="off"
            placeholder={t('form.certificatePlaceholder')}
            onChange={(e) => {
              setTyped(e.target.value);
              fix('certificates');
            }}
            onKeyDown={onCertKey}
            aria-invalid={invalid('certificates') || undefined}
            aria-describedby={`${ids.cert}-hint${invalid('certificates') ? ` ${ids.cert}-error` : ''}`}
          />
          <datalist id={ids.list}>
            {inUse && options().map((o) => <option key={o.certificate} value={o.certificate}>{o.label}</option>)}
          </datalist>
          <button type="button" className="button button-small" onClick={link} disabled={typed.trim() === ''}>{t('form.link')}</button>
        </div>
        <p id={`${ids.cert}-hint`} className="field-hint">{t('form.hint')}</p>
        <FieldError id={`${ids.cert}-error`} errors={errors} field="certificates" />
        {certificates.length > 0 && (
          <ul className="cert-chips" aria-label={t('form.linked')}>
            {certificates.map((c) => (
              <li key={c}>
                {c}
                <button type="button" className="chip-remove" aria-label={t('form.remove', { certificate: c })} onClick={() => setCertificates(certificates.filter((x) => x !== c))}>×</button>
              </li>
            ))}
          </ul>
        )}
        {unknown.map((c) => (
          <p key={c} className="field-warning">{t('form.unknown', { certificate: c })}</p>
        ))}
      </div>
      {failure && <p className="form-alert" role="alert">{failure}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>{editing ? t('form.save') : t('form.addFinding')}</button>
        {onCancel && <button type="button" className="button" onClick={onCancel}>{t('form.cancel')}</button>}
      </div>
    </form>
  );
}
