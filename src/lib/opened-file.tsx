/**
 * A local JSON file the person opened (button or drag-and-drop). It replaces
 * the URL dataset for the session, with no server involved.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DataSource } from './data-source';

type FileSource = Extract<DataSource, { kind: 'file' }>;

interface OpenedFile {
  source: FileSource | null;
  openFile: (file: File) => void;
  closeFile: () => void;
}

const OpenedFileContext = createContext<OpenedFile | null>(null);

export function OpenedFileProvider({ children }: { children: ReactNode }) {
  const [source, setSource] = useState<FileSource | null>(null);
  // Each opening gets a new id, so opening the same name again re-reads it.
  const openFile = useCallback((file: File) => {
    setSource((previous) => ({ kind: 'file', file, id: (previous?.id ?? 0) + 1 }));
  }, []);
  const closeFile = useCallback(() => setSource(null), []);
  const value = useMemo(() => ({ source, openFile, closeFile }), [source, openFile, closeFile]);
  return <OpenedFileContext value={value}>{children}</OpenedFileContext>;
}

export function useOpenedFile(): OpenedFile {
  const value = useContext(OpenedFileContext);
  if (value === null) throw new Error('useOpenedFile needs an <OpenedFileProvider> above it');
  return value;
}
