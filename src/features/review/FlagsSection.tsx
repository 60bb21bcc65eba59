/**
 * Flags and checks: a summary of every check with its rule and count, then
 * each record that fired, why, and a link to it in the Notifications view.
 */
import { memo, useDeferredValue } from 'react';
import { Link } from 'react-router';
import { CHECK_KINDS, countChecks, type CheckItem, type CheckKind, type Quarter, type Settings } from '../../core';
import { formatCount } from '../../lib/format';
import type { Namer } from '../../lib/names';
import { checkAllLink, checkReason, checkRecord, checkRule, checkTitle } from './flagText';
import { notificationsLink, type NotificationsTarget } from './links';
import { useReviewMessages } from './messages';
import { useFlagMessages } from './messages/flags';
import { usePrinting } from './printing';
import { dataTo, useHrefOf, useLinkClicks, type To } from '../../lib/plain-links';
import { scrollable } from '../../lib/scrollable';

/** The records of a kind in the Notifications view, when it has such a list. */
const KIND_TARGETS: Partial<Record<CheckKind, NotificationsTarget>> = {
  overdue: { status: 'overdue' },
  discrepancy: { status: 'discrepancy' },
  late: { status: 'late' },
  unmatched: { list: 'unmatched' },
  duplicate: { list: 'duplicates' },
};

function itemTarget(item: CheckItem): NotificationsTarget {
  if (item.kind === 'officeBelowMinimum') return { office: item.buyingOfficeId };
  if (item.kind === 'unmatched') return { cert: item.certificate, list: 'unmatched' };
  if (item.kind === 'duplicate') return { cert: item.certificate, list: 'duplicates' };
  return { cert: item.certificate };
}

const anchor = (kind: CheckKind) => `check-${kind}`;

interface Props {
  quarter: Quarter;
  asOf: string;
  items: readonly CheckItem[];
  settings: Settings;
  window: { from: Quarter; to: Quarter };
  names: Namer;
  search: string;
}

/** The records of a check: plain links, so that a navigation does not render them all again (plain-links.ts). */
const CheckRows = memo(function CheckRows({ items, quarter, names, search, hrefOf }: {
  items: readonly CheckItem[]; quarter: Quarter; names: Namer; search: string; hrefOf: (to: To) => string;
}) {
  const { t } = useFlagMessages();
  return (
    <tbody>
      {items.map((item, i) => {
        const record = checkRecord(item, names);
        const to = notificationsLink(search, quarter, itemTarget(item));
        return (
          <tr key={`${record}-${i}`}>
            <th scope="row">
              <a href={hrefOf(to)} data-to={dataTo(to)} title={t('records.open', { record })}>{record}</a>
            </th>
            <td>{checkReason(item, names)}</td>
          </tr>
        );
      })}
    </tbody>
  );
});

function CheckTable({ kind, items, quarter, names, search }: { kind: CheckKind; items: readonly CheckItem[]; quarter: Quarter; names: Namer; search: string }) {
  const { t } = useFlagMessages();
  const hrefOf = useHrefOf();
  const openLink = useLinkClicks();
  const all = KIND_TARGETS[kind];
  const title = checkTitle(kind);
  const n = formatCount(items.length);
  return (
    <section className="check-group" id={anchor(kind)}>
      <h3>
        {title} <span className="count">({n})</span>
      </h3>
      <div className="table-wrap" ref={scrollable}>
        <table className="report-table checks" onClick={openLink}>
          <caption>{t('records.caption', { title, quarter, n })}</caption>
          <thead>
            <tr>
              <th scope="col">{kind === 'officeBelowMinimum' ? t('records.office') : t('records.certificate')}</th>
              <th scope="col">{t('records.why')}</th>
            </tr>
          </thead>
          <CheckRows items={items} quarter={quarter} names={names} search={search} hrefOf={hrefOf} />
        </table>
      </div>
      {all && (
        <p className="screen-only">
          <Link to={notificationsLink(search, quarter, all)}>{checkAllLink(kind, quarter)}</Link>
        </p>
      )}
    </section>
  );
}

const NOT_YET: readonly CheckItem[] = [];

export function FlagsSection({ quarter, asOf, items, settings, window, names, search }: Props) {
  const { t } = useFlagMessages();
  const { t: words } = useReviewMessages();
  const counts = countChecks(items);
  // The records of each check render just after the rest of the review, in a render React can
  // interrupt: a quarter of a large dataset has thousands, which made showing it one long task.
  // They are far below the first screen; printing renders them at once.
  const deferred = useDeferredValue(items, NOT_YET);
  const shown = usePrinting() ? items : deferred;
  return (
    <section className="report-section" id="flags">
      <h2>{words('sections.flags')}</h2>
      <p className="section-intro">{t('intro', { quarter })}</p>
      <div className="table-wrap" ref={scrollable}>
        <table className="report-table check-summary">
          <caption>{t('summary.caption', { quarter })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.check')}</th>
              <th scope="col" className="num">{t('summary.records')}</th>
              <th scope="col">{t('summary.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {CHECK_KINDS.map((kind) => (
              <tr key={kind} className={counts[kind] > 0 ? 'row-flagged' : undefined}>
                <th scope="row">{checkTitle(kind)}</th>
                <td className="num">
                  {counts[kind] > 0 ? <a href={`#${anchor(kind)}`}>{formatCount(counts[kind])}</a> : t('summary.none')}
                </td>
                <td className="rule">{checkRule(kind, settings, quarter, asOf, window)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown !== NOT_YET && CHECK_KINDS.filter((kind) => shown.some((i) => i.kind === kind)).map((kind) => (
        <CheckTable key={kind} kind={kind} items={shown.filter((i) => i.kind === kind)} quarter={quarter} names={names} search={search} />
      ))}
    </section>
  );
}
