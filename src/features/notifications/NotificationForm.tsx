import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Trans } from 'react-i18next';
import type { FieldError, Notification, NotificationField, NotificationText } from '../../core';
import { Dialog } from '../../components/Dialog';
import { formatCount, formatDate } from '../../lib/format';
import { fieldErrorText } from './fieldErrors';
import { notificationText as say, useNotificationMessages } from './messages';

/**
 * The form's checks (the dataset schema's, core/notificationCsv.ts) with the schema's validator:
 * loaded as the form opens, so the list of notifications never waits for them.
 */
const loadChecks = () => import('../../core/notificationCsv');
type Checks = Awaited<ReturnType<typeof loadChecks>>;

export interface CertificateHint {
  certificate: string;
  /** "Carnot, issued 2021-08-10, awaiting". */
  label: string;
  issuedOn: string;
}

export type FormTarget =
  | { mode: 'new'; certificate?: string }
  | { mode: 'edit'; notification: Notification };

interface Props {
  target: FormTarget;
  /** Certificates to suggest for what was typed, those awaiting a confirmation first. */
  suggest: (typed: string) => CertificateHint[];
  /** The issue date of an exported certificate; undefined when no export has it. */
  issuedOn: (certificate: string) => string | undefined;
  asOf: string;
  onSave: (n: Notification) => Promise<void>;
  onClose: () => void;
}

const EDITABLE: NotificationField[] = ['certificate', 'participant', 'authority', 'receivedOn', 'notifiedOn', 'carats', 'parcels', 'valueUsd', 'importer'];
const REQUIRED = new Set<NotificationField>(['certificate', 'participant', 'receivedOn', 'notifiedOn', 'carats']);

/** An id for a notification recorded here: says it is local, and does not collide. */
export function newLocalId(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const random = Math.random().toString(36).slice(2, 6).toUpperCase();
  return `L-${stamp}-${random}`;
}

function textOf(n: Notification): NotificationText {
  const out: NotificationText = {};
  for (const f of ['id', ...EDITABLE] as NotificationField[]) {
    const v = n[f as keyof Notification];
    out[f] = v === undefined ? '' : String(v);
  }
  return out;
}

/** Not errors (the schema accepts them), but worth saying before saving. */
function warningsFor(values: NotificationText, issuedOn: string | undefined, asOf: string): string[] {
  const out: string[] = [];
  const cert = values.certificate?.trim() ?? '';
  if (cert !== '' && issuedOn === undefined) out.push(say('form.unknownCertificate', { certificate: cert }));
  const received = values.receivedOn ?? '';
  const notified = values.notifiedOn ?? '';
  if (notified > asOf) out.push(say('form.afterAsOf', { date: formatDate(asOf) }));
  if (received !== '' && notified !== '' && notified < received) out.push(say('form.notifiedBeforeReceived'));
  if (issuedOn !== undefined && received !== '' && received < issuedOn) out.push(say('form.receivedBeforeIssued', { date: formatDate(issuedOn) }));
  return out;
}

function Field({ field, values, errors, onChange, hints, listId }: {
  field: NotificationField;
  values: NotificationText;
  errors: ReadonlyMap<string, string>;
  onChange: (field: NotificationField, value: string) => void;
  hints?: readonly CertificateHint[];
  listId?: string;
}) {
  const { t } = useNotificationMessages();
  const id = useId();
  const error = errors.get(field);
  const numeric = field === 'carats' || field === 'parcels' || field === 'valueUsd';
  const date = field === 'receivedOn' || field === 'notifiedOn';
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {t(`fields.${field}`)}
        {REQUIRED.has(field) ? <span className="required">{t('form.required')}</span> : <span className="optional">{t('form.optional')}</span>}
      </label>
      <input
        id={id}
        name={field}
        type={date ? 'date' : 'text'}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        list={listId}
        value={values[field] ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(field, e.target.value)}
      />
      {hints && listId && (
        <datalist id={listId}>
          {hints.map((h) => <option key={h.certificate} value={h.certificate}>{h.label}</option>)}
        </datalist>
      )}
      {error && <p id={`${id}-error`} className="field-error">{fieldErrorText(error)}</p>}
    </div>
  );
}

/** Enter or edit a confirmation of receipt; validated with the dataset's schema, each error beside its field. */
export function NotificationForm({ target, suggest, issuedOn, asOf, onSave, onClose }: Props) {
  const { t } = useNotificationMessages();
  const initial = useMemo<NotificationText>(
    () => (target.mode === 'edit' ? textOf(target.notification) : { id: newLocalId(), certificate: target.certificate ?? '' }),
    [target],
  );
  const [values, setValues] = useState<NotificationText>(initial);
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const listId = useId();

  const typed = values.certificate ?? '';
  const suggestions = useMemo(() => suggest(typed), [suggest, typed]);
  const errorMap = new Map((errors ?? []).map((e) => [e.field, e.message]));
  const warnings = warningsFor(values, issuedOn(typed.trim()), asOf);

  const checks = useRef<Checks | null>(null);
  useEffect(() => {
    loadChecks().then((loaded) => { checks.current = loaded; }, () => undefined);
  }, []);

  const change = (field: NotificationField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Once a save was tried (so the checks are loaded), errors follow the typing.
    if (errors !== null && checks.current) {
      const result = checks.current.notificationFromText(next);
      setErrors(result.ok ? [] : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let loaded: Checks;
    try {
      loaded = checks.current ?? await loadChecks();
    } catch (error) {
      setFailure(t('form.notSaved', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    checks.current = loaded;
    const result = loaded.notificationFromText(values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = result.errors[0]?.field;
      form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(result.notification);
      onClose();
    } catch (error) {
      setFailure(t('form.notSaved', { reason: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };

  const title = target.mode === 'edit' ? t('form.edit', { id: target.notification.id }) : t('view.record');
  const shown = errors ?? [];
  const general = shown.filter((e) => e.field === '(notification)' || e.field === 'id');
  return (
    <Dialog title={title} onClose={onClose} className="dialog-form">
      <form ref={form} noValidate onSubmit={(e) => void submit(e)} aria-describedby={`${listId}-intro`}>
        <p id={`${listId}-intro`} className="muted">
          <Trans ns="notifications" i18nKey="form.intro" values={{ id: values.id }} components={[<code key="id" />]} />
        </p>
        {shown.length > 0 && (
          <p className="form-summary" role="alert">
            {t('form.summary', { count: shown.length, n: formatCount(shown.length) })}
            {general.map((e) => t('form.general', { message: fieldErrorText(e.message) }))}
          </p>
        )}
        <div className="form-grid">
          {EDITABLE.map((field) => (
            <Field
              key={field}
              field={field}
              values={values}
              errors={errorMap}
              onChange={change}
              {...(field === 'certificate' ? { hints: suggestions, listId } : {})}
            />
          ))}
        </div>
        {warnings.length > 0 && (
          <ul className="form-warnings" aria-label={t('form.warningsLabel')}>
            {warnings.map((w) => <li key={w}>{w}</li>)}
          </ul>
        )}
        {failure && <p className="field-error" role="alert">{failure}</p>}
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('form.saving') : target.mode === 'edit' ? t('form.saveChanges') : t('form.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>{t('form.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
