import type { QualityIssue } from '../core';

/** Marks a record concerned by data-quality issues; the messages are in the tooltip and for screen readers. */
export function QualityTag({ issues }: { issues: readonly QualityIssue[] }) {
  if (issues.length === 0) return null;
  const messages = issues.map((i) => i.message).join('; ');
  return (
    <span className="tag tag-quality" title={messages}>
      <span aria-hidden="true">⚠ </span>data quality
      <span className="visually-hidden">: {messages}</span>
    </span>
  );
}
