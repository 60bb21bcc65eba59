/**
 * The parts that make the view a printable report: the title page (print
 * only), the page setup with running footer and page numbers, and the
 * toolbar's print and download buttons.
 */
import { localToday, reviewToCsv, reviewToJson, type Dataset, type IsoDate, type Quarter, type QuarterlyReview, type ReviewRecord } from '../../core';
import { SyntheticBadge } from '../../components/SyntheticBadge';
import { sourceDescription, type DataSource } from '../../lib/data-source';
import { downloadText } from '../../lib/download-file';
import { formatCount, formatDate, formatNumber, formatUsdShort } from '../../lib/format';
import { loadCharts } from './chartKit';
import { reviewFileName } from './links';

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f<]+/g, ' ')}"`;
}

/**
 * A4 pages, a running footer naming the report, "Page n of N", and the
 * synthetic warning on every page. Rendered with the view, so it only
 * applies while the review is shown.
 */
export function ReportPageStyle({ title, quarter, synthetic }: { title: string; quarter: Quarter; synthetic: boolean }) {
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #4a5566;';
  const css = `@page {
  size: A4;
  margin: 15mm 14mm 17mm;
  @bottom-left { content: ${cssString(`${title} · Quarterly review ${quarter}`)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
  ${synthetic ? `@top-right { content: "Synthetic data: figures made up for demonstration"; ${box} color: #6b4300; }` : ''}
}`;
  return <style>{css}</style>;
}

function signedWords(record: ReviewRecord): string {
  if (record.status === 'draft') return 'Draft, not signed off';
  const s = record.signedOff;
  return s ? `Final, signed off on ${formatDate(s.on)} by ${s.by.join(', ')}` : 'Final';
}

/** The printed report's first page: what, which data, as of when, signed by whom. Hidden on screen (the view's header says it there). */
export function ReportTitlePage({ dataset, source, quarter, period, asOf, record, compare, sections }: {
  dataset: Dataset;
  source: DataSource;
  quarter: Quarter;
  period: { start: IsoDate; end: IsoDate };
  asOf: IsoDate;
  record: ReviewRecord;
  compare: Quarter | null;
  sections: readonly string[];
}) {
  const s = dataset.settings;
  return (
    <div className="report-title-page print-only" aria-hidden="true">
      <p className="report-kicker">Kimberley Process · CAR Monitoring Team</p>
      <p className="report-title">Quarterly review {quarter}</p>
      <p className="report-subtitle">Certificates issued {formatDate(period.start)} to {formatDate(period.end)}</p>
      {dataset.meta.synthetic && (
        <p className="report-synthetic">
          <SyntheticBadge /> The figures in this report are made up for demonstration and training; they are not real exports.
        </p>
      )}
      <dl className="report-facts">
        <dt>Dataset</dt><dd>{dataset.meta.title}</dd>
        <dt>Source</dt><dd>{sourceDescription(source)}</dd>
        <dt>Statuses as of</dt><dd>{formatDate(asOf)}</dd>
        <dt>Review</dt><dd>{signedWords(record)}</dd>
        {compare && <><dt>Compared with</dt><dd>{compare}</dd></>}
        <dt>Rules</dt>
        <dd>
          Confirmation due within {formatCount(s.notificationDueDays)} days; tolerances {formatNumber(s.caratTolerancePct)} % of carats
          and {formatNumber(s.valueTolerancePct)} % of value; price outlier at {formatNumber(s.priceOutlierFactor)} × the zone median;
          minimum {formatUsdShort(s.minQuarterlyExportUsd)} per buying office a quarter.
        </dd>
        <dt>Printed</dt><dd>{formatDate(localToday())}</dd>
      </dl>
      <p className="report-reproduce">
        Every figure equals the output of <code>npm run review -- FILE --quarter {quarter} --as-of {asOf}</code> on this dataset.
      </p>
      <div className="report-contents">
        <p className="report-contents-title">Contents</p>
        <ol>{sections.map((name) => <li key={name}>{name}</li>)}</ol>
      </div>
    </div>
  );
}

/** Print (the browser's dialog; "Save as PDF" there) and the review's figures as JSON (as the CLI writes them) and CSV. */
export function ReportActions({ review, dataset }: { review: QuarterlyReview; dataset: Dataset }) {
  return (
    <div className="report-actions">
      {/* The drawings first, so every chart is on paper (they load when first needed). */}
      <button type="button" className="button button-primary" onClick={() => void loadCharts().finally(() => window.print())}>Print report</button>
      <button type="button" className="button" onClick={() => downloadText(reviewFileName(review.quarter, 'json'), reviewToJson(review), 'application/json')}>
        Download JSON
      </button>
      <button type="button" className="button" onClick={() => downloadText(reviewFileName(review.quarter, 'csv'), reviewToCsv(review, dataset), 'text/csv')}>
        Download CSV
      </button>
    </div>
  );
}
