import { useId, useMemo, type ReactNode } from 'react';
import type { Table } from '@tanstack/react-table';
import { EmptyState } from '../../components/EmptyState';
import { formatCount, plural } from '../../lib/format';
import { EXPORT_COLUMNS, NOTIFICATION_COLUMNS, type CellContext, type ColumnSpec } from './columns';
import { tableCsv } from './exportCsv';
import { exportSearchText, notificationSearchText, type ExportRow, type NotificationRow, type Rows } from './rows';
import { FILTER_LABELS, STATUS_FILTERS, type StatusFilter } from './status';
import { LISTS, statusWords, type Filters, type ListName, type useFilterWriter } from './url';
import { FILTER_IDS, useListTable, type FilterColumn } from './useListTable';
import { VirtualTable } from './VirtualTable';

const EXPORT_FILTERS: FilterColumn<ExportRow>[] = [
  { id: FILTER_IDS.status, value: (r) => r.status, test: (r, wanted) => (wanted === 'late' ? r.late : r.status === wanted) },
  { id: FILTER_IDS.zone, value: (r) => r.zoneId },
  { id: FILTER_IDS.office, value: (r) => r.officeId },
  { id: FILTER_IDS.destination, value: (r) => r.destination },
];
const DUPLICATE_FILTERS: FilterColumn<NotificationRow>[] = [
  { id: FILTER_IDS.zone, value: (r) => r.zoneId },
  { id: FILTER_IDS.office, value: (r) => r.officeId },
  { id: FILTER_IDS.destination, value: (r) => r.destination },
];
const NO_FILTERS: FilterColumn<NotificationRow>[] = [];

const LIST_LABELS: Record<ListName, string> = {
  exports: 'Certificates',
  unmatched: 'Unmatched notifications',
  duplicates: 'Duplicate notifications',
};
const NOUNS: Record<ListName, string> = { exports: 'certificate', unmatched: 'unmatched notification', duplicates: 'duplicate notification' };

type Writer = ReturnType<typeof useFilterWriter>;

/** "5 certificates, 2021-Q3, overdue, zone Carnot, matching “antwerp”". */
function describe(count: number, filters: Filters, names: { zone?: string; destination?: string; office?: string }): string {
  const parts = [plural(count, NOUNS[filters.list]), filters.quarter === 'all' ? 'all quarters' : filters.quarter];
  if (filters.list === 'exports' && filters.status !== 'all') parts.push(statusWords(filters.status));
  if (filters.list !== 'unmatched') {
    if (names.zone) parts.push(`zone ${names.zone}`);
    if (names.destination) parts.push(`to ${names.destination}`);
    if (names.office) parts.push(`office ${names.office}`);
  }
  if (filters.q.trim() !== '') parts.push(`matching “${filters.q.trim()}”`);
  return parts.join(', ');
}

function StatusCounts({ table, active, onPick }: { table: Table<ExportRow>; active: StatusFilter; onPick: (s: string) => void }) {
  const facetRows = table.getColumn(FILTER_IDS.status)?.getFacetedRowModel().rows;
  const counts = useMemo(() => {
    const c: Record<string, number> = { confirmed: 0, discrepancy: 0, awaiting: 0, overdue: 0, late: 0 };
    for (const row of facetRows ?? []) {
      c[row.original.status]! += 1;
      if (row.original.late) c.late! += 1;
    }
    return c;
  }, [facetRows]);
  return (
    <ul className="counts status-counts" aria-label="Certificates by status (choose one to filter)">
      {STATUS_FILTERS.filter((s) => s !== 'all').map((s) => (
        <li key={s}>
          <button type="button" aria-pressed={active === s} onClick={() => onPick(active === s ? 'all' : s)}>
            <span className="count-label">{FILTER_LABELS[s]}</span>{' '}
            <span className="count-value">{formatCount(counts[s] ?? 0)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function Tables({ rows, filters, write, params, names, actions, onDownload }: {
  rows: Rows;
  /** Buttons shown beside "Download CSV". */
  actions: ReactNode;
  filters: Filters;
  write: Writer;
  params: URLSearchParams;
  /** Display names of the chosen zone, destination and office, for the caption. */
  names: { zone?: string; destination?: string; office?: string };
  onDownload: (csv: string) => void;
}) {
  const captionId = useId();
  const sortOf = (list: ListName) => (filters.list === list ? filters : { ...filters, sort: null });
  const tables = {
    exports: useListTable({ data: rows.exports, specs: EXPORT_COLUMNS, filterColumns: EXPORT_FILTERS, searchText: exportSearchText, filters: sortOf('exports'), onSort: write.setSort, facets: true }),
    unmatched: useListTable({ data: rows.unmatched, specs: NOTIFICATION_COLUMNS, filterColumns: NO_FILTERS, searchText: notificationSearchText, filters: sortOf('unmatched'), onSort: write.setSort }),
    duplicates: useListTable({ data: rows.duplicates, specs: NOTIFICATION_COLUMNS, filterColumns: DUPLICATE_FILTERS, searchText: notificationSearchText, filters: sortOf('duplicates'), onSort: write.setSort }),
  };
  const search = params.toString();
  const ctx = useMemo<CellContext>(() => ({
    linkTo: (certificate) => {
      const next = new URLSearchParams(search);
      next.set('cert', certificate);
      return { search: `?${next.toString()}` };
    },
  }), [search]);

  const list = filters.list;
  const table = tables[list] as Table<ExportRow | NotificationRow>;
  const specs = (list === 'exports' ? EXPORT_COLUMNS : NOTIFICATION_COLUMNS) as ColumnSpec<ExportRow | NotificationRow>[];
  const shown = table.getRowModel().rows;
  const cert = filters.cert;
  // One pass over the shown rows (well under a millisecond for 100,000).
  const selectedIndex = cert === null ? null : shown.findIndex((r) => r.original.certificate === cert);
  const caption = describe(shown.length, filters, names);

  return (
    <>
      <div className="list-bar">
        <div className="segmented" role="group" aria-label="List">
          {LISTS.map((l) => (
            <button key={l} type="button" aria-pressed={list === l} onClick={() => write.setList(l)}>
              {LIST_LABELS[l]} <span className="count-value">{formatCount(tables[l].getFilteredRowModel().rows.length)}</span>
            </button>
          ))}
        </div>
        <div className="list-actions">
          {actions}
          <button
            type="button"
            className="button"
            disabled={shown.length === 0}
            onClick={() => onDownload(tableCsv(specs, shown.map((r) => r.original)))}
          >
            Download CSV <span className="visually-hidden">of the {plural(shown.length, NOUNS[list])} shown</span>
          </button>
        </div>
      </div>
      <div className="caption-row">
        <p id={captionId} className="table-caption" role="status">{caption}</p>
        {list === 'exports' && <StatusCounts table={tables.exports} active={filters.status} onPick={write.setStatus} />}
      </div>
      {shown.length === 0 ? (
        <EmptyState>
          No {NOUNS[list]}s match these filters
          {list === 'exports' && filters.status !== 'all' ? ` (status “${FILTER_LABELS[filters.status]}”)` : ''}.
        </EmptyState>
      ) : (
        <VirtualTable
          table={table}
          specs={specs}
          ctx={ctx}
          labelledBy={captionId}
          isSelected={(r) => r.certificate === cert}
          onSelect={(r) => write.setCert(r.certificate)}
          scrollToIndex={selectedIndex}
        />
      )}
    </>
  );
}
