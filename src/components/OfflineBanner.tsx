import { useSyncExternalStore, type ReactElement } from 'react';
import { sourceLabel, type DataSource } from '../lib/data-source';
import { formatDateTime } from '../lib/format';
import { renderSentence } from '../lib/sentence';
import type { OfflineCopy } from '../lib/dataset-query';
import { useDatasetQuery } from '../lib/use-dataset';
import { useOfflineMessages, type OfflineKey } from './offline-messages';

/** A message with markup: the source and the reason go in as elements, so they always show as text. */
function Sentence({ k, values, components }: { k: OfflineKey; values: Record<string, string>; components: Record<string, ReactElement> }) {
  const { template } = useOfflineMessages();
  return <>{renderSentence(template(k), { strong: <strong />, ...components }, values)}</>;
}

/** "22 Nov 2025" and "14:05" from "22 Nov 2025, 14:05" (the same shape in French). */
const dayOf = (formatted: string) => formatted.slice(0, formatted.lastIndexOf(','));
const timeOf = (formatted: string) => formatted.slice(formatted.lastIndexOf(',') + 2);

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
  const { t } = useOfflineMessages();
  const tried = formatDateTime(triedAt);
  const loaded = formatDateTime(copy.loadedAt);
  // The day only when it is not the day of the copy.
  const sameDay = dayOf(tried) === dayOf(loaded);
  return (
    <div className="offline-banner" role="alert">
      <p>
        <Sentence
          k={sameDay ? 'copy.sameDay' : 'copy.otherDay'}
          values={{ loaded, tried, time: timeOf(tried) }}
          components={{ src: <span className="source">{source}</span>, reason: <>{copy.error.reason}</> }}
        />
      </p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('copy.retrying') : t('copy.retry')}
      </button>
    </div>
  );
}

function subscribeToConnection(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says this computer has a network connection, following its 'online' and 'offline' events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine, () => true);
}

/**
 * While this computer is offline, says above every view which data is shown
 * and when it was loaded: the embedded sample of this version, a URL's data
 * as loaded before the network went, or an opened file. Gone when the
 * network is back. Silent when the kept copy of a source stands in: the
 * OfflineBanner says so, with why and since when.
 */
export function OfflineStatus() {
  const online = useOnline();
  const { data, dataUpdatedAt } = useDatasetQuery();
  if (online || data === undefined || data.offline !== undefined) return null;
  return <ShownOffline source={data.source} loadedAt={dataUpdatedAt} />;
}

function ShownOffline({ source, loadedAt }: { source: DataSource; loadedAt: number }) {
  const loaded = formatDateTime(new Date(loadedAt).toISOString());
  const key = source.kind === 'file' ? 'status.file' : source.origin === 'sample' ? 'status.sample' : 'status.url';
  return (
    <div className="offline-banner" role="status">
      <p>
        <Sentence k={key} values={{ loaded }} components={{ src: <span className="source">{sourceLabel(source)}</span> }} />
      </p>
    </div>
  );
}
