import type { QualityCode, QualityIssue } from '../../core';
import { DatasetSources } from '../../components/DatasetSources';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../lib/format';
import { useDataset } from '../../lib/use-dataset';

/** A readable title for each kind of problem (the compiler checks every code has one). */
const GROUP_TITLES: Record<QualityCode, string> = {
  unknownZone: 'Exports naming a zone that is not in the dataset',
  unknownBuyingOffice: 'Exports naming a buying office that is not in the dataset',
  duplicateCertificate: 'Certificates listed more than once',
  duplicateId: 'Identifiers used more than once',
  notifiedBeforeReceived: 'Notifications dated before the shipment was received',
  receivedBeforeIssued: 'Shipments received before their certificate was issued',
  compliantUntilBeforeFrom: 'Zones whose compliant period ends before it starts',
  regimeEndBeforeStart: 'A regime that ends before it starts',
  exportOutsideRegime: 'Exports issued outside the regime period',
  unknownFindingCertificate: 'Review findings citing a certificate that is not in the exports',
  duplicateReview: 'Quarters with more than one review',
};

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
  const { quality, dataset } = useDataset();
  return (
    <section className="view">
      <title>Data quality · KP CAR Monitor</title>
      <h1>Data quality</h1>
      {quality.length === 0 ? (
        <EmptyState>No data-quality problems found in this dataset.</EmptyState>
      ) : (
        <>
          <p className="lede">
            {plural(quality.length, 'data-quality problem')} found. The dataset still loads; records concerned
            are marked “⚠ data quality” where they appear. Fix them in the source data.
          </p>
          {groupByCode(quality).map(([code, issues]) => (
            <section key={code} className="quality-group" aria-labelledby={`quality-${code}`}>
              <h2 id={`quality-${code}`}>
                {GROUP_TITLES[code]} <span className="count">({issues.length})</span>
              </h2>
              <ul className="issue-list">
                {issues.map((issue, i) => (
                  <li key={`${issue.path}-${i}`}>
                    <code>{issue.path}</code> {issue.message}
                    {issue.certificate && <span className="issue-ref"> (certificate {issue.certificate})</span>}
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
