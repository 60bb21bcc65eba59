/**
 * The dataset the views read. The app shell runs the query (`useDatasetQuery`),
 * shows loading and error screens, and once loaded provides the result to the
 * views, which call `useDataset()` and always get a loaded dataset.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
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

const LoadedDatasetContext = createContext<LoadedDataset | null>(null);

export function LoadedDatasetProvider({ value, children }: { value: LoadedDataset; children: ReactNode }) {
  return <LoadedDatasetContext value={value}>{children}</LoadedDatasetContext>;
}

/** The loaded dataset; only inside the app shell's dataset gate. */
export function useDataset(): LoadedDataset {
  const value = useContext(LoadedDatasetContext);
  if (value === null) throw new Error('useDataset is only available once the dataset has loaded (inside the dataset gate)');
  return value;
}
