import { formatBytes } from '../lib/load-limits';
import { useLoadProgress } from '../lib/load-progress';

/**
 * Shown while the dataset loads: how much has arrived (of how much, when the
 * server says), and that an attempt failed and another is under way.
 */
export function LoadingScreen({ source }: { source: string }) {
  const progress = useLoadProgress(source);
  const bytes = progress?.bytes ?? 0;
  const total = progress?.total ?? null;
  const failed = progress?.failedAttempts ?? 0;
  return (
    <div className="screen-message" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>
        Loading dataset from <span className="source">{source}</span>…
        {bytes > 0 && (
          <span className="load-progress">
            {' '}{formatBytes(bytes)}{total !== null && total > 0 ? ` of ${formatBytes(total)} (${Math.floor((bytes / total) * 100)} %)` : ''} received.
          </span>
        )}
        {failed > 0 && (
          <> {progress?.lastFailure ? `The last attempt failed (${progress.lastFailure}); trying` : 'No answer yet; trying'} again (attempt {failed + 1}).</>
        )}
      </p>
    </div>
  );
}
