/**
 * The quarter's findings: a table (printed as is) and, while the review is a
 * draft, forms to add, edit and delete them. A final review is read-only.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { nextFindingId, withFinding, withoutFinding, type Finding, type Quarter, type ReviewRecord } from '../../core';
import { ConfirmDialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { FindingForm, severityLabel, type CertificateOption } from './FindingForm';
import { notificationsLink } from './links';
import { useReviewMessages } from './messages';
import { useRecordMessages } from './messages/record';
import { scrollable } from '../../lib/scrollable';

interface Props {
  record: ReviewRecord;
  editable: boolean;
  options: () => readonly CertificateOption[];
  knownCertificates: { has: (certificate: string) => boolean };
  /** The quarter each certificate was issued in, for links to it. */
  quarterOfCertificate: (certificate: string) => Quarter;
  search: string;
  save: (next: ReviewRecord) => Promise<void>;
}

function Certificates({ list, quarterOf, search }: { list: readonly string[] | undefined; quarterOf: (c: string) => Quarter; search: string }) {
  if (!list || list.length === 0) return <>—</>;
  return (
    <ul className="inline-list">
      {list.map((c) => <li key={c}><Link to={notificationsLink(search, quarterOf(c), { cert: c })}>{c}</Link></li>)}
    </ul>
  );
}

export function FindingsSection({ record, editable, options, knownCertificates, quarterOfCertificate, search, save }: Props) {
  const { t } = useRecordMessages();
  const { t: words } = useReviewMessages();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Finding | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const findings = record.findings;
  const formProps = { options, knownCertificates };

  const remove = (finding: Finding) => {
    setDeleting(null);
    save(withoutFinding(record, finding.id)).then(
      () => setFailure(null),
      (error: unknown) => setFailure(t('findings.deleteFailed', { error: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <section className="report-section" id="findings">
      <h2>{words('sections.findings')}</h2>
      {findings.length === 0 ? (
        <EmptyState>{t('findings.none', { quarter: record.quarter })}</EmptyState>
      ) : (
        <div className="table-wrap" ref={scrollable}>
          <table className="report-table findings">
            <caption>{t('findings.caption', { quarter: record.quarter })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('findings.id')}</th>
                <th scope="col">{t('findings.severity')}</th>
                <th scope="col">{t('findings.finding')}</th>
                <th scope="col">{t('findings.certificates')}</th>
                {editable && <th scope="col" className="screen-only">{t('findings.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => (editing === f.id ? (
                <tr key={f.id} className="editing">
                  <td colSpan={5}>
                    <FindingForm
                      id={f.id}
                      initial={f}
                      {...formProps}
                      onSave={async (next) => {
                        await save(withFinding(record, next));
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={f.id}>
                  <th scope="row" className="nowrap">{f.id}</th>
                  <td><span className={`severity severity-${f.severity}`}>{severityLabel(f.severity)}</span></td>
                  <td className="finding-text">{f.text}</td>
                  <td><Certificates list={f.certificates} quarterOf={quarterOfCertificate} search={search} /></td>
                  {editable && (
                    <td className="screen-only nowrap">
                      <button type="button" className="button button-small" onClick={() => setEditing(f.id)} aria-label={t('findings.editLabel', { id: f.id })}>
                        {t('findings.edit')}
                      </button>{' '}
                      <button type="button" className="button button-small" onClick={() => setDeleting(f)} aria-label={t('findings.deleteLabel', { id: f.id })}>
                        {t('findings.delete')}
                      </button>
                    </td>
                  )}
                </tr>
              )))}
            </tbody>
          </table>
        </div>
      )}
      {failure && <p className="form-alert" role="alert">{failure}</p>}
      {editable && editing === null && (
        <div className="screen-only add-finding">
          <h3>{t('findings.add')}</h3>
          <FindingForm id={nextFindingId(record)} {...formProps} onSave={(f) => save(withFinding(record, f))} />
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('findings.deleteTitle', { id: deleting.id })}
          confirmLabel={t('findings.deleteConfirm')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
          danger
        >
          <p>{t('findings.deleteBody', { text: deleting.text, quarter: record.quarter })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
