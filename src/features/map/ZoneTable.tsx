import type { IsoDate, Quarter, Zone, ZoneQuarter, ZoneStatus } from '../../core';
import { formatCarats, formatCount, formatDate, formatPricePerCarat, formatUsd } from '../../lib/format';
import { useMapMessages } from './messages';
import { scrollable } from '../../lib/scrollable';

export interface ZoneRow {
  zone: Zone;
  status: ZoneStatus;
  figures: ZoneQuarter;
}

/** The map's content as a table: every zone, its dates, its status on the date and its figures for the quarter. */
export function ZoneTable({ rows, date, quarter }: { rows: ZoneRow[]; date: IsoDate; quarter: Quarter }) {
  const { t } = useMapMessages();
  return (
    <div className="table-wrap" ref={scrollable}>
      <table className="records">
        <caption>{t('table.caption', { date: formatDate(date), quarter })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.zone')}</th>
            <th scope="col">{t('table.prefecture')}</th>
            <th scope="col">{t('table.from')}</th>
            <th scope="col">{t('table.until')}</th>
            <th scope="col">{t('table.certainty')}</th>
            <th scope="col">{t('table.on', { date: formatDate(date) })}</th>
            <th scope="col" className="num">{t('table.exports')}</th>
            <th scope="col" className="num">{t('table.carats')}</th>
            <th scope="col" className="num">{t('table.value')}</th>
            <th scope="col" className="num">{t('table.ppc')}</th>
            <th scope="col" className="num">{t('table.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ zone, status, figures }) => (
            <tr key={zone.id}>
              <th scope="row">{zone.name}</th>
              <td>{zone.prefecture || '—'}</td>
              <td className="nowrap">{formatDate(zone.compliantFrom)}</td>
              <td className="nowrap">{zone.compliantUntil === null ? '—' : formatDate(zone.compliantUntil)}</td>
              <td>{t(`certainty.${zone.certainty}`)}</td>
              <td><span className={`zone-status zone-status-${status} is-pill`}>{t(`status.${status}`)}</span></td>
              <td className="num">{formatCount(figures.exports)}</td>
              <td className="num">{formatCarats(figures.carats)}</td>
              <td className="num">{formatUsd(figures.valueUsd)}</td>
              <td className="num">{formatPricePerCarat(figures.pricePerCarat)}</td>
              <td className="num">{formatCount(figures.openProblems)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
