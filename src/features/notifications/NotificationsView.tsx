import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { reconcile, type Notification } from '../../core';
import { ConfirmDialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download-file';
import { formatCount, formatDate } from '../../lib/format';
import { useLocalChanges } from '../../lib/local-changes';
import { namerFor } from '../../lib/names';
import { issuesByCertificate } from '../../lib/quality-marks';
import { availableQuarters } from '../../lib/quarter-param';
import { useSearchParamState } from '../../lib/url-state';
import { useDataset } from '../../lib/use-dataset';
import { SORTABLE } from './columns';
import { DetailPanel } from './DetailPanel';
import { csvFileName } from './fileName';
import { Filters } from './Filters';
import { buildLookups, suggestCertificates } from './lookups';
import { useNotificationMessages } from './messages';
import { NotificationForm, type FormTarget } from './NotificationForm';
import { buildRows } from './rows';
import { readFilters, useFilterWriter, type UrlContext } from './url';
import { Tables } from './Tables';
import './notifications.css';

/**
 * The CSV import is a chunk of its own, with the CSV reader and the schema's validator it checks
 * with: loaded when opened, never just to show the list. (The entry form loads its checks as it opens.)
 */
const CsvImportDialog = lazy(async () => ({ default: (await import('./CsvImportDialog')).CsvImportDialog }));

/**
 * Every CAR certificate against the importing authorities' confirmations of
 * receipt: track (table and filters in the URL), inspect (detail panel),
 * record and import notifications (kept locally), export the table as CSV.
 */
export function NotificationsView() {
  const { t, locale } = useNotificationMessages();
  const { dataset, sourceDataset, asOf, quality, localNotificationIds } = useDataset();
  const local = useLocalChanges();
  const [params, updateParams] = useSearchParamState();

  // Once per dataset: the reconciliation, the rows and the look-ups.
  const quarters = useMemo(() => availableQuarters(dataset, asOf), [dataset, asOf]);
  const reconciliation = useMemo(() => reconcile(dataset, asOf), [dataset, asOf]);
  // The language is a dependency: rows carry country names, and the notices are sentences.
  const rows = useMemo(
    () => buildRows(dataset, reconciliation, quality, localNotificationIds),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset, reconciliation, quality, localNotificationIds, locale],
  );
  const lookups = useMemo(() => buildLookups(dataset, reconciliation, rows.exports), [dataset, reconciliation, rows]);
  const names = useMemo(() => namerFor(dataset), [dataset]);
  const marks = useMemo(() => issuesByCertificate(quality), [quality]);
  const sourceIds = useMemo(() => new Set(sourceDataset.notifications.map((n) => n.id)), [sourceDataset]);

  const urlContext = useMemo<UrlContext>(() => ({
    quarters, zones: lookups.zones, destinations: lookups.destinations, offices: lookups.offices, sortable: SORTABLE,
    knowsCertificate: (c) => lookups.recByCertificate.has(c) || lookups.namingByCertificate.has(c),
  }), [quarters, lookups]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { filters, notices } = useMemo(() => readFilters(params, urlContext), [params, urlContext, locale]);
  const write = useFilterWriter(quarters, updateParams);

  const [form, setForm] = useState<FormTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<Notification | null>(null);
  // What the last action did, said above the table; a failure looks like one.
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const say = useCallback((text: string) => setMessage({ text, failed: false }), []);
  const fail = useCallback((text: string) => setMessage({ text, failed: true }), []);
  const suggest = useCallback((typed: string) => suggestCertificates(rows.exports, typed), [rows]);
  const issuedOn = useCallback((c: string) => lookups.recByCertificate.get(c)?.export.issuedOn, [lookups]);

  const save = useCallback(async (n: Notification) => {
    await local.saveNotification(n);
    say(t('view.saved', { id: n.id, certificate: n.certificate }));
    write.setCert(n.certificate);
  }, [local, write, t, say]);

  const actions = {
    onRecord: (certificate: string) => setForm({ mode: 'new', certificate }),
    onEdit: (notification: Notification) => setForm({ mode: 'edit', notification }),
    onDelete: (notification: Notification) => setDeleting(notification),
    onRevert: (notification: Notification) => {
      const original = sourceDataset.notifications.find((n) => n.id === notification.id);
      if (original) {
        local.saveNotification(original).then(
          () => say(t('view.reverted', { id: original.id })),
          (error: unknown) => fail(t('view.notReverted', { reason: error instanceof Error ? error.message : String(error) })),
        );
      }
    },
  };

  // Stable props, so the filters and the tables (memo) do not render again for nothing: when the
  // URL catches up with a filter already shown, or when a message or a dialog changes.
  const filterOptions = useMemo(
    () => ({ quarters, zones: lookups.zones, destinations: lookups.destinations, offices: lookups.offices }),
    [quarters, lookups],
  );
  const exportsOnly = useMemo(() => ({ status: filters.list !== 'exports', places: filters.list === 'unmatched' }), [filters.list]);
  const tableActions = useMemo(() => (
    <>
      <button type="button" className="button button-primary" onClick={() => setForm({ mode: 'new' })}>{t('view.record')}</button>
      <button type="button" className="button" onClick={() => setImporting(true)}>{t('view.importCsv')}</button>
    </>
  ), [t]);
  const chosenNames = useMemo(() => ({
    zone: filters.zone ? lookups.zones.get(filters.zone) : undefined,
    destination: filters.destination ? lookups.destinations.get(filters.destination) : undefined,
    office: filters.office ? lookups.offices.get(filters.office) : undefined,
  }), [filters.zone, filters.destination, filters.office, lookups]);
  const download = useCallback((csv: Promise<string>) => csv.then(
    (text) => downloadText(csvFileName(filters), text, 'text/csv'),
    () => fail(t('view.notDownloaded')),
  ), [filters, fail, t]);

  const cert = filters.cert;
  return (
    <section className={cert ? 'view view-with-panel' : 'view'}>
      <title>{t('view.title')}</title>
      <h1>{t('view.heading')}</h1>
      <p className="lede">{t('view.lede', { date: formatDate(asOf) })}</p>
      {notices.map((n) => <Notice key={n}>{n}</Notice>)}
      <p className={`toolbar-message${message?.failed ? ' is-failure' : ''}`} role="status">{message?.text}</p>
      <Filters filters={filters} options={filterOptions} write={write} exportsOnly={exportsOnly} />
      <Tables rows={rows} filters={filters} write={write} params={params} actions={tableActions} names={chosenNames} onDownload={download} />

      {cert && (
        <DetailPanel
          certificate={cert}
          rec={lookups.recByCertificate.get(cert) ?? null}
          naming={lookups.namingByCertificate.get(cert) ?? []}
          settings={dataset.settings}
          asOf={asOf}
          names={names}
          quality={marks.get(cert) ?? []}
          localIds={localNotificationIds}
          sourceIds={sourceIds}
          onClose={() => write.setCert(null)}
          {...actions}
        />
      )}
      {form && (
        <NotificationForm target={form} suggest={suggest} issuedOn={issuedOn} asOf={asOf} onSave={save} onClose={() => setForm(null)} />
      )}
      <Suspense fallback={null}>
        {importing && (
          <CsvImportDialog
            existing={dataset.notifications}
            onImport={async (list, fileName) => {
              await local.saveNotifications(list);
              say(t('view.imported', { count: list.length, n: formatCount(list.length), file: fileName }));
            }}
            onClose={() => setImporting(false)}
          />
        )}
      </Suspense>
      {deleting && (
        <ConfirmDialog
          title={t('view.deleteTitle', { id: deleting.id })}
          confirmLabel={t('view.deleteConfirm', { id: deleting.id })}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const gone = deleting;
            setDeleting(null);
            local.deleteNotification(gone.id).then(
              () => say(t('view.deleted', { id: gone.id })),
              (error: unknown) => fail(t('view.notDeleted', { reason: error instanceof Error ? error.message : String(error) })),
            );
          }}
        >
          <p>{t('view.deleteExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
