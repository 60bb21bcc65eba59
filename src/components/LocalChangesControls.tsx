import { useState } from 'react';
import { sourceLabel } from '../lib/data-source';
import { downloadText } from '../lib/download-file';
import { formatCount } from '../lib/format';
import { useLocalChanges } from '../lib/local-changes';
import { ConfirmDialog } from './Dialog';
import { useCommonMessages } from './messages';
import './local-changes.css';

/** "sample.json" → "sample-export.json"; exporting an export keeps its name. */
export function exportFileName(label: string): string {
  const last = label.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? '';
  const stem = last.replace(/\.json$/i, '').replace(/-export$/, '');
  return `${stem || 'dataset'}-export.json`;
}

/**
 * The header's account of local changes: how many are not in the source,
 * "Export dataset" (the source plus the changes, as a dataset v1 file) and
 * "Discard local changes" (after asking).
 */
export function LocalChangesControls() {
  const { t } = useCommonMessages();
  const local = useLocalChanges();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { merged, count } = local;
  if (merged === null) return null;
  const n = formatCount(count);

  const exportNow = async () => {
    try {
      // Exporting validates with the schema, which loads on demand.
      const { exportDataset } = await import('../core/localChangesRecord');
      downloadText(exportFileName(sourceLabel(merged.source)), exportDataset(merged.dataset), 'application/json');
      setFailure(null);
    } catch (error) {
      setFailure(t('localChanges.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  const discard = () => {
    setAsking(false);
    local.discard().then(
      () => setFailure(null),
      (error: unknown) => setFailure(t('localChanges.discardFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <div className="local-changes">
      <span className="local-count" role="status">
        {count > 0 && t('localChanges.count', { count, n })}
      </span>
      <button type="button" className="button" onClick={() => void exportNow()}>{t('localChanges.export')}</button>
      {count > 0 && (
        <button type="button" className="button" onClick={() => setAsking(true)}>{t('localChanges.discard')}</button>
      )}
      {(local.problem ?? failure) && <span className="local-problem" role="alert">{failure ?? local.problem}</span>}
      {asking && (
        <ConfirmDialog
          title={t('localChanges.askTitle')}
          confirmLabel={t('localChanges.confirm', { count, n })}
          onConfirm={discard}
          onCancel={() => setAsking(false)}
          danger
        >
          <p>{t('localChanges.warning', { count, n, source: sourceLabel(merged.source) })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
