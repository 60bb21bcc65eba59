import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { zoneMetricValue, type IsoDate, type Quarter, type Zone, type ZoneMetric, type ZoneQuarter, type ZoneStatus } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatCarats, formatCount, formatDate, formatPricePerCarat, formatUsd } from '../../lib/format';
import { CERTAINTY_WORDS, METRICS, PROBLEM_LABELS, STATUS_WORDS } from './metrics';

interface Props {
  zone: Zone;
  status: ZoneStatus;
  date: IsoDate;
  /** The date certificate statuses are computed at. */
  asOf: IsoDate;
  quarter: Quarter;
  current: ZoneQuarter;
  previous: ZoneQuarter;
  /** Up to eight quarters ending with the selected one, oldest first. */
  history: ZoneQuarter[];
  metric: ZoneMetric;
  /** "?data=..." or "", kept on links to other views. */
  dataSearch: string;
  onClose: () => void;
}

/** `/notifications?quarter=Q&zone=id[&status=...|&cert=...]`, keeping the data source. */
export function notificationsLink(quarter: Quarter, zoneId: string, dataSearch: string, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ quarter, zone: zoneId, ...extra });
  const data = new URLSearchParams(dataSearch).get('data');
  if (data !== null) params.set('data', data);
  return { pathname: '/notifications', search: `?${params.toString()}` };
}

const HistoryChart = lazy(async () => ({ default: (await import('./HistoryChart')).HistoryChart }));

const FIGURE_ROWS: Array<{ label: string; sub?: boolean; format: (z: ZoneQuarter) => string }> = [
  { label: 'Exports', format: (z) => formatCount(z.exports) },
  { label: 'Carats', format: (z) => formatCarats(z.carats) },
  { label: 'Value', format: (z) => formatUsd(z.valueUsd) },
  { label: 'US$/ct', format: (z) => formatPricePerCarat(z.pricePerCarat) },
  { label: 'Open problems', format: (z) => formatCount(z.openProblems) },
  { label: 'Overdue', sub: true, format: (z) => formatCount(z.overdue) },
  { label: 'Discrepancy', sub: true, format: (z) => formatCount(z.discrepancy) },
  { label: 'Flags', sub: true, format: (z) => formatCount(z.flags) },
];

function History({ zone, history, metric, quarter }: { zone: Zone; history: ZoneQuarter[]; metric: ZoneMetric; quarter: Quarter }) {
  const info = METRICS[metric];
  const rows = history.map((h) => ({ quarter: h.quarter, value: zoneMetricValue(h, metric) }));
  const first = rows[0]?.quarter;
  const last = rows.at(-1)?.quarter;
  return (
    <figure className="history-chart">
      <div aria-hidden="true" className="history-chart-plot">
        <Suspense fallback={<p className="muted small">Loading the chart…</p>}>
          <HistoryChart rows={rows} metric={metric} quarter={quarter} />
        </Suspense>
      </div>
      <figcaption className="muted small">
        {info.label} by quarter; the dark bar is {quarter}.
      </figcaption>
      <table className="visually-hidden">
        <caption>{`${info.label} by quarter, ${zone.name}, ${first} to ${last}`}</caption>
        <thead>
          <tr><th scope="col">Quarter</th><th scope="col">{info.label}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.quarter}><th scope="row">{r.quarter}</th><td>{info.format(r.value)}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** A zone opened from the list or the map: what it is, its figures, and its open problems. */
export function ZonePanel({ zone, status, date, asOf, quarter, current, previous, history, metric, dataSearch, onClose }: Props) {
  const titleId = 'zone-panel-title';
  const link = (extra?: Record<string, string>) => notificationsLink(quarter, zone.id, dataSearch, extra);
  const boundary = zone.boundary === null
    ? 'None in the data: shown at its main town'
    : zone.boundaryIndicative ? 'Indicative (not surveyed)' : 'As given in the data';

  return (
    <aside
      id="zone-panel"
      className="zone-panel"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h2 id={titleId}>{zone.name}</h2>
        <button type="button" className="panel-close" aria-label={`Close ${zone.name}`} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl className="zone-facts">
        <div><dt>Prefecture</dt><dd>{zone.prefecture || '—'}</dd></div>
        <div><dt>Compliant since</dt><dd>{formatDate(zone.compliantFrom)}</dd></div>
        <div><dt>Compliant until</dt><dd>{zone.compliantUntil === null ? 'No end date' : formatDate(zone.compliantUntil)}</dd></div>
        <div><dt>On {formatDate(date)}</dt><dd><span className={`zone-status zone-status-${status} is-pill`}>{STATUS_WORDS[status]}</span></dd></div>
        <div><dt>Certainty</dt><dd>{CERTAINTY_WORDS[zone.certainty]}</dd></div>
        <div><dt>Boundary</dt><dd>{boundary}</dd></div>
      </dl>
      {zone.note && <p className="zone-note">{zone.note}</p>}

      <h3>Figures</h3>
      <div className="table-wrap">
        <table className="panel-figures">
          <caption>{`${zone.name}: ${quarter} beside ${previous.quarter}`}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">{quarter}</th>
              <th scope="col" className="num">{previous.quarter}</th>
            </tr>
          </thead>
          <tbody>
            {FIGURE_ROWS.map((row) => (
              <tr key={row.label} className={row.sub ? 'sub-row' : undefined}>
                <th scope="row">{row.sub && <span className="visually-hidden">Open problems: </span>}{row.label}</th>
                <td className="num strong">{row.format(current)}</td>
                <td className="num muted">{row.format(previous)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Last {history.length === 1 ? 'quarter' : `${history.length} quarters`}</h3>
      <History zone={zone} history={history} metric={metric} quarter={quarter} />

      <h3>Open problems, {quarter}</h3>
      <p className="muted small">
        Certificates overdue or in discrepancy as of {formatDate(asOf)}, and flags on them. The office-below-minimum
        flag concerns a buying office, not a zone: see the quarterly review.
      </p>
      <p className="panel-links">
        In Notifications: <Link to={link()}>all certificates</Link>
        {current.overdue > 0 && <> · <Link to={link({ status: 'overdue' })}>overdue ({current.overdue})</Link></>}
        {current.discrepancy > 0 && <> · <Link to={link({ status: 'discrepancy' })}>discrepancy ({current.discrepancy})</Link></>}
      </p>
      {current.problems.length === 0 ? (
        <EmptyState>No open problems in {quarter}.</EmptyState>
      ) : (
        <ul className="problem-items" aria-label={`Open problems, ${zone.name}, ${quarter}`}>
          {current.problems.map((p, i) => (
            <li key={`${p.kind}-${p.certificate}-${i}`}>
              <Link to={link({ cert: p.certificate })}>{p.certificate}</Link>
              <span className={`problem-kind problem-${p.kind}`}>{PROBLEM_LABELS[p.kind]}</span>
              <span className="muted small">issued {formatDate(p.issuedOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
