import { memo, useId, useMemo, type ReactNode } from 'react';
import type { Table } from '@tanstack/react-table';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../lib/format';
import { EXPORT_COLUMNS, NOTIFICATION_COLUMNS, type CellContext, type ColumnSpec } from './columns';
import { notificationText as say, useNotificationMessages } from './messages';
import { exportSearchText, notificationSearchText, type ExportRow, type NotificationRow, type Rows } from './rows';
import { STATUS_FILTERS, filterLabel, type StatusFilter } from './status';
import { LISTS, type Filters, type ListName, type useFilterWriter } from './url';
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

/** Message keys per list: the rows counted in the caption, the rows downloaded, nothing found. */
const LIST_WORDS = {
  exports: { caption: 'caption.exports', shown: 'table.shownExports', empty: 'table.emptyExports' },
  unmatched: { caption: 'caption.unmatched', shown: 'table.shownUnmatched', empty: 'table.emptyUnmatched' },
  duplicates: { caption: 'caption.duplicates', shown: 'table.shownDuplicates', empty: 'table.emptyDuplicates' },
} as const;

type Writer = ReturnType<typeof useFilterWriter>;

/** "5 certificates, 2021-Q3, overdue, zone Carnot, matching “antwerp”": the filters listed, comma-separated. */
function describe(count: number, filters: Filters, names: { zone?: string; destination?: string; office?: string }): string {
  const parts = [
    say(LIST_WORDS[filters.list].caption, { count, n: formatCount(count) }),
    filters.quarter === 'all' ? say('caption.allQuarters') : filters.quarter,
  ];
  if (filters.list === 'exports' && filters.status !== 'all') {
    parts.push(say('caption.status', { status: filterLabel(filters.status).toLowerCase() }));
  }
  if (filters.list !== 'unmatched') {
    if (names.zone) parts.push(say('caption.zone', { name: names.zone }));
    if (names.destination) parts.push(say('caption.destination', { name: names.destination }));
    if (names.office) parts.push(say('caption.office', { name: names.office }));
  }
  if (filters.q.trim() !== '') parts.push(say('caption.matching', { q: filters.q.trim() }));
  return parts.join(', ');
}

function EmptyList({ list, status }: { list: ListName; status: StatusFilter }) {
  const { t } = useNotificationMessages();
  const text = list === 'exports' && status !== 'all'
    ? t('table.emptyExportsStatus', { status: filterLabel(status) })
    : t(LIST_WORDS[list].empty);
  return <EmptyState>{text}</EmptyState>;
}

function StatusCounts({ table, active, onPick }: { table: Table<ExportRow>; active: StatusFilter; onPick: (s: string) => void }) {
  const { t } = useNotificationMessages();
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
    <ul className="counts status-counts" aria-label={t('table.byStatus')}>
      {STATUS_FILTERS.filter((s) => s !== 'all').map((s) => (
        <li key={s}>
          <button type="button" aria-pressed={active === s} onClick={() => onPick(active === s ? 'all' : s)}>
            <span className="count-label">{filterLabel(s)}</span>{' '}
            <span className="count-value">{formatCount(counts[s] ?? 0)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Memo: the view renders again for messages and dialogs, which change nothing here. */
export const Tables = memo(function Tables({ rows, filters, write, params, names, actions, onDownload }: {
  rows: Rows;
  /** Buttons shown beside "Download CSV". */
  actions: ReactNode;
  filters: Filters;
  write: Writer;
  params: URLSearchParams;
  /** Display names of the chosen zone, destination and office, for the caption. */
  names: { zone?: string; destination?: string; office?: string };
  /** The CSV of the rows shown, once the CSV writer is loaded (or why it could not be). */
  onDownload: (csv: Promise<string>) => void;
}) {
  const { t } = useNotificationMessages();
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
        <div className="segmented" role="group" aria-label={t('lists.label')}>
          {LISTS.map((l) => (
            <button key={l} type="button" aria-pressed={list === l} onClick={() => write.setList(l)}>
              {t(`lists.${l}`)} <span className="count-value">{formatCount(tables[l].getFilteredRowModel().rows.length)}</span>
            </button>
          ))}
        </div>
        <div className="list-actions">
          {actions}
          <button
            type="button"
            className="button"
            disabled={shown.length === 0}
            onClick={() => {
              const rows = shown.map((r) => r.original);
              // The CSV writer loads on the first download; with the app shell cached, offline too.
              onDownload(import('./exportCsv').then(({ tableCsv }) => tableCsv(specs, rows)));
            }}
          >
            {t('table.downloadCsv')}{' '}
            <span className="visually-hidden">{t(LIST_WORDS[list].shown, { count: shown.length, n: formatCount(shown.length) })}</span>
          </button>
        </div>
      </div>
      <div className="caption-row">
        <p id={captionId} className="table-caption" role="status">{caption}</p>
        {list === 'exports' && <StatusCounts table={tables.exports} active={filters.status} onPick={write.setStatus} />}
      </div>
      {shown.length === 0 ? (
        <EmptyList list={list} status={filters.status} />
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
});
