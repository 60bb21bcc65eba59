import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { zoneMetricValue, type IsoDate, type Quarter, type Zone, type ZoneMetric, type ZoneQuarter, type ZoneStatus } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatCarats, formatCount, formatDate, formatPricePerCarat, formatUsd } from '../../lib/format';
import { useMapMessages } from './messages';
import { METRICS } from './metrics';
import { scrollable } from '../../lib/scrollable';

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

type FigureRow = 'exports' | 'carats' | 'value' | 'ppc' | 'problems' | 'overdue' | 'discrepancy' | 'flags';

const FIGURE_ROWS: Array<{ row: FigureRow; sub?: boolean; format: (z: ZoneQuarter) => string }> = [
  { row: 'exports', format: (z) => formatCount(z.exports) },
  { row: 'carats', format: (z) => formatCarats(z.carats) },
  { row: 'value', format: (z) => formatUsd(z.valueUsd) },
  { row: 'ppc', format: (z) => formatPricePerCarat(z.pricePerCarat) },
  { row: 'problems', format: (z) => formatCount(z.openProblems) },
  { row: 'overdue', sub: true, format: (z) => formatCount(z.overdue) },
  { row: 'discrepancy', sub: true, format: (z) => formatCount(z.discrepancy) },
  { row: 'flags', sub: true, format: (z) => formatCount(z.flags) },
];

function History({ zone, history, metric, quarter }: { zone: Zone; history: ZoneQuarter[]; metric: ZoneMetric; quarter: Quarter }) {
  const { t } = useMapMessages();
  const info = METRICS[metric];
  const label = t(`metrics.${metric}.label`);
  const rows = history.map((h) => ({ quarter: h.quarter, value: zoneMetricValue(h, metric) }));
  const first = rows[0]?.quarter;
  const last = rows.at(-1)?.quarter;
  return (
    <figure className="history-chart">
      <div aria-hidden="true" className="history-chart-plot">
        <Suspense fallback={<p className="muted small">{t('panel.chartLoading')}</p>}>
          <HistoryChart rows={rows} metric={metric} quarter={quarter} />
        </Suspense>
      </div>
      <figcaption className="muted small">
        {t('panel.chartCaption', { metric: label, quarter })}
      </figcaption>
      {/* Hidden through a block: a table is as wide as its content whatever its width says, and widened the page on phones. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('panel.chartTable', { metric: label, zone: zone.name, first, last })}</caption>
          <thead>
            <tr><th scope="col">{t('panel.quarter')}</th><th scope="col">{label}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.quarter}><th scope="row">{r.quarter}</th><td>{info.format(r.value)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** A zone opened from the list or the map: what it is, its figures, and its open problems. */
export function ZonePanel({ zone, status, date, asOf, quarter, current, previous, history, metric, dataSearch, onClose }: Props) {
  const { t } = useMapMessages();
  const titleId = 'zone-panel-title';
  const link = (extra?: Record<string, string>) => notificationsLink(quarter, zone.id, dataSearch, extra);
  const boundary = zone.boundary === null
    ? t('panel.boundaryNone')
    : zone.boundaryIndicative ? t('panel.boundaryIndicative') : t('panel.boundaryGiven');

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
        <button type="button" className="panel-close" aria-label={t('panel.close', { name: zone.name })} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl className="zone-facts">
        <div><dt>{t('panel.prefecture')}</dt><dd>{zone.prefecture || '—'}</dd></div>
        <div><dt>{t('panel.since')}</dt><dd>{formatDate(zone.compliantFrom)}</dd></div>
        <div>
          <dt>{t('panel.until')}</dt>
          <dd>{zone.compliantUntil === null ? t('panel.noEnd') : formatDate(zone.compliantUntil)}</dd>
        </div>
        <div>
          <dt>{t('panel.on', { date: formatDate(date) })}</dt>
          <dd><span className={`zone-status zone-status-${status} is-pill`}>{t(`status.${status}`)}</span></dd>
        </div>
        <div><dt>{t('panel.certainty')}</dt><dd>{t(`certainty.${zone.certainty}`)}</dd></div>
        <div><dt>{t('panel.boundary')}</dt><dd>{boundary}</dd></div>
      </dl>
      {zone.note && <p className="zone-note">{zone.note}</p>}

      <h3>{t('panel.figures')}</h3>
      <div className="table-wrap" ref={scrollable}>
        <table className="panel-figures">
          <caption>{t('panel.figuresCaption', { zone: zone.name, quarter, previous: previous.quarter })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('panel.measure')}</th>
              <th scope="col" className="num">{quarter}</th>
              <th scope="col" className="num">{previous.quarter}</th>
            </tr>
          </thead>
          <tbody>
            {FIGURE_ROWS.map((row) => (
              <tr key={row.row} className={row.sub ? 'sub-row' : undefined}>
                <th scope="row">
                  {row.sub && <span className="visually-hidden">{t('panel.subRowPrefix')}</span>}
                  {t(`panel.rows.${row.row}`)}
                </th>
                <td className="num strong">{row.format(current)}</td>
                <td className="num muted">{row.format(previous)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('panel.last', { count: history.length, n: formatCount(history.length) })}</h3>
      <History zone={zone} history={history} metric={metric} quarter={quarter} />

      <h3>{t('panel.problems', { quarter })}</h3>
      <p className="muted small">{t('panel.problemsIntro', { date: formatDate(asOf) })}</p>
      <p className="panel-links">
        {t('panel.linksLabel')} <Link to={link()}>{t('panel.linkAll')}</Link>
        {current.overdue > 0 && (
          <> · <Link to={link({ status: 'overdue' })}>{t('panel.linkOverdue', { count: current.overdue, n: formatCount(current.overdue) })}</Link></>
        )}
        {current.discrepancy > 0 && (
          <> · <Link to={link({ status: 'discrepancy' })}>
            {t('panel.linkDiscrepancy', { count: current.discrepancy, n: formatCount(current.discrepancy) })}
          </Link></>
        )}
      </p>
      {current.problems.length === 0 ? (
        <EmptyState>{t('panel.noProblems', { quarter })}</EmptyState>
      ) : (
        <ul className="problem-items" aria-label={t('panel.problemsList', { zone: zone.name, quarter })}>
          {current.problems.map((p, i) => (
            <li key={`${p.kind}-${p.certificate}-${i}`}>
              <Link to={link({ cert: p.certificate })}>{p.certificate}</Link>
              <span className={`problem-kind problem-${p.kind}`}>{t(`problem.${p.kind}`)}</span>
              <span className="muted small">{t('panel.issued', { date: formatDate(p.issuedOn) })}</span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
