import type { QualityCode, QualityIssue } from '../../core';
import { DatasetSources } from '../../components/DatasetSources';
import { EmptyState } from '../../components/EmptyState';
import { useCommonMessages } from '../../components/messages';
import { formatCount } from '../../lib/format';
import { describeIssue } from '../../lib/quality-marks';
import { useDataset } from '../../lib/use-dataset';
import { useQualityMessages } from './messages';

function groupByCode(issues: readonly QualityIssue[]): Array<[QualityCode, QualityIssue[]]> {
  const groups = new Map<QualityCode, QualityIssue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.code);
    if (list) list.push(issue);
    else groups.set(issue.code, [issue]);
  }
  return [...groups];
}

export function QualityView() {
  const { t } = useQualityMessages();
  const { t: common } = useCommonMessages();
  const { quality, dataset } = useDataset();
  return (
    <section className="view">
      <title>{common('pageTitle', { page: t('title') })}</title>
      <h1>{t('title')}</h1>
      {quality.length === 0 ? (
        <EmptyState>{t('none')}</EmptyState>
      ) : (
        <>
          <p className="lede">{t('lede', { count: quality.length, n: formatCount(quality.length) })}</p>
          {groupByCode(quality).map(([code, issues]) => (
            <section key={code} className="quality-group" aria-labelledby={`quality-${code}`}>
              <h2 id={`quality-${code}`}>
                {t(`group.${code}`)} <span className="count">({formatCount(issues.length)})</span>
              </h2>
              <ul className="issue-list">
                {issues.map((issue, i) => (
                  <li key={`${issue.path}-${i}`}>
                    <code>{issue.path}</code> {describeIssue(issue)}
                    {issue.certificate && <span className="issue-ref"> {t('certificate', { certificate: issue.certificate })}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <DatasetSources sources={dataset.meta.sources} />
    </section>
  );
}
