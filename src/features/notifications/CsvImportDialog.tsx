import { useId, useMemo, useState } from 'react';
import {
  NOTIFICATION_FIELDS, REQUIRED_COLUMNS, prepareImport, readCsv, suggestMapping, unmappedRequired,
  type ColumnMapping, type CsvTable, type Notification, type NotificationField,
} from '../../core';
import { Dialog } from '../../components/Dialog';
import { formatCount } from '../../lib/format';
import { importErrorText } from './fieldErrors';
import { useNotificationMessages } from './messages';
import { scrollable } from '../../lib/scrollable';

interface Props {
  existing: readonly Notification[];
  /** Stores every valid row in one go (all or nothing). */
  onImport: (notifications: Notification[], fileName: string) => Promise<void>;
  onClose: () => void;
}

interface Loaded {
  name: string;
  table: CsvTable;
  /** Ids made up for rows without one share this prefix. */
  prefix: string;
}

const PREVIEW_ROWS = 200;
/** The fields the preview shows, in this order. */
const PREVIEW_FIELDS = ['id', 'certificate', 'participant', 'receivedOn', 'notifiedOn', 'carats', 'parcels', 'valueUsd', 'importer'] as const;

/** Thrown for a file with nothing in it; its message is translated where it is shown. */
class EmptyFile extends Error {}

/** UTF-8, or Windows-1252 when UTF-8 does not fit (spreadsheets on Windows still write it). */
async function readText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

function importPrefix(now = new Date()): string {
  return `I-${now.toISOString().replace(/\D/g, '').slice(0, 14)}`;
}

function MappingTable({ table, mapping, onChange }: { table: CsvTable; mapping: ColumnMapping; onChange: (f: NotificationField, column: number | null) => void }) {
  const { t } = useNotificationMessages();
  const first = table.records[0];
  return (
    <div className="table-wrap" ref={scrollable}>
      <table className="mapping">
        <caption>{t('import.mappingCaption')}</caption>
        <thead>
          <tr><th scope="col">{t('import.field')}</th><th scope="col">{t('import.column')}</th><th scope="col">{t('import.firstRow')}</th></tr>
        </thead>
        <tbody>
          {NOTIFICATION_FIELDS.map((field) => {
            const column = mapping[field];
            const required = REQUIRED_COLUMNS.includes(field);
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={`map-${field}`}>{t(`fields.${field}`)}</label>
                  {required && <span className="required">{t('import.required')}</span>}
                  {field === 'id' && <span className="optional">{t('import.madeUp')}</span>}
                </th>
                <td>
                  <select
                    id={`map-${field}`}
                    value={column === null ? '' : String(column)}
                    onChange={(e) => onChange(field, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    <option value="">{t('import.notInFile')}</option>
                    {table.header.map((h, i) => <option key={i} value={i}>{h || t('import.unnamedColumn', { n: formatCount(i + 1) })}</option>)}
                  </select>
                </td>
                <td className="muted">{column === null || !first ? '' : first.cells[column] ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Import an importing authority's CSV: map columns, preview every row, import the valid ones on request. */
export function CsvImportDialog({ existing, onImport, onClose }: Props) {
  const { t } = useNotificationMessages();
  const fileId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      const table = readCsv(await readText(file));
      if (table.header.length === 0) throw new EmptyFile();
      setLoaded({ name: file.name, table, prefix: importPrefix() });
      setMapping(suggestMapping(table.header));
      setFailure(null);
    } catch (error) {
      setLoaded(null);
      const reason = error instanceof EmptyFile ? t('import.empty') : error instanceof Error ? error.message : String(error);
      setFailure(t('import.unreadable', { file: file.name, reason }));
    }
  };

  const missing = mapping ? unmappedRequired(mapping) : [];
  const preview = useMemo(
    () => (loaded && mapping && unmappedRequired(mapping).length === 0
      ? prepareImport(loaded.table, mapping, { existing, makeId: (row) => `${loaded.prefix}-${row}` })
      : null),
    [loaded, mapping, existing],
  );
  const errors = preview?.rows.flatMap((r) => r.errors) ?? [];

  const confirm = async () => {
    if (!preview || !loaded || preview.valid.length === 0) return;
    setImporting(true);
    try {
      await onImport(preview.valid, loaded.name);
      onClose();
    } catch (error) {
      setFailure(t('import.nothingImported', { reason: error instanceof Error ? error.message : String(error) }));
      setImporting(false);
    }
  };

  return (
    <Dialog title={t('import.title')} onClose={onClose} className="dialog-wide">
      <p className="muted">{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {failure && <p className="field-error" role="alert">{failure}</p>}
      {loaded && preview && <ImportPreview name={loaded.name} preview={preview} errors={errors} />}
      {loaded && mapping && (
        <details className="mapping-details" open={missing.length > 0}>
          <summary>
            {t('import.columns', {
              mapped: formatCount(NOTIFICATION_FIELDS.filter((f) => mapping[f] !== null).length),
              total: formatCount(NOTIFICATION_FIELDS.length),
            })}
          </summary>
          {loaded.table.problems.length > 0 && (
            <ul className="form-warnings" aria-label={t('import.problems')}>
              {loaded.table.problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
          <MappingTable table={loaded.table} mapping={mapping} onChange={(f, c) => setMapping({ ...mapping, [f]: c })} />
        </details>
      )}
      {missing.length > 0 && (
        <p className="field-error" role="alert">
          {t('import.missing', { count: missing.length, fields: missing.map((f) => t(`fields.${f}`).toLowerCase()).join(', ') })}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!preview || preview.valid.length === 0 || importing}
          onClick={() => void confirm()}
        >
          {preview ? importLabel(t, preview.valid.length, preview.invalidCount) : t('import.import')}
        </button>
        <button type="button" className="button" onClick={onClose}>{t('import.cancel')}</button>
      </div>
    </Dialog>
  );
}

type T = ReturnType<typeof useNotificationMessages>['t'];

/** "Import 2 valid rows, leave out 1 with errors". */
function importLabel(t: T, valid: number, invalid: number): string {
  const counts = { count: valid, n: formatCount(valid), bad: formatCount(invalid) };
  return invalid > 0 ? t('import.importLeaveOut', counts) : t('import.importValid', counts);
}

function ImportPreview({ name, preview, errors }: { name: string; preview: NonNullable<ReturnType<typeof prepareImport>>; errors: string[] }) {
  const { t } = useNotificationMessages();
  const shown = preview.rows.slice(0, PREVIEW_ROWS);
  const total = preview.rows.length;
  return (
    <>
      <h3>{t('import.preview')}</h3>
      <p role="status" className="import-summary">
        {t('import.summary', {
          file: name, count: total, n: formatCount(total),
          valid: formatCount(preview.valid.length), invalid: formatCount(preview.invalidCount),
        })}
      </p>
      {errors.length > 0 && (
        <ul className="import-errors" aria-label={t('import.errors')}>
          {errors.map((e) => <li key={e}>{importErrorText(e)}</li>)}
        </ul>
      )}
      <div className="table-wrap preview-wrap" ref={scrollable}>
        <table className="records preview">
          <caption>
            {total > PREVIEW_ROWS ? t('import.firstRows', { n: formatCount(PREVIEW_ROWS), file: name }) : t('import.rows', { file: name })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('import.row')}</th>
              <th scope="col">{t('import.check')}</th>
              {PREVIEW_FIELDS.map((f) => <th key={f} scope="col">{t(`fields.${f}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} className={r.errors.length > 0 ? 'row-invalid' : undefined}>
                <th scope="row" className="num">{r.row}</th>
                <td>
                  {r.errors.length > 0
                    ? <span className="status status-overdue">{t('import.error')}</span>
                    : <span className="status status-confirmed">{t('import.ok')}</span>}
                </td>
                {PREVIEW_FIELDS.map((f) => <td key={f}>{r.values[f] ?? ''}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
