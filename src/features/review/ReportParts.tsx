/**
 * The parts that make the view a printable report: the title page (print
 * only), the page setup with running footer and page numbers, and the
 * toolbar's print and download buttons.
 */
import { useState } from 'react';
import { localToday, type Dataset, type IsoDate, type Quarter, type QuarterlyReview, type ReviewRecord } from '../../core';
import { Trans } from 'react-i18next';
import { SyntheticBadge } from '../../components/SyntheticBadge';
import type { DataSource } from '../../lib/data-source';
import { downloadText } from '../../lib/download-file';
import { sharedText } from '../../lib/messages';
import { formatCount, formatDate, formatNumber, formatUsdShort } from '../../lib/format';
import { loadCharts } from './chartKit';
import { reviewFileName } from './links';
import { reviewText, useReviewMessages } from './messages';

/** Where the data came from, for the report's title page: "file survey.json", "the embedded sample", or the URL. */
function sourceDescription(source: DataSource): string {
  if (source.kind === 'file') return sharedText('source.file', { name: source.file.name });
  if (source.origin === 'sample') return sharedText('source.sample');
  return source.url;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f<]+/g, ' ')}"`;
}

/** Stands for a page counter inside a translated message, until it is written as CSS. */
const MARK = '\u0001';

/** CSS `content` for "Page {{page}} of {{pages}}" in the interface's words: "Page " counter(page) " of " counter(pages). */
function pageNumbers(): string {
  const text = reviewText('report.page', { page: `${MARK}page${MARK}`, pages: `${MARK}pages${MARK}` });
  return text.split(MARK)
    .map((part, i) => (i % 2 === 1 ? `counter(${part === 'page' ? 'page' : 'pages'})` : part === '' ? '' : cssString(part)))
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * A4 pages, a running footer naming the report, "Page n of N", and the
 * synthetic warning on every page. Rendered with the view, so it only
 * applies while the review is shown.
 */
export function ReportPageStyle({ title, quarter, synthetic }: { title: string; quarter: Quarter; synthetic: boolean }) {
  useReviewMessages(); // written again in a new language
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #4a5566;';
  const css = `@page {
  size: A4;
  margin: 15mm 14mm 17mm;
  @bottom-left { content: ${cssString(reviewText('report.footer', { title, quarter }))}; ${box} }
  @bottom-right { content: ${pageNumbers()}; ${box} white-space: nowrap; }
  ${synthetic ? `@top-right { content: ${cssString(reviewText('report.syntheticHeader'))}; ${box} color: #6b4300; }` : ''}
}`;
  return <style>{css}</style>;
}

function signedWords(record: ReviewRecord): string {
  if (record.status === 'draft') return reviewText('report.draft');
  const s = record.signedOff;
  return s ? reviewText('report.finalSigned', { date: formatDate(s.on), names: s.by.join(', ') }) : reviewText('report.final');
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
  const { t } = useReviewMessages();
  const s = dataset.settings;
  const rules = {
    days: formatCount(s.notificationDueDays),
    carats: formatNumber(s.caratTolerancePct),
    value: formatNumber(s.valueTolerancePct),
    factor: formatNumber(s.priceOutlierFactor),
    min: formatUsdShort(s.minQuarterlyExportUsd),
  };
  const command = `npm run review -- FILE --quarter ${quarter} --as-of ${asOf}`;
  return (
    <div className="report-title-page print-only" aria-hidden="true">
      <p className="report-kicker">{t('report.kicker')}</p>
      <p className="report-title">{t('title', { quarter })}</p>
      <p className="report-subtitle">{t('report.period', { start: formatDate(period.start), end: formatDate(period.end) })}</p>
      {dataset.meta.synthetic && (
        <p className="report-synthetic">
          <SyntheticBadge /> {t('report.synthetic')}
        </p>
      )}
      <dl className="report-facts">
        <dt>{t('report.dataset')}</dt><dd>{dataset.meta.title}</dd>
        <dt>{t('report.source')}</dt><dd>{sourceDescription(source)}</dd>
        <dt>{t('report.asOf')}</dt><dd>{formatDate(asOf)}</dd>
        <dt>{t('report.review')}</dt><dd>{signedWords(record)}</dd>
        {compare && <><dt>{t('report.comparedWith')}</dt><dd>{compare}</dd></>}
        <dt>{t('report.rules')}</dt>
        <dd>{t('report.rulesText', rules)}</dd>
        <dt>{t('report.printed')}</dt><dd>{formatDate(localToday())}</dd>
      </dl>
      <p className="report-reproduce">
        <Trans ns="review" i18nKey="report.reproduce" values={{ command }} components={{ code: <code /> }} />
      </p>
      <div className="report-contents">
        <p className="report-contents-title">{t('report.contents')}</p>
        <ol>{sections.map((name) => <li key={name}>{name}</li>)}</ol>
      </div>
    </div>
  );
}

/** Print (the browser's dialog; "Save as PDF" there) and the review's figures as JSON (as the CLI writes them) and CSV. */
/** `review` gives the quarter's full review, computed when a file is asked for. */
export function ReportActions({ review, dataset }: { review: () => QuarterlyReview; dataset: Dataset }) {
  const { t } = useReviewMessages();
  const [failed, setFailed] = useState(false);
  // The writers (and the CSV library) load on the first click, not with the view: no one needs them to read it.
  const download = async (r: QuarterlyReview, format: 'json' | 'csv') => {
    setFailed(false);
    // Null when offline, or when a new release replaced the chunk: the next click tries again.
    const writers = await import('../../core/reviewFormat').catch(() => null);
    if (writers === null) {
      setFailed(true);
      return;
    }
    const name = reviewFileName(r.quarter, format);
    if (format === 'json') downloadText(name, writers.reviewToJson(r), 'application/json');
    else downloadText(name, writers.reviewToCsv(r, dataset), 'text/csv');
  };
  // The files are the CLI's, in any interface language: their keys and CSV columns are a file format.
  // The message sits beside the buttons in the toolbar, on a line of its own, so the buttons do not move.
  return (
    <>
      <div className="report-actions">
        {/* The drawings first, so every chart is on paper (they load when first needed). */}
        <button type="button" className="button button-primary" onClick={() => void loadCharts().finally(() => window.print())}>{t('actions.print')}</button>
        <button type="button" className="button" onClick={() => void download(review(), 'json')}>
          {t('actions.json')}
        </button>
        <button type="button" className="button" onClick={() => void download(review(), 'csv')}>
          {t('actions.csv')}
        </button>
      </div>
      <p className="report-actions-message" role="status">{failed ? t('actions.notDownloaded') : ''}</p>
    </>
  );
}
