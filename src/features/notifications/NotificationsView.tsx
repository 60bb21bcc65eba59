import { useId, useMemo } from 'react';
import { quarterOf, reconcile, type ExportReconciliation, type Notification } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { QualityTag } from '../../components/QualityTag';
import { ALL_QUARTERS, QuarterSelect } from '../../components/QuarterSelect';
import { formatCarats, formatCount, formatCountry, formatDate, formatDays, formatUsd, plural } from '../../lib/format';
import { namerFor, type Namer } from '../../lib/names';
import { issuesByCertificate } from '../../lib/quality-marks';
import { availableQuarters, defaultQuarter, pickQuarter } from '../../lib/quarter-param';
import { parseChoice, shortValue, useSearchParamState } from '../../lib/url-state';
import { useDataset } from '../../lib/use-dataset';
import { STATUS_FILTERS, STATUS_LABELS, STATUSES, type StatusFilter } from './status';

/** URL: ?quarter=2021-Q3|all (default: the latest quarter) &status=confirmed|discrepancy|awaiting|overdue|all. */
function useFilters(quarters: string[]) {
  const [params, update] = useSearchParamState();
  const rawQuarter = params.get('quarter');
  const quarterChoice = rawQuarter === ALL_QUARTERS ? { quarter: ALL_QUARTERS, notice: null } : pickQuarter(rawQuarter, quarters);
  const status = parseChoice<StatusFilter>(params.get('status'), STATUS_FILTERS, 'all');
  const notices = [
    quarterChoice.notice,
    status.rejected !== null ? `${shortValue(status.rejected)} is not a status; showing all statuses.` : null,
  ].filter((n): n is string => n !== null);
  const fallback = defaultQuarter(quarters);
  return {
    quarter: quarterChoice.quarter,
    status: status.value,
    notices,
    setQuarter: (q: string) => update({ quarter: q === fallback ? null : q }),
    setStatus: (s: string) => update({ status: s === 'all' ? null : s }),
  };
}

function StatusSelect({ value, onChange }: { value: StatusFilter; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Status</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="all">All statuses</option>
        {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
      </select>
    </div>
  );
}

function ExportsTable({ rows, names, marks, caption }: {
  rows: ExportReconciliation[];
  names: Namer;
  marks: ReturnType<typeof issuesByCertificate>;
  caption: string;
}) {
  return (
    <div className="table-wrap">
      <table className="records">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Certificate</th>
            <th scope="col">Issued on</th>
            <th scope="col">Zone</th>
            <th scope="col">Buying office</th>
            <th scope="col">Importer</th>
            <th scope="col">Destination</th>
            <th scope="col" className="num">Carats</th>
            <th scope="col" className="num">Value</th>
            <th scope="col">Status</th>
            <th scope="col">Late</th>
            <th scope="col" className="num">Days to notify</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.export.certificate}-${i}`}>
              <th scope="row">
                {r.export.certificate}
                <QualityTag issues={marks.get(r.export.certificate) ?? []} />
              </th>
              <td className="nowrap">{formatDate(r.export.issuedOn)}</td>
              <td>{names.zone(r.export.zoneId)}</td>
              <td className="text">{names.office(r.export.buyingOfficeId)}</td>
              <td className="text">{r.export.importer}</td>
              <td className="text">{formatCountry(r.export.destination)}</td>
              <td className="num">{formatCarats(r.export.carats)}</td>
              <td className="num">{formatUsd(r.export.valueUsd)}</td>
              <td><span className={`status status-${r.status}`}>{STATUS_LABELS[r.status]}</span></td>
              <td>{r.late ? 'Yes' : '—'}</td>
              <td className="num">{formatDays(r.daysToNotify)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UnmatchedTable({ rows, caption }: { rows: Notification[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="records">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Notification</th>
            <th scope="col">Certificate named</th>
            <th scope="col">Participant</th>
            <th scope="col">Received on</th>
            <th scope="col">Notified on</th>
            <th scope="col" className="num">Carats</th>
            <th scope="col">Importer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n, i) => (
            <tr key={`${n.id}-${i}`}>
              <th scope="row">{n.id}</th>
              <td>{n.certificate}</td>
              <td>{n.participant}</td>
              <td className="nowrap">{formatDate(n.receivedOn)}</td>
              <td className="nowrap">{formatDate(n.notifiedOn)}</td>
              <td className="num">{formatCarats(n.carats)}</td>
              <td>{n.importer ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Starting version: certificates against importers' confirmations, per quarter and status. */
export function NotificationsView() {
  const { dataset, asOf, quality } = useDataset();
  const quarters = useMemo(() => availableQuarters(dataset, asOf), [dataset, asOf]);
  const filters = useFilters(quarters);
  // Once per dataset and date, not per row or per filter change.
  const reconciliation = useMemo(() => reconcile(dataset, asOf), [dataset, asOf]);
  const names = useMemo(() => namerFor(dataset), [dataset]);
  const marks = useMemo(() => issuesByCertificate(quality), [quality]);

  const all = filters.quarter === ALL_QUARTERS;
  const inQuarter = all
    ? reconciliation.exports
    : reconciliation.exports.filter((r) => quarterOf(r.export.issuedOn) === filters.quarter);
  const rows = filters.status === 'all' ? inQuarter : inQuarter.filter((r) => r.status === filters.status);
  const unmatched = all
    ? reconciliation.unmatched
    : reconciliation.unmatched.filter((n) => quarterOf(n.notifiedOn) === filters.quarter);
  const period = all ? 'all quarters' : filters.quarter;
  const statusWords = filters.status === 'all' ? '' : `, ${STATUS_LABELS[filters.status].toLowerCase()}`;

  return (
    <section className="view">
      <title>Notifications · KP CAR Monitor</title>
      <h1>Notifications</h1>
      <p className="lede">
        Each CAR certificate against the importing authority’s confirmation of receipt, with statuses as of{' '}
        {formatDate(asOf)}. A sortable, exportable table comes in a later version.
      </p>
      {filters.notices.map((n) => <Notice key={n}>{n}</Notice>)}
      <div className="filters">
        <QuarterSelect quarters={quarters} value={filters.quarter} onChange={filters.setQuarter} allowAll />
        <StatusSelect value={filters.status} onChange={filters.setStatus} />
      </div>

      <h2>Certificates, {period}</h2>
      <ul className="counts" aria-label={`Certificates by status, ${period}`}>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className="count-label">{STATUS_LABELS[s]}</span>{' '}
            <span className="count-value">{formatCount(inQuarter.filter((r) => r.status === s).length)}</span>
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <EmptyState>
          No certificates {filters.status === 'all' ? '' : `with status “${STATUS_LABELS[filters.status]}” `}
          in {period}.
        </EmptyState>
      ) : (
        <ExportsTable
          rows={rows}
          names={names}
          marks={marks}
          caption={`${plural(rows.length, 'certificate')}, ${period}${statusWords}`}
        />
      )}

      <h2>Notifications for unknown certificates, {period}</h2>
      {unmatched.length === 0 ? (
        <EmptyState>Every notification in {period} matches a certificate.</EmptyState>
      ) : (
        <UnmatchedTable rows={unmatched} caption={`${plural(unmatched.length, 'unmatched notification')}, ${period}`} />
      )}
    </section>
  );
}
