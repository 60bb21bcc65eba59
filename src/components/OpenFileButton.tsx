import { useRef } from 'react';
import { useOpenedFile } from '../lib/opened-file';

/** "Open file…": reads a local dataset JSON, no server needed. */
export function OpenFileButton({ className = 'button' }: { className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const { openFile } = useOpenedFile();
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Dataset file"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) openFile(file);
          // Let the same file be chosen again after editing it.
          event.target.value = '';
        }}
      />
    </>
  );
}
