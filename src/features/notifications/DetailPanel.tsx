import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportReconciliation, Notification, QualityIssue, Settings } from '../../core';
import { QualityTag } from '../../components/QualityTag';
import { formatCarats, formatCountry, formatDate, formatPricePerCarat, formatUsd, plural } from '../../lib/format';
import type { Namer } from '../../lib/names';
import { LocalTag } from './columns';
import { compareLines, timing } from './compare';
import { STATUS_LABELS } from './status';

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

function Comparison({ rec, n, settings, role }: { rec: ExportReconciliation; n: Notification; settings: Settings; role: string }) {
  const lines = compareLines(rec, n, settings);
  return (
    <div className="table-wrap compare-wrap">
      <table className="compare">
        <caption>Certificate {rec.export.certificate} beside {role} {n.id}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Certificate</th>
            <th scope="col">{role === 'confirmation' ? 'Confirmation' : 'Notification'}</th>
            <th scope="col">Tolerance</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.field} className={line.differs ? 'differs' : undefined}>
              <th scope="row">{line.field}</th>
              <td>{line.certificate}</td>
              <td>
                {line.confirmation}
                {line.differs && (
                  <span className="differs-note">
                    <strong>Differs</strong>{line.gap ? `: ${line.gap}` : ''}
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
  role: string;
  rec: ExportReconciliation | null;
  settings: Settings;
  local: boolean;
  edited: boolean;
  actions: NotificationActions;
}) {
  return (
    <article className="notification-card" aria-label={`${role} ${n.id}`}>
      <p className="card-head">
        <strong>{role[0]!.toUpperCase() + role.slice(1)} {n.id}</strong>
        {local && <LocalTag />}
        {local && <span className="muted"> {edited ? 'edited in this browser; the source says otherwise' : 'recorded in this browser, not in the source'}</span>}
      </p>
      <p className="card-facts">
        {n.participant}{n.authority ? `, ${n.authority}` : ''} · received {formatDate(n.receivedOn)} · notified {formatDate(n.notifiedOn)}
      </p>
      {rec && <Comparison rec={rec} n={n} settings={settings} role={role} />}
      {!rec && (
        <p className="card-facts">
          {formatCarats(n.carats)}
          {n.parcels !== undefined && ` · ${plural(n.parcels, 'parcel')}`}
          {n.valueUsd !== undefined && ` · ${formatUsd(n.valueUsd)}`}
          {n.importer && ` · ${n.importer}`}
        </p>
      )}
      <div className="card-actions">
        <button type="button" className="button button-small" onClick={() => actions.onEdit(n)}>Edit {n.id}</button>
        {local && !edited && <button type="button" className="button button-small" onClick={() => actions.onDelete(n)}>Delete {n.id}</button>}
        {local && edited && <button type="button" className="button button-small" onClick={() => actions.onRevert(n)}>Revert {n.id} to the source</button>}
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
  const card = (n: Notification, role: string) => (
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
        <h2 id={titleId} ref={heading} tabIndex={-1}>Certificate {certificate}</h2>
        <button type="button" className="button button-small" onClick={onClose}>Close</button>
      </div>
      {rec === null ? (
        <>
          <p className="notice" role="note">
            No export has certificate {certificate}: {plural(naming.length, 'notification')} name{naming.length === 1 ? 's' : ''} it
            (unmatched). Check the number for a typing error.
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
  card: (n: Notification, role: string) => ReactNode;
  uncounted: Notification[];
}) {
  const e = rec.export;
  const t = timing(rec, settings, asOf);
  return (
    <>
      <p className="detail-status">
        <span className={`status status-${rec.status}`}>{STATUS_LABELS[rec.status]}</span>
        {rec.late && <span className="tag tag-late">Late</span>}
        <QualityTag issues={quality} />
      </p>
      <dl className="detail-facts">
        <div><dt>Issued on</dt><dd>{formatDate(e.issuedOn)}</dd></div>
        <div><dt>Zone</dt><dd>{names.zone(e.zoneId)}</dd></div>
        <div><dt>Buying office</dt><dd>{names.office(e.buyingOfficeId)}</dd></div>
        <div><dt>Destination</dt><dd>{formatCountry(e.destination)}</dd></div>
        <div><dt>Importer</dt><dd>{e.importer}</dd></div>
        <div><dt>Price</dt><dd>{formatPricePerCarat(e.carats > 0 ? e.valueUsd / e.carats : null)}</dd></div>
      </dl>

      <h3>Days to notify</h3>
      <p className={t.late ? 'timing timing-late' : 'timing'}>
        {t.verdict} <span className="muted">The confirmation is {t.due}.</span>
      </p>

      <h3>{rec.confirmation ? 'Confirmation of receipt' : 'No confirmation of receipt'}</h3>
      {rec.confirmation ? card(rec.confirmation, 'confirmation') : <p>No importing authority has confirmed this shipment as of {formatDate(asOf)}.</p>}

      {rec.duplicates.length > 0 && (
        <>
          <h3>Duplicates ({rec.duplicates.length})</h3>
          <p className="muted">Further notifications for the same certificate; only the first counts.</p>
          {rec.duplicates.map((d) => card(d, 'duplicate'))}
        </>
      )}
      {uncounted.length > 0 && (
        <>
          <h3>Notified after {formatDate(asOf)} ({uncounted.length})</h3>
          <p className="muted">Dated after the as-of date, so not counted yet.</p>
          {uncounted.map((n) => card(n, 'notification'))}
        </>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => onRecord(e.certificate)}>
          Record a notification for {e.certificate}
        </button>
      </div>
    </>
  );
}
