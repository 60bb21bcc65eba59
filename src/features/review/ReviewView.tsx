import { useMemo, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { reconcile, reviewQuarter, type Totals } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { QuarterSelect } from '../../components/QuarterSelect';
import {
  formatCarats, formatCount, formatCountry, formatDate, formatNumber, formatPricePerCarat, formatUsd, formatUsdShort,
} from '../../lib/format';
import { namerFor } from '../../lib/names';
import { availableQuarters, pickQuarter } from '../../lib/quarter-param';
import { useDataSearch } from '../../lib/url-state';
import { useDataset } from '../../lib/use-dataset';
import { describeFlag } from './flagText';

const TOTAL_ROWS: Array<{ label: string; format: (t: Totals) => string }> = [
  { label: 'Exports (certificates)', format: (t) => formatCount(t.exports) },
  { label: 'Carats', format: (t) => formatCarats(t.carats) },
  { label: 'Value', format: (t) => formatUsd(t.valueUsd) },
  { label: 'Price per carat', format: (t) => formatPricePerCarat(t.pricePerCarat) },
];

function TotalsCells({ totals }: { totals: Totals }) {
  return (
    <>
      <td className="num">{formatCount(totals.exports)}</td>
      <td className="num">{formatCarats(totals.carats)}</td>
      <td className="num">{formatUsd(totals.valueUsd)}</td>
      <td className="num">{formatPricePerCarat(totals.pricePerCarat)}</td>
    </>
  );
}

function TotalsTable({ caption, first, rows, extra }: {
  caption: string;
  first: string;
  rows: Array<{ key: string; name: string; totals: Totals; extra?: ReactNode }>;
  extra?: string;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" className="num">Exports</th>
            <th scope="col" className="num">Carats</th>
            <th scope="col" className="num">Value</th>
            <th scope="col" className="num">US$/ct</th>
            {extra && <th scope="col">{extra}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <TotalsCells totals={r.totals} />
              {extra && <td>{r.extra}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Starting version of the quarterly review: the core's figures, formatted, nothing recomputed. */
export function ReviewView() {
  const { dataset, asOf } = useDataset();
  const params = useParams();
  const navigate = useNavigate();
  const search = useDataSearch();
  const quarters = useMemo(() => availableQuarters(dataset, asOf), [dataset, asOf]);
  const { quarter, notice } = pickQuarter(params.quarter, quarters);
  const reconciliation = useMemo(() => reconcile(dataset, asOf), [dataset, asOf]);
  const review = useMemo(
    () => reviewQuarter(dataset, quarter, asOf, reconciliation),
    [dataset, quarter, asOf, reconciliation],
  );
  const names = useMemo(() => namerFor(dataset), [dataset]);
  const minimum = formatUsdShort(dataset.settings.minQuarterlyExportUsd);
  const r = review.reconciliation;
  const counts: Array<[string, string]> = [
    ['Confirmed', formatCount(r.confirmed)],
    ['Discrepancy', formatCount(r.discrepancy)],
    ['Awaiting', formatCount(r.awaiting)],
    ['Overdue', formatCount(r.overdue)],
    ['Late', formatCount(r.late)],
    ['Duplicate notifications', formatCount(r.duplicate)],
    ['Unmatched notifications', formatCount(r.unmatched)],
    ['Median days to notify', formatNumber(r.medianDaysToNotify)],
  ];

  return (
    <section className="view">
      <title>{`Quarterly review ${quarter} · KP CAR Monitor`}</title>
      <h1>Quarterly review {quarter}</h1>
      <p className="lede">
        Certificates issued in {quarter}, statuses as of {formatDate(asOf)}. Charts and a printable report come in
        a later version.
      </p>
      {notice && <Notice>{notice}</Notice>}
      <div className="filters">
        <QuarterSelect
          quarters={quarters}
          value={quarter}
          onChange={(q) => navigate({ pathname: `/review/${q}`, search })}
        />
      </div>

      <h2>Headline figures</h2>
      <div className="table-wrap narrow">
        <table className="headline">
          <caption>Headline figures, {quarter} beside {review.previous.quarter}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">{quarter}</th>
              <th scope="col" className="num">{review.previous.quarter} (previous)</th>
            </tr>
          </thead>
          <tbody>
            {TOTAL_ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="num strong">{row.format(review.totals)}</td>
                <td className="num muted">{row.format(review.previous.totals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Reconciliation</h2>
      <dl className="count-grid" aria-label={`Reconciliation, ${quarter}`}>
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <h2>By zone</h2>
      <TotalsTable
        caption={`Exports by zone, ${quarter}`}
        first="Zone"
        rows={review.byZone.map((z) => ({ key: z.zoneId, name: names.zone(z.zoneId), totals: z }))}
      />

      <h2>By buying office</h2>
      {review.byBuyingOffice.length === 0 ? (
        <EmptyState>No buying office exported in {quarter}.</EmptyState>
      ) : (
        <TotalsTable
          caption={`Exports by buying office, ${quarter}`}
          first="Buying office"
          extra={`${minimum} quarterly minimum`}
          rows={review.byBuyingOffice.map((o) => ({
            key: o.buyingOfficeId,
            name: names.office(o.buyingOfficeId),
            totals: o,
            extra: o.belowMinimum ? <span className="status status-off">Below {minimum} minimum</span> : '—',
          }))}
        />
      )}

      <h2>By destination</h2>
      {review.byDestination.length === 0 ? (
        <EmptyState>No exports in {quarter}.</EmptyState>
      ) : (
        <TotalsTable
          caption={`Exports by destination, ${quarter}`}
          first="Destination"
          rows={review.byDestination.map((d) => ({ key: d.destination, name: formatCountry(d.destination), totals: d }))}
        />
      )}

      <h2>Flags</h2>
      {review.flags.length === 0 ? (
        <EmptyState>No flags in {quarter}.</EmptyState>
      ) : (
        <ul className="flag-list" aria-label={`Flags, ${quarter}`}>
          {review.flags.map((flag, i) => {
            const text = describeFlag(flag, dataset, review, names);
            return (
              <li key={`${flag.kind}-${flag.certificate ?? flag.buyingOfficeId}-${i}`}>
                <strong>{text.title}</strong> — {text.record}: {text.detail}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
