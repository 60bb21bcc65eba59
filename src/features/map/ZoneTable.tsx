import type { IsoDate, Quarter, Zone, ZoneQuarter, ZoneStatus } from '../../core';
import { formatCarats, formatCount, formatDate, formatPricePerCarat, formatUsd } from '../../lib/format';
import { CERTAINTY_WORDS, STATUS_WORDS } from './metrics';

export interface ZoneRow {
  zone: Zone;
  status: ZoneStatus;
  figures: ZoneQuarter;
}

/** The map's content as a table: every zone, its dates, its status on the date and its figures for the quarter. */
export function ZoneTable({ rows, date, quarter }: { rows: ZoneRow[]; date: IsoDate; quarter: Quarter }) {
  return (
    <div className="table-wrap">
      <table className="records">
        <caption>Compliant zones: status on {formatDate(date)}, figures for {quarter}</caption>
        <thead>
          <tr>
            <th scope="col">Zone</th>
            <th scope="col">Prefecture</th>
            <th scope="col">Compliant from</th>
            <th scope="col">Compliant until</th>
            <th scope="col">Certainty</th>
            <th scope="col">On {formatDate(date)}</th>
            <th scope="col" className="num">Exports</th>
            <th scope="col" className="num">Carats</th>
            <th scope="col" className="num">Value</th>
            <th scope="col" className="num">US$/ct</th>
            <th scope="col" className="num">Open problems</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ zone, status, figures }) => (
            <tr key={zone.id}>
              <th scope="row">{zone.name}</th>
              <td>{zone.prefecture || '—'}</td>
              <td className="nowrap">{formatDate(zone.compliantFrom)}</td>
              <td className="nowrap">{zone.compliantUntil === null ? '—' : formatDate(zone.compliantUntil)}</td>
              <td>{CERTAINTY_WORDS[zone.certainty]}</td>
              <td><span className={`zone-status zone-status-${status} is-pill`}>{STATUS_WORDS[status]}</span></td>
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
