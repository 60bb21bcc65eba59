/**
 * The columns of the two lists, each declared once: what the cell shows,
 * what it sorts by and what the CSV export writes, so the download is what
 * the table shows.
 */
import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';
import { round2, type CsvCell, type QualityIssue } from '../../core';
import { formatCarats, formatCount, formatDecimal, formatDate, formatDays, formatUsd } from '../../lib/format';
import { describeIssues } from '../../lib/quality-marks';
import { notificationText as say } from './messages';
import type { ExportRow, NotificationRow } from './rows';
import { STATUS_RANK, statusLabel, statusText } from './status';

export interface CellContext {
  /** The URL that opens a certificate's detail panel, keeping the filters. */
  linkTo: (certificate: string) => To;
}

export interface ColumnSpec<T> {
  id: string;
  /** The header, in the current language (also the CSV header). */
  label: () => string;
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
  return <span className="tag tag-local" title={say('cells.localTitle')}>{say('cells.local')}</span>;
}

/** A compact data-quality mark for narrow cells: the symbol shows, the messages are in the tooltip and for screen readers. */
function QualityMark({ issues }: { issues: readonly QualityIssue[] }) {
  if (issues.length === 0) return null;
  const messages = describeIssues(issues);
  return (
    <span className="tag tag-quality tag-compact" title={say('cells.qualityTitle', { messages })}>
      <span aria-hidden="true">⚠</span>
      <span className="visually-hidden">{say('cells.qualityHidden', { messages })}</span>
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
/**
 * 1,234.50 (French: 1 234,50): the unit is in the column header, so the cells stay narrow.
 * format.ts has no unit-less two-decimal formatter; its carats one is that number plus " ct".
 */
const text = (s: string) => <span className="cell-text" title={s}>{s}</span>;

export const EXPORT_COLUMNS: ColumnSpec<ExportRow>[] = [
  {
    id: 'certificate', label: () => say('columns.certificate'), width: '7.8em', rowHeader: true,
    sortValue: (r) => r.certificate,
    render: (r, ctx) => <><CertificateLink certificate={r.certificate} ctx={ctx} /><QualityMark issues={r.quality} /></>,
    csv: (r) => r.certificate,
  },
  { id: 'issuedOn', label: () => say('columns.issuedOn'), width: '7.8em', sortValue: (r) => r.issuedOn, render: (r) => formatDate(r.issuedOn), csv: (r) => r.issuedOn },
  { id: 'zone', label: () => say('columns.zone'), width: '7em', sortValue: (r) => lower(r.zone), render: (r) => text(r.zone), csv: (r) => r.zone },
  { id: 'office', label: () => say('columns.office'), width: '8.6em', sortValue: (r) => lower(r.office), render: (r) => text(r.office), csv: (r) => r.office },
  { id: 'importer', label: () => say('columns.importer'), width: '8.6em', sortValue: (r) => lower(r.importer), render: (r) => text(r.importer), csv: (r) => r.importer },
  {
    id: 'destination', label: () => say('columns.destination'), width: '7.6em', sortValue: (r) => lower(r.destinationName),
    render: (r) => text(r.destinationName), csv: (r) => r.destination,
  },
  { id: 'carats', label: () => say('columns.carats'), width: '6em', numeric: true, sortValue: (r) => r.carats, render: (r) => formatDecimal(r.carats), csv: (r) => r.carats },
  { id: 'value', label: () => say('columns.valueUsd'), width: '6.4em', numeric: true, sortValue: (r) => r.valueUsd, render: (r) => formatCount(r.valueUsd), csv: (r) => r.valueUsd },
  {
    id: 'price', label: () => say('columns.price'), width: '5em', numeric: true, sortValue: (r) => r.pricePerCarat ?? undefined,
    render: (r) => (r.pricePerCarat === null ? '—' : formatDecimal(round2(r.pricePerCarat))),
    csv: (r) => (r.pricePerCarat === null ? null : round2(r.pricePerCarat)),
  },
  {
    id: 'status', label: () => say('columns.status'), width: '8em',
    sortValue: (r) => STATUS_RANK[r.status] * 2 + (r.late ? 0 : 1),
    render: (r) => <span className={`status status-${r.status}`}>{statusLabel(r.status)}</span>,
    csv: (r) => statusText(r.status, r.late),
  },
  {
    id: 'days', label: () => say('columns.days'), width: '6em', numeric: true, sortValue: (r) => r.daysToNotify ?? undefined,
    // Lateness shows beside the days it is about (the status column would be too wide for both).
    render: (r) => <>{r.late && <span className="tag tag-late">{say('status.late')}</span>} {formatDays(r.daysToNotify)}</>,
    csv: (r) => r.daysToNotify,
  },
  {
    id: 'participant', label: () => say('columns.notifiedBy'), width: '7.2em', sortValue: (r) => r.participant ?? undefined,
    render: (r) => (
      <>
        {r.participant ?? '—'}
        {r.duplicates > 0 && (
          <span className="muted" title={say('cells.further', { count: r.duplicates, n: formatCount(r.duplicates) })}> +{r.duplicates}</span>
        )}
        {r.local && <LocalTag />}
      </>
    ),
    csv: (r) => [r.participant ?? '', r.duplicates > 0 ? `+${r.duplicates}` : '', r.local ? say('cells.local') : ''].filter(Boolean).join(' '),
  },
];

const optionalNumber = (n: number | null, format: (n: number) => string) => (n === null ? '—' : format(n));

export const NOTIFICATION_COLUMNS: ColumnSpec<NotificationRow>[] = [
  {
    id: 'id', label: () => say('columns.notification'), width: '8em', rowHeader: true, sortValue: (r) => r.id,
    render: (r) => <>{r.id}{r.local && <LocalTag />}</>,
    csv: (r) => (r.local ? say('cells.localCsv', { id: r.id }) : r.id),
  },
  {
    id: 'certificate', label: () => say('columns.certificateNamed'), width: '8em', sortValue: (r) => r.certificate,
    render: (r, ctx) => <CertificateLink certificate={r.certificate} ctx={ctx} />, csv: (r) => r.certificate,
  },
  { id: 'participant', label: () => say('columns.participant'), width: '6.5em', sortValue: (r) => r.participant, render: (r) => r.participant, csv: (r) => r.participant },
  { id: 'authority', label: () => say('columns.authority'), width: '11em', sortValue: (r) => lower(r.authority), render: (r) => text(r.authority || '—'), csv: (r) => r.authority },
  { id: 'receivedOn', label: () => say('columns.receivedOn'), width: '7em', sortValue: (r) => r.receivedOn, render: (r) => formatDate(r.receivedOn), csv: (r) => r.receivedOn },
  { id: 'notifiedOn', label: () => say('columns.notifiedOn'), width: '7em', sortValue: (r) => r.notifiedOn, render: (r) => formatDate(r.notifiedOn), csv: (r) => r.notifiedOn },
  { id: 'carats', label: () => say('columns.carats'), width: '7.5em', numeric: true, sortValue: (r) => r.carats, render: (r) => formatCarats(r.carats), csv: (r) => r.carats },
  {
    id: 'parcels', label: () => say('columns.parcels'), width: '4.8em', numeric: true, sortValue: (r) => r.parcels ?? undefined,
    render: (r) => optionalNumber(r.parcels, formatCount), csv: (r) => r.parcels,
  },
  {
    id: 'value', label: () => say('columns.value'), width: '7.5em', numeric: true, sortValue: (r) => r.valueUsd ?? undefined,
    render: (r) => optionalNumber(r.valueUsd, formatUsd), csv: (r) => r.valueUsd,
  },
  { id: 'importer', label: () => say('columns.importer'), width: '10em', sortValue: (r) => lower(r.importer), render: (r) => text(r.importer || '—'), csv: (r) => r.importer },
];

export const SORTABLE = {
  exports: EXPORT_COLUMNS.map((c) => c.id),
  unmatched: NOTIFICATION_COLUMNS.map((c) => c.id),
  duplicates: NOTIFICATION_COLUMNS.map((c) => c.id),
};
