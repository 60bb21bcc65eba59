import { Suspense, useDeferredValue, useEffect } from 'react';
import { Outlet } from 'react-router';
import { DataErrorScreen } from '../components/DataErrorScreen';
import { LoadingScreen } from '../components/LoadingScreen';
import { useCommonMessages } from '../components/messages';
import { OfflineBanner } from '../components/OfflineBanner';
import { sourceLabel } from '../lib/data-source';
import { firstViewDrawn } from '../lib/first-view';
import { useLocalChanges } from '../lib/local-changes';
import { useOpenedFile } from '../lib/opened-file';
import { LoadedDatasetProvider, useDataSource, useDatasetQuery } from '../lib/use-dataset';

/** Shown for the moment a view's code is being fetched. */
function ViewLoading() {
  const { t } = useCommonMessages();
  return <div className="screen-message" role="status">{t('loading.plain')}</div>;
}

/** Inside the views' Suspense boundary, so its effect runs once a view is drawn, not its loading screen. */
function ViewDrawn() {
  useEffect(firstViewDrawn, []);
  return null;
}

/**
 * Views below this route need the dataset: loading and error screens until it
 * is there, then the source merged with this browser's local changes. When
 * the source could not be reached and the copy kept from an earlier load
 * stands in, a banner above the view says so, with a Retry.
 */
export function DatasetGate() {
  const source = useDataSource();
  const query = useDatasetQuery();
  const { merged } = useLocalChanges();
  // The view's first render with the data is a deferred one, made in slices between which the
  // page paints and takes input: a large dataset never renders in one long task. Later changes
  // (a saved notification) show at once, together with the header that counts them.
  const shown = useDeferredValue(merged !== null);
  const { closeFile } = useOpenedFile();
  if (query.isPending) return <LoadingScreen source={sourceLabel(source)} />;
  if (query.isError) {
    return (
      <DataErrorScreen
        error={query.error}
        source={sourceLabel(source)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        onCloseFile={source.kind === 'file' ? closeFile : undefined}
      />
    );
  }
  // Local changes are read from the browser's storage in a few milliseconds.
  if (merged === null || !shown) return <LoadingScreen source={sourceLabel(source)} />;
  const offline = query.data.offline;
  return (
    <LoadedDatasetProvider value={merged}>
      {offline && (
        <OfflineBanner
          source={sourceLabel(query.data.source)}
          copy={offline}
          triedAt={new Date(query.dataUpdatedAt).toISOString()}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      )}
      {/* One boundary for every view: going from one view to another (a transition) keeps the
          view on screen until the next one's code is there, rather than flashing "Loading". */}
      <Suspense fallback={<ViewLoading />}>
        <Outlet />
        <ViewDrawn />
      </Suspense>
    </LoadedDatasetProvider>
  );
}
