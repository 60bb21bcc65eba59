import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportReconciliation, Notification, QualityIssue, Settings } from '../../core';
import { QualityTag } from '../../components/QualityTag';
import { formatCarats, formatCount, formatCountry, formatDate, formatPricePerCarat, formatUsd } from '../../lib/format';
import type { Namer } from '../../lib/names';
import { LocalTag } from './columns';
import { compareLines, timing } from './compare';
import { useNotificationMessages } from './messages';
import { statusLabel } from './status';
import { scrollable } from '../../lib/scrollable';

/** What a notification is to the certificate shown: its confirmation, a duplicate, or one that names it. */
type Role = 'confirmation' | 'duplicate' | 'notification';

export interface NotificationActions {
  onRecord: (certificate: string) => void;
  onEdit: (n: Notification) => void;
  /** Forget a notification recorded in this browser. */
  onDelete: (n: Notification) => void;
  /** Go back to the source's version of a notification edited here. */
  onRevert: (n: Notification) => void;
}

interface Props extends NotificationActions {
  certificate: string;
  /** The export with this certificate, if there is one. */
  rec: ExportReconciliation | null;
  /** Every notification naming the certificate, counted or not. */
  naming: readonly Notification[];
  settings: Settings;
  asOf: string;
  names: Namer;
  quality: readonly QualityIssue[];
  localIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  onClose: () => void;
}

function Comparison({ rec, n, settings, role }: { rec: ExportReconciliation; n: Notification; settings: Settings; role: Role }) {
  const { t } = useNotificationMessages();
  const lines = compareLines(rec, n, settings);
  return (
    <div className="table-wrap compare-wrap" ref={scrollable}>
      <table className="compare">
        <caption>{t(`compare.${role}`, { certificate: rec.export.certificate, id: n.id })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.field')}</th>
            <th scope="col">{t('compare.certificate')}</th>
            <th scope="col">{t(role === 'confirmation' ? 'compare.confirmationColumn' : 'compare.notificationColumn')}</th>
            <th scope="col">{t('compare.tolerance')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} className={line.differs ? 'differs' : undefined}>
              <th scope="row">{line.field}</th>
              <td>{line.certificate}</td>
              <td>
                {line.confirmation}
                {line.differs && (
                  <span className="differs-note">
                    <strong>{t('compare.differs')}</strong>{line.gap ? t('compare.gap', { gap: line.gap }) : ''}
                  </span>
                )}
              </td>
              <td className="rule">{line.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NotificationCard({ n, role, rec, settings, local, edited, actions }: {
  n: Notification;
  role: Role;
  rec: ExportReconciliation | null;
  settings: Settings;
  local: boolean;
  edited: boolean;
  actions: NotificationActions;
}) {
  const { t } = useNotificationMessages();
  const id = { id: n.id };
  const facts = [
    formatCarats(n.carats),
    n.parcels !== undefined && t('card.parcels', { count: n.parcels, n: formatCount(n.parcels) }),
    n.valueUsd !== undefined && formatUsd(n.valueUsd),
    n.importer,
  ].filter(Boolean);
  return (
    <article className="notification-card" aria-label={t(`card.${role}.label`, id)}>
      <p className="card-head">
        <strong>{t(`card.${role}.title`, id)}</strong>
        {local && <LocalTag />}
        {local && <span className="muted"> {edited ? t('card.edited') : t('card.recorded')}</span>}
      </p>
      <p className="card-facts">
        {t('card.facts', {
          who: n.authority ? `${n.participant}, ${n.authority}` : n.participant,
          received: formatDate(n.receivedOn),
          notified: formatDate(n.notifiedOn),
        })}
      </p>
      {rec && <Comparison rec={rec} n={n} settings={settings} role={role} />}
      {!rec && <p className="card-facts">{facts.join(' · ')}</p>}
      <div className="card-actions">
        <button type="button" className="button button-small" onClick={() => actions.onEdit(n)}>{t('card.edit', id)}</button>
        {local && !edited && (
          <button type="button" className="button button-small" onClick={() => actions.onDelete(n)}>{t('card.delete', id)}</button>
        )}
        {local && edited && (
          <button type="button" className="button button-small" onClick={() => actions.onRevert(n)}>{t('card.revert', id)}</button>
        )}
      </div>
    </article>
  );
}

/**
 * The panel sits at the right edge from the top of the main area down, so the
 * header (local changes, export) stays usable; once the header has scrolled
 * away the panel takes the full height.
 */
function useTopOfMain(): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const main = document.getElementById('main');
        setTop(Math.max(0, Math.round(main?.getBoundingClientRect().top ?? 0)));
      });
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);
  return top;
}

export function DetailPanel(props: Props) {
  const { certificate, rec, naming, settings, asOf, names, quality, localIds, sourceIds, onClose } = props;
  const { t } = useNotificationMessages();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const top = useTopOfMain();
  // Focus goes back where it was (the certificate's link) when the panel closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  useEffect(() => {
    heading.current?.focus();
  }, [certificate]);

  const counted = new Set([rec?.confirmation?.id, ...(rec?.duplicates ?? []).map((d) => d.id)]);
  const uncounted = naming.filter((n) => !counted.has(n.id) && n.notifiedOn > asOf);
  const card = (n: Notification, role: Role) => (
    <NotificationCard
      key={`${role}-${n.id}`}
      n={n}
      role={role}
      rec={rec}
      settings={settings}
      local={localIds.has(n.id)}
      edited={sourceIds.has(n.id)}
      actions={props}
    />
  );

  return (
    <aside
      className="detail-panel"
      style={{ top }}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="detail-head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>{t('panel.title', { certificate })}</h2>
        <button type="button" className="button button-small" onClick={onClose}>{t('panel.close')}</button>
      </div>
      {rec === null ? (
        <>
          <p className="notice" role="note">
            {t('panel.unmatched', { certificate, count: naming.length, n: formatCount(naming.length) })}
          </p>
          {naming.map((n) => card(n, 'notification'))}
        </>
      ) : (
        <ExportDetail {...props} rec={rec} card={card} uncounted={uncounted} quality={quality} names={names} />
      )}
    </aside>
  );
}

function ExportDetail({ rec, settings, asOf, names, quality, card, uncounted, onRecord }: Props & {
  rec: ExportReconciliation;
  card: (n: Notification, role: Role) => ReactNode;
  uncounted: Notification[];
}) {
  const { t } = useNotificationMessages();
  const e = rec.export;
  const when = timing(rec, settings, asOf);
  const facts: Array<[string, string]> = [
    [t('panel.issuedOn'), formatDate(e.issuedOn)],
    [t('panel.zone'), names.zone(e.zoneId)],
    [t('panel.office'), names.office(e.buyingOfficeId)],
    [t('panel.destination'), formatCountry(e.destination)],
    [t('panel.importer'), e.importer],
    [t('panel.price'), formatPricePerCarat(e.carats > 0 ? e.valueUsd / e.carats : null)],
  ];
  return (
    <>
      <p className="detail-status">
        <span className={`status status-${rec.status}`}>{statusLabel(rec.status)}</span>
        {rec.late && <span className="tag tag-late">{t('status.late')}</span>}
        <QualityTag issues={quality} />
      </p>
      <dl className="detail-facts">
        {facts.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
      </dl>

      <h3>{t('panel.daysToNotify')}</h3>
      <p className={when.late ? 'timing timing-late' : 'timing'}>
        {when.verdict} <span className="muted">{when.due}</span>
      </p>

      <h3>{rec.confirmation ? t('panel.confirmation') : t('panel.noConfirmation')}</h3>
      {rec.confirmation ? card(rec.confirmation, 'confirmation') : <p>{t('panel.noneConfirmed', { date: formatDate(asOf) })}</p>}

      {rec.duplicates.length > 0 && (
        <>
          <h3>{t('panel.duplicates', { n: formatCount(rec.duplicates.length) })}</h3>
          <p className="muted">{t('panel.duplicatesExplain')}</p>
          {rec.duplicates.map((d) => card(d, 'duplicate'))}
        </>
      )}
      {uncounted.length > 0 && (
        <>
          <h3>{t('panel.notifiedAfter', { date: formatDate(asOf), n: formatCount(uncounted.length) })}</h3>
          <p className="muted">{t('panel.notifiedAfterExplain')}</p>
          {uncounted.map((n) => card(n, 'notification'))}
        </>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => onRecord(e.certificate)}>
          {t('panel.recordFor', { certificate: e.certificate })}
        </button>
      </div>
    </>
  );
}
