/**
 * The columns of the two lists, each declared once: what the cell shows,
 * what it sorts by and what the CSV export writes, so the download is what
 * the table shows.
 */
import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';
import { round2, type CsvCell, type QualityIssue } from '../../core';
import { formatCarats, formatCount, formatDate, formatDays, formatUsd } from '../../lib/format';
import type { ExportRow, NotificationRow } from './rows';
import { STATUS_LABELS, STATUS_RANK, statusText } from './status';

export interface CellContext {
  /** The URL that opens a certificate's detail panel, keeping the filters. */
  linkTo: (certificate: string) => To;
}

export interface ColumnSpec<T> {
  id: string;
  label: string;
  /** CSS width (the table has a fixed layout so columns do not jump while scrolling). */
  width: string;
  numeric?: boolean;
  /** The row's header cell (named by screen readers for every cell of the row). */
  rowHeader?: boolean;
  /** What the column sorts by; undefined sorts last. */
  sortValue: (row: T) => string | number | undefined;
  render: (row: T, ctx: CellContext) => ReactNode;
  csv: (row: T) => CsvCell;
}

export function LocalTag() {
  return <span className="tag tag-local" title="Recorded in this browser, not in the source">Local</span>;
}

/** A compact data-quality mark for narrow cells: the symbol shows, the messages are in the tooltip and for screen readers. */
function QualityMark({ issues }: { issues: readonly QualityIssue[] }) {
  if (issues.length === 0) return null;
  const messages = issues.map((i) => i.message).join('; ');
  return (
    <span className="tag tag-quality tag-compact" title={`Data quality: ${messages}`}>
      <span aria-hidden="true">⚠</span>
      <span className="visually-hidden"> data quality: {messages}</span>
    </span>
  );
}

function CertificateLink({ certificate, ctx }: { certificate: string; ctx: CellContext }) {
  return (
    <Link to={ctx.linkTo(certificate)} className="row-link" preventScrollReset onClick={(event) => event.stopPropagation()}>
      {certificate}
    </Link>
  );
}

const lower = (s: string) => s.toLowerCase();
// In the table the unit is in the column header, so the cells stay narrow.
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const text = (s: string) => <span className="cell-text" title={s}>{s}</span>;

export const EXPORT_COLUMNS: ColumnSpec<ExportRow>[] = [
  {
    id: 'certificate', label: 'Certificate', width: '7.8em', rowHeader: true,
    sortValue: (r) => r.certificate,
    render: (r, ctx) => <><CertificateLink certificate={r.certificate} ctx={ctx} /><QualityMark issues={r.quality} /></>,
    csv: (r) => r.certificate,
  },
  { id: 'issuedOn', label: 'Issued on', width: '7.8em', sortValue: (r) => r.issuedOn, render: (r) => formatDate(r.issuedOn), csv: (r) => r.issuedOn },
  { id: 'zone', label: 'Zone', width: '7em', sortValue: (r) => lower(r.zone), render: (r) => text(r.zone), csv: (r) => r.zone },
  { id: 'office', label: 'Buying office', width: '8.6em', sortValue: (r) => lower(r.office), render: (r) => text(r.office), csv: (r) => r.office },
  { id: 'importer', label: 'Importer', width: '8.6em', sortValue: (r) => lower(r.importer), render: (r) => text(r.importer), csv: (r) => r.importer },
  {
    id: 'destination', label: 'Destination', width: '7.6em', sortValue: (r) => lower(r.destinationName),
    render: (r) => text(r.destinationName), csv: (r) => r.destination,
  },
  { id: 'carats', label: 'Carats', width: '6em', numeric: true, sortValue: (r) => r.carats, render: (r) => twoDecimals.format(r.carats), csv: (r) => r.carats },
  { id: 'value', label: 'Value (US$)', width: '6.4em', numeric: true, sortValue: (r) => r.valueUsd, render: (r) => formatCount(r.valueUsd), csv: (r) => r.valueUsd },
  {
    id: 'price', label: 'US$/ct', width: '5em', numeric: true, sortValue: (r) => r.pricePerCarat ?? undefined,
    render: (r) => (r.pricePerCarat === null ? '—' : twoDecimals.format(round2(r.pricePerCarat))),
    csv: (r) => (r.pricePerCarat === null ? null : round2(r.pricePerCarat)),
  },
  {
    id: 'status', label: 'Status', width: '8em',
    sortValue: (r) => STATUS_RANK[r.status] * 2 + (r.late ? 0 : 1),
    render: (r) => <span className={`status status-${r.status}`}>{STATUS_LABELS[r.status]}</span>,
    csv: (r) => statusText(r.status, r.late),
  },
  {
    id: 'days', label: 'Days to notify', width: '6em', numeric: true, sortValue: (r) => r.daysToNotify ?? undefined,
    // Lateness shows beside the days it is about (the status column would be too wide for both).
    render: (r) => <>{r.late && <span className="tag tag-late">Late</span>} {formatDays(r.daysToNotify)}</>,
    csv: (r) => r.daysToNotify,
  },
  {
    id: 'participant', label: 'Notified by', width: '7.2em', sortValue: (r) => r.participant ?? undefined,
    render: (r) => (
      <>
        {r.participant ?? '—'}
        {r.duplicates > 0 && <span className="muted" title={`${r.duplicates} further notification(s)`}> +{r.duplicates}</span>}
        {r.local && <LocalTag />}
      </>
    ),
    csv: (r) => [r.participant ?? '', r.duplicates > 0 ? `+${r.duplicates}` : '', r.local ? 'Local' : ''].filter(Boolean).join(' '),
  },
];

const optionalNumber = (n: number | null, format: (n: number) => string) => (n === null ? '—' : format(n));

export const NOTIFICATION_COLUMNS: ColumnSpec<NotificationRow>[] = [
  {
    id: 'id', label: 'Notification', width: '8em', rowHeader: true, sortValue: (r) => r.id,
    render: (r) => <>{r.id}{r.local && <LocalTag />}</>,
    csv: (r) => (r.local ? `${r.id} (Local)` : r.id),
  },
  {
    id: 'certificate', label: 'Certificate named', width: '8em', sortValue: (r) => r.certificate,
    render: (r, ctx) => <CertificateLink certificate={r.certificate} ctx={ctx} />, csv: (r) => r.certificate,
  },
  { id: 'participant', label: 'Participant', width: '6.5em', sortValue: (r) => r.participant, render: (r) => r.participant, csv: (r) => r.participant },
  { id: 'authority', label: 'Authority', width: '11em', sortValue: (r) => lower(r.authority), render: (r) => text(r.authority || '—'), csv: (r) => r.authority },
  { id: 'receivedOn', label: 'Received on', width: '7em', sortValue: (r) => r.receivedOn, render: (r) => formatDate(r.receivedOn), csv: (r) => r.receivedOn },
  { id: 'notifiedOn', label: 'Notified on', width: '7em', sortValue: (r) => r.notifiedOn, render: (r) => formatDate(r.notifiedOn), csv: (r) => r.notifiedOn },
  { id: 'carats', label: 'Carats', width: '7.5em', numeric: true, sortValue: (r) => r.carats, render: (r) => formatCarats(r.carats), csv: (r) => r.carats },
  {
    id: 'parcels', label: 'Parcels', width: '4.8em', numeric: true, sortValue: (r) => r.parcels ?? undefined,
    render: (r) => optionalNumber(r.parcels, String), csv: (r) => r.parcels,
  },
  {
    id: 'value', label: 'Value', width: '7.5em', numeric: true, sortValue: (r) => r.valueUsd ?? undefined,
    render: (r) => optionalNumber(r.valueUsd, formatUsd), csv: (r) => r.valueUsd,
  },
  { id: 'importer', label: 'Importer', width: '10em', sortValue: (r) => lower(r.importer), render: (r) => text(r.importer || '—'), csv: (r) => r.importer },
];

export const SORTABLE = {
  exports: EXPORT_COLUMNS.map((c) => c.id),
  unmatched: NOTIFICATION_COLUMNS.map((c) => c.id),
  duplicates: NOTIFICATION_COLUMNS.map((c) => c.id),
};
