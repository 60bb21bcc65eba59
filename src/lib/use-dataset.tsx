/**
 * The dataset the views read. The app shell runs the query (`useDatasetQuery`),
 * shows loading and error screens, and once loaded provides the result to the
 * views, which call `useDataset()` and always get a loaded dataset: the
 * source with this browser's local changes applied (lib/local-changes).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '../core';
import { buildEnv, resolveUrlSource, type DataSource } from './data-source';
import { datasetQueryOptions, type LoadedDataset } from './dataset-query';
import { useOpenedFile } from './opened-file';

/** The opened file if any, else the URL source for the current page URL. */
export function useDataSource(): DataSource {
  const { source: file } = useOpenedFile();
  const { search } = useLocation();
  return file ?? resolveUrlSource(search, buildEnv);
}

export function useDatasetQuery() {
  return useQuery(datasetQueryOptions(useDataSource()));
}

/**
 * What the views read: `dataset` is the source merged with the local changes
 * and `quality` is checked on that merged dataset.
 */
export interface ViewDataset extends LoadedDataset {
  /** The dataset as loaded from the source, before local changes. */
  sourceDataset: Dataset;
  /** Ids of the notifications recorded or edited in this browser (not in the source as they are). */
  localNotificationIds: ReadonlySet<string>;
}

const LoadedDatasetContext = createContext<ViewDataset | null>(null);

export function LoadedDatasetProvider({ value, children }: { value: ViewDataset; children: ReactNode }) {
  return <LoadedDatasetContext value={value}>{children}</LoadedDatasetContext>;
}

/** The loaded dataset with local changes; only inside the app shell's dataset gate. */
export function useDataset(): ViewDataset {
  const value = useContext(LoadedDatasetContext);
  if (value === null) throw new Error('useDataset is only available once the dataset has loaded (inside the dataset gate)');
  return value;
}
