import { formatCount } from '../lib/format';
import { formatSize, useLoadProgress } from '../lib/load-progress';
import { useCommonMessages } from './messages';
import { Sentence } from './Sentence';

/**
 * That an attempt failed and which one is under way. Its own component so the number is formatted
 * only when shown: a page's first formatted number loads the browser's locale data, a long task on
 * a slow machine, which the dataset worker takes on meanwhile (docs/performance.md).
 */
function Retrying({ failed, reason }: { failed: number; reason: string | null | undefined }) {
  const { t } = useCommonMessages();
  const attempt = formatCount(failed + 1);
  return <>{' '}{reason ? t('loading.failedRetrying', { reason, attempt }) : t('loading.silentRetrying', { attempt })}</>;
}

/**
 * Shown while the dataset loads: how much has arrived (of how much, when the
 * server says), and that an attempt failed and another is under way.
 */
export function LoadingScreen({ source }: { source: string }) {
  const { t } = useCommonMessages();
  const progress = useLoadProgress(source);
  const bytes = progress?.bytes ?? 0;
  const total = progress?.total ?? null;
  const failed = progress?.failedAttempts ?? 0;
  return (
    <div className="screen-message" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>
        <Sentence k="loading.from" parts={{ place: <span className="source">{source}</span> }} />
        {bytes > 0 && (
          <span className="load-progress">
            {' '}
            {total !== null && total > 0
              ? t('loading.receivedOf', { bytes: formatSize(bytes), total: formatSize(total), percent: formatCount(Math.floor((bytes / total) * 100)) })
              : t('loading.received', { bytes: formatSize(bytes) })}
          </span>
        )}
        {failed > 0 && <Retrying failed={failed} reason={progress?.lastFailure} />}
      </p>
    </div>
  );
}
