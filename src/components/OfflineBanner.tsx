import { formatDateTime } from '../lib/format';
import type { OfflineCopy } from '../lib/dataset-query';

interface Props {
  /** The source URL as shown. */
  source: string;
  copy: OfflineCopy;
  /** When the source was last tried (ISO timestamp). */
  triedAt: string;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * Says, above every view, that the data shown is the copy kept from an
 * earlier load because the source cannot be reached now; never silent.
 */
export function OfflineBanner({ source, copy, triedAt, onRetry, retrying }: Props) {
  const tried = formatDateTime(triedAt);
  const loaded = formatDateTime(copy.loadedAt);
  // The day only when it is not the day of the copy.
  const sameDay = tried.slice(0, tried.lastIndexOf(',')) === loaded.slice(0, loaded.lastIndexOf(','));
  return (
    <div className="offline-banner" role="alert">
      <p>
        <strong>Offline copy</strong> of <span className="source">{source}</span>, loaded {loaded}; the source could not be
        reached: {copy.error.reason} (last tried {sameDay ? `at ${tried.slice(tried.lastIndexOf(',') + 2)}` : tried}).
        The figures are as they were when the copy was loaded.
      </p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
