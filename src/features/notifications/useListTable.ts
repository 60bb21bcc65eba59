/**
 * TanStack Table does the sorting, filtering and status counts; the URL
 * holds the state. Rows come precomputed (rows.ts), so each filter is a
 * comparison per row and a sort compares cached values.
 */
import { useMemo } from 'react';
import {
  getCoreRowModel, getSortedRowModel, useReactTable,
  type ColumnDef, type ColumnFiltersState, type FilterFn, type Row, type RowModel, type SortingState, type Table, type Updater,
} from '@tanstack/react-table';
import type { ColumnSpec } from './columns';
import type { Filters, Sort } from './url';

/** Fields every filterable row has. */
export interface FilterableRow {
  quarter: string;
}

/** Every word of the query is in the row's text; the query is split once per filtering, not per row. */
const textFilter: FilterFn<FilterableRow> = (row, id, words: string[]) => {
  const haystack = row.getValue<string>(id);
  return words.every((w) => haystack.includes(w));
};
textFilter.resolveFilterValue = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

/** Filter-only columns (never shown): the filter id and the row value it compares. */
export interface FilterColumn<T> {
  id: string;
  value: (row: T) => string | null;
  /** Custom test; default: the value equals the filter. */
  test?: (row: T, wanted: string) => boolean;
}

export const FILTER_IDS = {
  quarter: 'f-quarter', search: 'f-search', status: 'f-status', zone: 'f-zone', office: 'f-office', destination: 'f-destination',
} as const;

function toColumns<T extends FilterableRow>(specs: ColumnSpec<T>[], filters: FilterColumn<T>[], searchText: (row: T) => string): ColumnDef<T>[] {
  return [
    ...specs.map((spec): ColumnDef<T> => ({
      id: spec.id, accessorFn: spec.sortValue, sortUndefined: 'last', sortingFn: 'basic', enableColumnFilter: false,
    })),
    { id: FILTER_IDS.quarter, accessorFn: (r) => r.quarter, filterFn: 'equals', enableSorting: false },
    { id: FILTER_IDS.search, accessorFn: searchText, filterFn: textFilter as unknown as FilterFn<T>, enableSorting: false },
    ...filters.map((f): ColumnDef<T> => ({
      id: f.id,
      accessorFn: f.value,
      enableSorting: false,
      filterFn: f.test ? (row, _id, wanted: string) => f.test!(row.original, wanted) : 'equals',
    })),
  ];
}

/** The last result of `compute`, while the dependencies stay the same (each compared with ===). */
function memoised<R>(deps: () => readonly unknown[], compute: () => R): () => R {
  let last: readonly unknown[] | null = null;
  let result: R;
  return () => {
    const next = deps();
    if (last === null || last.length !== next.length || next.some((d, i) => d !== last![i])) {
      result = compute();
      last = next;
    }
    return result;
  };
}

/** A row model of flat rows (these lists have no sub-rows); rows by id only when asked for. */
function rowModelOf<T>(rows: Row<T>[]): RowModel<T> {
  let byId: Record<string, Row<T>> | null = null;
  return {
    rows,
    flatRows: rows,
    get rowsById() {
      return (byId ??= Object.fromEntries(rows.map((r) => [r.id, r])));
    },
  };
}

/** The rows of `model` that pass every filter of `filters`. */
function filtered<T>(table: Table<T>, model: RowModel<T>, filters: ColumnFiltersState): RowModel<T> {
  const tests = filters.flatMap(({ id, value }) => {
    const filterFn = table.getColumn(id)?.getFilterFn();
    if (!filterFn) return [];
    const resolved: unknown = filterFn.resolveFilterValue?.(value) ?? value;
    return [(row: Row<T>) => filterFn(row, id, resolved, () => undefined)];
  });
  if (model.rows.length === 0 || tests.length === 0) return model;
  return rowModelOf(model.rows.filter((row) => tests.every((test) => test(row))));
}

/*
 * TanStack's own filtered and faceted row models tag every row with an
 * object of filter results on each change: with 100,000 rows, a filter
 * change made 200,000 short-lived objects and a long garbage collection.
 * These give the same rows with one pass and one array. The faceted model
 * (counts by status across the other filters) is kept while only the
 * column's own filter changes.
 */
function leanFilteredRowModel<T>() {
  return (table: Table<T>) => memoised(
    () => [table.getPreFilteredRowModel(), table.getState().columnFilters],
    () => filtered(table, table.getPreFilteredRowModel(), table.getState().columnFilters),
  );
}

function leanFacetedRowModel<T>() {
  return (table: Table<T>, columnId: string) => {
    const others = () => table.getState().columnFilters.filter((f) => f.id !== columnId);
    return memoised(
      () => [table.getPreFilteredRowModel(), ...others().flatMap((f) => [f.id, f.value])],
      () => filtered(table, table.getPreFilteredRowModel(), others()),
    );
  };
}

type FilterValues = Pick<Filters, 'quarter' | 'status' | 'zone' | 'office' | 'destination' | 'q'>;

/** The column filters for the URL's filters; only those this list has. */
export function columnFiltersFor(filters: FilterValues, has: ReadonlySet<string>): ColumnFiltersState {
  const wanted: Array<[string, string | null]> = [
    [FILTER_IDS.quarter, filters.quarter === 'all' ? null : filters.quarter],
    [FILTER_IDS.status, filters.status === 'all' ? null : filters.status],
    [FILTER_IDS.zone, filters.zone],
    [FILTER_IDS.office, filters.office],
    [FILTER_IDS.destination, filters.destination],
    [FILTER_IDS.search, filters.q.trim() === '' ? null : filters.q],
  ];
  return wanted.filter(([id, value]) => value !== null && has.has(id)).map(([id, value]) => ({ id, value }));
}

export function useListTable<T extends FilterableRow>(options: {
  data: T[];
  specs: ColumnSpec<T>[];
  filterColumns: FilterColumn<T>[];
  /** The row's text for the free-text filter, lower case. */
  searchText: (row: T) => string;
  filters: Filters;
  onSort: (sort: Sort | null) => void;
  /** Count by status across the other filters (the exports list). */
  facets?: boolean;
}) {
  const { data, specs, filterColumns, searchText, filters, onSort, facets = false } = options;
  const columns = useMemo(() => toColumns(specs, filterColumns, searchText), [specs, filterColumns, searchText]);
  const has = useMemo(
    () => new Set<string>([FILTER_IDS.quarter, FILTER_IDS.search, ...filterColumns.map((f) => f.id)]),
    [filterColumns],
  );
  const { quarter, status, zone, office, destination, q, sort } = filters;
  // Stable state objects: TanStack recomputes a row model only when its inputs change identity.
  const columnFilters = useMemo(
    () => columnFiltersFor({ quarter, status, zone, office, destination, q }, has),
    [quarter, status, zone, office, destination, q, has],
  );
  const sortId = sort?.id ?? null;
  const sortDesc = sort?.desc ?? false;
  const sorting = useMemo<SortingState>(() => (sortId === null ? [] : [{ id: sortId, desc: sortDesc }]), [sortId, sortDesc]);

  // TanStack Table returns functions by design; the React Compiler lint cannot memoise them.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useReactTable<T>({
    data,
    columns,
    state: { columnFilters, sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSort(next[0] ? { id: next[0].id, desc: next[0].desc } : null);
    },
    manualFiltering: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: leanFilteredRowModel<T>(),
    getSortedRowModel: getSortedRowModel(),
    ...(facets ? { getFacetedRowModel: leanFacetedRowModel<T>() } : {}),
  });
}
