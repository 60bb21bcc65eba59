/** The headline figures of the quarter, each with its change against the previous quarter and the year before. */
import { Link } from 'react-router';
import type { HeadlineFigure, Quarter, QuarterSummary } from '../../core';
import { formatCount, formatNumber } from '../../lib/format';
import { formatChange, formatFigure, headlineLabel, headlineNote } from './figures';
import { notificationsLink, type NotificationsTarget } from './links';
import { reviewText, useReviewMessages } from './messages';
import { scrollable } from '../../lib/scrollable';

function outside(q: Quarter, inRegime: boolean): string {
  return inRegime ? q : reviewText('headline.outside', { quarter: q });
}

export function HeadlineTable({ quarter, figures, previousQuarter, yearAgoQuarter, hasPrevious, hasYearAgo }: {
  quarter: Quarter;
  figures: readonly HeadlineFigure[];
  previousQuarter: Quarter;
  yearAgoQuarter: Quarter;
  hasPrevious: boolean;
  hasYearAgo: boolean;
}) {
  const { t } = useReviewMessages();
  return (
    <div className="table-wrap" ref={scrollable}>
      <table className="headline report-table">
        <caption>{t('headline.caption', { quarter, previous: previousQuarter, yearAgo: yearAgoQuarter })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('headline.measure')}</th>
            <th scope="col" className="num">{quarter}</th>
            <th scope="col" className="num">{t('headline.previous', { quarter: outside(previousQuarter, hasPrevious) })}</th>
            <th scope="col" className="num">{t('headline.changeFrom', { quarter: previousQuarter })}</th>
            <th scope="col" className="num">{t('headline.yearAgo', { quarter: outside(yearAgoQuarter, hasYearAgo) })}</th>
            <th scope="col" className="num">{t('headline.changeFrom', { quarter: yearAgoQuarter })}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.key}>
              <th scope="row">
                {headlineLabel(f.key)}
                {headlineNote(f.key) && <span className="measure-note">{headlineNote(f.key)}</span>}
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

type CountKey = 'confirmed' | 'discrepancy' | 'awaiting' | 'overdue' | 'late' | 'duplicate' | 'unmatched';

const COUNTS: Array<{ key: CountKey & keyof QuarterSummary['reconciliation']; target: NotificationsTarget }> = [
  { key: 'confirmed', target: { status: 'confirmed' } },
  { key: 'discrepancy', target: { status: 'discrepancy' } },
  { key: 'awaiting', target: { status: 'awaiting' } },
  { key: 'overdue', target: { status: 'overdue' } },
  { key: 'late', target: { status: 'late' } },
  { key: 'duplicate', target: { list: 'duplicates' } },
  { key: 'unmatched', target: { list: 'unmatched' } },
];

/** Every reconciliation count of the review, each a link to those records in the Notifications view. */
export function ReconciliationCounts({ review, search }: { review: QuarterSummary; search: string }) {
  const { t } = useReviewMessages();
  const r = review.reconciliation;
  return (
    <dl className="count-grid review-counts" aria-label={t('headline.countsLabel', { quarter: review.quarter })}>
      {COUNTS.map(({ key, target }) => (
        <div key={key}>
          <dt>{t(`headline.counts.${key}`)}</dt>
          <dd>
            <Link
              to={notificationsLink(search, review.quarter, target)}
              aria-label={t('headline.countLink', { label: t(`headline.counts.${key}`), n: formatCount(r[key] ?? 0) })}
            >
              {formatCount(r[key] ?? 0)}
            </Link>
          </dd>
        </div>
      ))}
      <div>
        <dt>{t('headline.counts.medianDays')}</dt>
        <dd>{formatNumber(r.medianDaysToNotify)}</dd>
      </div>
    </dl>
  );
}
