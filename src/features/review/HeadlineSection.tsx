/** The headline figures of the quarter, each with its change against the previous quarter and the year before. */
import { Link } from 'react-router';
import type { HeadlineFigure, Quarter, QuarterlyReview } from '../../core';
import { formatCount, formatNumber } from '../../lib/format';
import { HEADLINE_LABELS, HEADLINE_NOTES, formatChange, formatFigure } from './figures';
import { notificationsLink, type NotificationsTarget } from './links';

function outside(q: Quarter, inRegime: boolean): string {
  return inRegime ? q : `${q} (outside the regime)`;
}

export function HeadlineTable({ quarter, figures, previousQuarter, yearAgoQuarter, hasPrevious, hasYearAgo }: {
  quarter: Quarter;
  figures: readonly HeadlineFigure[];
  previousQuarter: Quarter;
  yearAgoQuarter: Quarter;
  hasPrevious: boolean;
  hasYearAgo: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="headline report-table">
        <caption>Headline figures, {quarter}, with the change against {previousQuarter} and {yearAgoQuarter}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="num">{quarter}</th>
            <th scope="col" className="num">{outside(previousQuarter, hasPrevious)} (previous)</th>
            <th scope="col" className="num">Change from {previousQuarter}</th>
            <th scope="col" className="num">{outside(yearAgoQuarter, hasYearAgo)} (a year before)</th>
            <th scope="col" className="num">Change from {yearAgoQuarter}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.key}>
              <th scope="row">
                {HEADLINE_LABELS[f.key]}
                {HEADLINE_NOTES[f.key] && <span className="measure-note">{HEADLINE_NOTES[f.key]}</span>}
              </th>
              <td className="num strong">{formatFigure(f.key, f.value)}</td>
              <td className="num muted">{formatFigure(f.key, f.previous)}</td>
              <td className="num change">{formatChange(f.key, f.vsPrevious)}</td>
              <td className="num muted">{formatFigure(f.key, f.yearAgo)}</td>
              <td className="num change">{formatChange(f.key, f.vsYearAgo)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const COUNTS: Array<{ key: keyof QuarterlyReview['reconciliation']; label: string; target: NotificationsTarget }> = [
  { key: 'confirmed', label: 'Confirmed', target: { status: 'confirmed' } },
  { key: 'discrepancy', label: 'Discrepancy', target: { status: 'discrepancy' } },
  { key: 'awaiting', label: 'Awaiting', target: { status: 'awaiting' } },
  { key: 'overdue', label: 'Overdue', target: { status: 'overdue' } },
  { key: 'late', label: 'Late', target: { status: 'late' } },
  { key: 'duplicate', label: 'Duplicate notifications', target: { list: 'duplicates' } },
  { key: 'unmatched', label: 'Unmatched notifications', target: { list: 'unmatched' } },
];

/** Every reconciliation count of the review, each a link to those records in the Notifications view. */
export function ReconciliationCounts({ review, search }: { review: QuarterlyReview; search: string }) {
  const r = review.reconciliation;
  return (
    <dl className="count-grid review-counts" aria-label={`Reconciliation, ${review.quarter}`}>
      {COUNTS.map(({ key, label, target }) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd>
            <Link to={notificationsLink(search, review.quarter, target)} aria-label={`${label}: ${formatCount(r[key] ?? 0)}, open in Notifications`}>
              {formatCount(r[key] ?? 0)}
            </Link>
          </dd>
        </div>
      ))}
      <div>
        <dt>Median days to notify</dt>
        <dd>{formatNumber(r.medianDaysToNotify)}</dd>
      </div>
    </dl>
  );
}
