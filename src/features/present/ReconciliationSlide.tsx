/**
 * Slide 5: how the quarter's certificates stand against the importers'
 * confirmations of receipt: the four statuses (as a bar and as figures, each
 * named in words) and the other checks (late, unmatched, duplicates).
 */
import type { CSSProperties } from 'react';
import { formatCount, formatDate } from '../../lib/format';
import { usePresentMessages } from './messages';
import type { PresentModel } from './model';

const STATUSES = ['confirmed', 'discrepancy', 'awaiting', 'overdue'] as const;
const OTHERS = ['late', 'unmatched', 'duplicate'] as const;

export function ReconciliationSlide({ model }: { model: PresentModel }) {
  const { t } = usePresentMessages();
  const { review, quarter, asOf, dataset } = model;
  const r = review.reconciliation;
  const total = review.totals.exports;
  const due = dataset.settings.notificationDueDays;
  const note = (key: (typeof STATUSES)[number] | (typeof OTHERS)[number]) =>
    key === 'overdue' || key === 'late'
      ? t(`reconciliation.notes.${key}`, { count: due, n: formatCount(due) })
      : t(`reconciliation.notes.${key}`);
  return (
    <>
      <p className="present-subtitle">
        {t('reconciliation.subtitle', { count: total, n: formatCount(total), quarter, date: formatDate(asOf) })}
      </p>
      {total > 0 && (
        <div className="present-status-bar" aria-hidden="true">
          {STATUSES.filter((s) => r[s] > 0).map((s) => (
            <span key={s} className={`present-status present-status-${s}`} style={{ '--share': r[s] / total } as CSSProperties}>
              {r[s] / total >= 0.12 && t(`reconciliation.${s}`)}
            </span>
          ))}
        </div>
      )}
      <h3 className="visually-hidden">{t('reconciliation.statuses')}</h3>
      <dl className="present-figures present-figures-four">
        {STATUSES.map((s) => (
          <div key={s} className={`present-figure present-figure-${s}`}>
            <dt>{t(`reconciliation.${s}`)}</dt>
            <dd className="present-figure-value">{formatCount(r[s])}</dd>
            <dd className="present-figure-change">{note(s)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="present-section-title">{t('reconciliation.others')}</h3>
      <dl className="present-figures present-figures-three">
        {OTHERS.map((s) => (
          <div key={s} className="present-figure">
            <dt>{t(`reconciliation.${s}`)}</dt>
            <dd className="present-figure-value">{formatCount(r[s])}</dd>
            <dd className="present-figure-change">{note(s)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
