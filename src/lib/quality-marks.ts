/** Data-quality issues indexed by certificate, to mark records where they appear, and worded for people. */
import type { QualityIssue } from '../core';
import { sharedText } from './messages';

export function issuesByCertificate(quality: readonly QualityIssue[]): Map<string, QualityIssue[]> {
  const map = new Map<string, QualityIssue[]>();
  for (const issue of quality) {
    if (issue.certificate === undefined) continue;
    const list = map.get(issue.certificate);
    if (list) list.push(issue);
    else map.set(issue.certificate, [issue]);
  }
  return map;
}

/**
 * The issue in the interface language, from its code and values; in English
 * it reads as the core's `message` (which the command line prints).
 */
export function describeIssue(issue: QualityIssue): string {
  const { code, params } = issue;
  if (code === 'exportOutsideRegime' && params.end === '') return sharedText('issue.exportOutsideOpenRegime', params);
  return sharedText(`issue.${code}`, params);
}

/** Several issues run into one line (a tooltip, a screen-reader text). */
export function describeIssues(issues: readonly QualityIssue[]): string {
  return issues.map(describeIssue).join(sharedText('separator'));
}
