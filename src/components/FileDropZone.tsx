import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useOpenedFile } from '../lib/opened-file';
import { useCommonMessages } from './messages';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** Wraps the page: dropping a JSON file anywhere opens it; an overlay shows while dragging. */
export function FileDropZone({ children }: { children: ReactNode }) {
  const { t } = useCommonMessages();
  const { openFile } = useOpenedFile();
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them.
  const depth = useRef(0);

  return (
    <div
      className="drop-zone"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) openFile(file);
      }}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" role="status">
          <p>{t('dropZone')}</p>
        </div>
      )}
    </div>
  );
}
