/** Data-quality issues indexed by certificate, to mark records where they appear. */
import type { QualityIssue } from '../core';

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
