import { useRef } from 'react';
import { useOpenedFile } from '../lib/opened-file';
import { useCommonMessages } from './messages';

/** "Open file…": reads a local dataset JSON, no server needed. */
export function OpenFileButton({ className = 'button' }: { className?: string }) {
  const { t } = useCommonMessages();
  const input = useRef<HTMLInputElement>(null);
  const { openFile } = useOpenedFile();
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {t('actions.openFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('actions.datasetFile')}
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
