import { useId, useMemo, useState } from 'react';
import {
  FIELD_LABELS, NOTIFICATION_FIELDS, REQUIRED_COLUMNS, prepareImport, readCsv, suggestMapping, unmappedRequired,
  type ColumnMapping, type CsvTable, type Notification, type NotificationField,
} from '../../core';
import { Dialog } from '../../components/Dialog';
import { formatCount, plural } from '../../lib/format';

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
  const first = table.records[0];
  return (
    <div className="table-wrap">
      <table className="mapping">
        <caption>Columns of the file for each field</caption>
        <thead>
          <tr><th scope="col">Field</th><th scope="col">Column in the file</th><th scope="col">First row</th></tr>
        </thead>
        <tbody>
          {NOTIFICATION_FIELDS.map((field) => {
            const column = mapping[field];
            const required = REQUIRED_COLUMNS.includes(field);
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={`map-${field}`}>{FIELD_LABELS[field]}</label>
                  {required && <span className="required"> (required)</span>}
                  {field === 'id' && <span className="optional"> (made up when absent)</span>}
                </th>
                <td>
                  <select
                    id={`map-${field}`}
                    value={column === null ? '' : String(column)}
                    onChange={(e) => onChange(field, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    <option value="">— not in the file —</option>
                    {table.header.map((h, i) => <option key={i} value={i}>{h || `(column ${i + 1})`}</option>)}
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
  const fileId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      const table = readCsv(await readText(file));
      if (table.header.length === 0) throw new Error('the file is empty');
      setLoaded({ name: file.name, table, prefix: importPrefix() });
      setMapping(suggestMapping(table.header));
      setFailure(null);
    } catch (error) {
      setLoaded(null);
      setFailure(`${file.name} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
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
      setFailure(`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
      setImporting(false);
    }
  };

  return (
    <Dialog title="Import notifications from a CSV file" onClose={onClose} className="dialog-wide">
      <p className="muted">
        A file from an importing authority, one confirmation of receipt per row. Nothing is imported until you
        confirm; rows with errors are left out.
      </p>
      <div className="field">
        <label htmlFor={fileId}>CSV file</label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {failure && <p className="field-error" role="alert">{failure}</p>}
      {loaded && preview && <ImportPreview name={loaded.name} preview={preview} errors={errors} />}
      {loaded && mapping && (
        <details className="mapping-details" open={missing.length > 0}>
          <summary>
            Columns: {NOTIFICATION_FIELDS.filter((f) => mapping[f] !== null).length} of {NOTIFICATION_FIELDS.length} fields
            read from the file (change)
          </summary>
          {loaded.table.problems.length > 0 && (
            <ul className="form-warnings" aria-label="Problems reading the file">
              {loaded.table.problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
          <MappingTable table={loaded.table} mapping={mapping} onChange={(f, c) => setMapping({ ...mapping, [f]: c })} />
        </details>
      )}
      {missing.length > 0 && (
        <p className="field-error" role="alert">
          Choose a column for {missing.map((f) => FIELD_LABELS[f].toLowerCase()).join(', ')}: {missing.length === 1 ? 'it is' : 'they are'} required.
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!preview || preview.valid.length === 0 || importing}
          onClick={() => void confirm()}
        >
          {preview
            ? `Import ${plural(preview.valid.length, 'valid row')}${preview.invalidCount > 0 ? `, leave out ${formatCount(preview.invalidCount)} with errors` : ''}`
            : 'Import'}
        </button>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
      </div>
    </Dialog>
  );
}

function ImportPreview({ name, preview, errors }: { name: string; preview: NonNullable<ReturnType<typeof prepareImport>>; errors: string[] }) {
  const shown = preview.rows.slice(0, PREVIEW_ROWS);
  return (
    <>
      <h3>Preview</h3>
      <p role="status" className="import-summary">
        {name}: {plural(preview.rows.length, 'row')}, {formatCount(preview.valid.length)} valid,{' '}
        {formatCount(preview.invalidCount)} with errors.
      </p>
      {errors.length > 0 && (
        <ul className="import-errors" aria-label="Errors">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
      <div className="table-wrap preview-wrap">
        <table className="records preview">
          <caption>
            {preview.rows.length > PREVIEW_ROWS ? `First ${PREVIEW_ROWS} rows of ${name}` : `Rows of ${name}`}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="num">Row</th>
              <th scope="col">Check</th>
              {(['id', 'certificate', 'participant', 'receivedOn', 'notifiedOn', 'carats', 'parcels', 'valueUsd', 'importer'] as const).map((f) => (
                <th key={f} scope="col">{FIELD_LABELS[f]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} className={r.errors.length > 0 ? 'row-invalid' : undefined}>
                <th scope="row" className="num">{r.row}</th>
                <td>{r.errors.length > 0 ? <span className="status status-overdue">Error</span> : <span className="status status-confirmed">OK</span>}</td>
                {(['id', 'certificate', 'participant', 'receivedOn', 'notifiedOn', 'carats', 'parcels', 'valueUsd', 'importer'] as const).map((f) => (
                  <td key={f}>{r.values[f] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
