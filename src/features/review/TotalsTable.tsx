/** A breakdown as a table: a name, then exports, carats, value and $/ct; optional extra column and total row. */
import type { ReactNode } from 'react';
import type { Totals } from '../../core';
import { formatCarats, formatCount, formatPricePerCarat, formatUsd } from '../../lib/format';
import { useReviewMessages } from './messages';
import { scrollable } from '../../lib/scrollable';

export function TotalsCells({ totals }: { totals: Totals }) {
  return (
    <>
      <td className="num">{formatCount(totals.exports)}</td>
      <td className="num">{formatCarats(totals.carats)}</td>
      <td className="num">{formatUsd(totals.valueUsd)}</td>
      <td className="num">{formatPricePerCarat(totals.pricePerCarat)}</td>
    </>
  );
}

export interface TotalsRow {
  key: string;
  name: ReactNode;
  totals: Totals;
  extra?: ReactNode;
  /** Marks the row (e.g. the quarter under review in a trend). */
  current?: boolean;
}

export function TotalsTable({ caption, first, rows, extra, total }: {
  caption: string;
  first: string;
  rows: readonly TotalsRow[];
  /** Header of an extra last column. */
  extra?: string;
  /** A footer row, e.g. the quarter's totals under its months. */
  total?: { name: string; totals: Totals };
}) {
  const { t } = useReviewMessages();
  return (
    <div className="table-wrap" ref={scrollable}>
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" className="num">{t('table.exports')}</th>
            <th scope="col" className="num">{t('table.carats')}</th>
            <th scope="col" className="num">{t('table.value')}</th>
            <th scope="col" className="num">{t('table.pricePerCarat')}</th>
            {extra && <th scope="col">{extra}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.current ? 'row-current' : undefined}>
              <th scope="row">{r.name}</th>
              <TotalsCells totals={r.totals} />
              {extra && <td>{r.extra}</td>}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">{total.name}</th>
              <TotalsCells totals={total.totals} />
              {extra && <td />}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
