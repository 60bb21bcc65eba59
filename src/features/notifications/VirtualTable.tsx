/**
 * A real <table> whose body renders only the rows in view (TanStack
 * Virtual): 100,000 rows cost what 30 do. Fixed row height and column
 * widths, a sticky header with sort buttons, aria-rowcount and
 * aria-rowindex so assistive technology knows the full size.
 */
import { useEffect, useRef } from 'react';
import type { Row, Table } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import type { CellContext, ColumnSpec } from './columns';
import { useNotificationMessages } from './messages';

export const ROW_HEIGHT = 36;
/** When the container has not been laid out (hidden, or jsdom), render as if it were this tall. */
const FALLBACK_HEIGHT = 640;

function observeWithFallback(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }));
}

interface Props<T> {
  table: Table<T>;
  specs: ColumnSpec<T>[];
  ctx: CellContext;
  /** id of the element that names the table (its caption, shown above it). */
  labelledBy: string;
  isSelected: (row: T) => boolean;
  onSelect: (row: T) => void;
  /** Brought into view when it changes (the selected row on arrival from a link). */
  scrollToIndex: number | null;
}

function SortHeader<T>({ table, spec }: { table: Table<T>; spec: ColumnSpec<T> }) {
  const { t } = useNotificationMessages();
  const label = spec.label();
  const column = table.getColumn(spec.id);
  const sorted = column?.getIsSorted() ?? false;
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  return (
    <th scope="col" className={spec.numeric ? 'num' : undefined} aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={column?.getToggleSortingHandler()} title={t('table.sortBy', { column: label, lower: label.toLowerCase() })}>
        {label}
        <span className="sort-mark" aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}

function BodyRow<T>({ row, index, specs, ctx, selected, onSelect }: {
  row: Row<T>; index: number; specs: ColumnSpec<T>[]; ctx: CellContext; selected: boolean; onSelect: (row: T) => void;
}) {
  return (
    <tr
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      className={selected ? 'selected' : undefined}
      onClick={() => onSelect(row.original)}
    >
      {specs.map((spec) => {
        const className = spec.numeric ? 'num' : undefined;
        const content = spec.render(row.original, ctx);
        return spec.rowHeader
          ? <th key={spec.id} scope="row" className={className}>{content}</th>
          : <td key={spec.id} className={className}>{content}</td>;
      })}
    </tr>
  );
}

export function VirtualTable<T>({ table, specs, ctx, labelledBy, isSelected, onSelect, scrollToIndex }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  // TanStack Virtual returns functions by design; the React Compiler lint cannot memoise them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: ROW_HEIGHT + 8,
    observeElementRect: observeWithFallback,
  });

  useEffect(() => {
    if (scrollToIndex !== null && scrollToIndex >= 0) virtualizer.scrollToIndex(scrollToIndex, { align: 'auto' });
  }, [scrollToIndex, virtualizer]);

  // Rows snap to just below the sticky header (notifications.css), so none sits half hidden under it
  // with its link too small to hit beside the sort buttons (WCAG 2.5.8). The header's height varies.
  useEffect(() => {
    const box = scrollRef.current;
    const head = box?.querySelector('thead');
    if (!box || !head || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => { box.style.scrollPaddingTop = `${head.offsetHeight}px`; });
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  // At least the columns' widths (narrower screens scroll sideways); wider screens share out the rest.
  const minWidth = `calc(${specs.map((s) => s.width).join(' + ')})`;

  return (
    <div className="virtual-scroll" ref={scrollRef}>
      <table className="records virtual" aria-labelledby={labelledBy} aria-rowcount={rows.length + 1} style={{ minWidth }}>
        <colgroup>
          {specs.map((s) => <col key={s.id} style={{ width: s.width }} />)}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {specs.map((spec) => <SortHeader key={spec.id} table={table} spec={spec} />)}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" className="spacer" style={{ height: before }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <BodyRow
                key={row.id}
                row={row}
                index={item.index}
                specs={specs}
                ctx={ctx}
                selected={isSelected(row.original)}
                onSelect={onSelect}
              />
            );
          })}
          {after > 0 && <tr aria-hidden="true" className="spacer" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
