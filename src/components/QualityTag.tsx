import type { QualityIssue } from '../core';
import { describeIssues } from '../lib/quality-marks';
import { useCommonMessages } from './messages';

/** Marks a record concerned by data-quality issues; the messages are in the tooltip and for screen readers. */
export function QualityTag({ issues }: { issues: readonly QualityIssue[] }) {
  const { t } = useCommonMessages();
  if (issues.length === 0) return null;
  const messages = describeIssues(issues);
  return (
    <span className="tag tag-quality" title={messages}>
      <span aria-hidden="true">⚠ </span>{t('qualityTag.text')}
      <span className="visually-hidden">: {messages}</span>
    </span>
  );
}
