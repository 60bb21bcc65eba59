/**
 * The quarterly review: headline figures against the previous quarter and
 * the year before, charts each beside its table, flags with their reasons,
 * findings and sign-off, an optional second quarter side by side, and a
 * print stylesheet that makes it an A4 report. Every figure comes from the
 * core, the same as `npm run review` for this dataset, quarter and date.
 *
 *   /review/:quarter?compare=<quarter>   (plus `data`, kept on every link)
 */
import { useEffect, useMemo } from 'react';
import { Trans } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Notice } from '../../components/Notice';
import { QuarterSelect } from '../../components/QuarterSelect';
import { formatCount, formatDate } from '../../lib/format';
import { namerFor } from '../../lib/names';
import { availableQuarters, pickQuarter } from '../../lib/quarter-param';
import { whenIdle } from '../../lib/idle';
import { useSearchParamState } from '../../lib/url-state';
import { useDataset } from '../../lib/use-dataset';
import { loadCharts } from './chartKit';
import { CompareSelect } from './CompareSelect';
import { HeadlineTable, ReconciliationCounts } from './HeadlineSection';
import { COMPARE_PARAM, pickCompare, reviewLink } from './links';
import { useReviewMessages } from './messages';
import { useBelowTheFold } from './printing';
import { ReviewDetails } from './ReviewDetails';
import { ReportActions, ReportPageStyle, ReportTitlePage } from './ReportParts';
import { ReviewRecordSection } from './ReviewRecordSection';
import { useReviewModel } from './useReviewModel';
import { useReviewRecord } from './useReviewRecord';
import './review.css';

/** The report's sections in order (the comparison goes after the trend when there is one). */
const SECTIONS = ['headline', 'month', 'zone', 'destination', 'office', 'price', 'trend', 'flags', 'findings', 'signOff'] as const;

export function ReviewView() {
  const { dataset, asOf, source, localNotificationIds } = useDataset();
  const { t } = useReviewMessages();
  const params = useParams();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [, updateSearch] = useSearchParamState();
  const search = searchParams.size > 0 ? `?${searchParams.toString()}` : '';
  const quarters = useMemo(() => availableQuarters(dataset, asOf), [dataset, asOf]);
  const { quarter, notice } = pickQuarter(params.quarter, quarters);
  const { compare, notice: compareNotice } = pickCompare(searchParams.get(COMPARE_PARAM), quarters, quarter);
  // The sections below the headline figures render just after them (printing renders them at once).
  const belowTheFold = useBelowTheFold();
  const model = useReviewModel(dataset, asOf, quarter, compare, belowTheFold);
  const recordState = useReviewRecord(quarter);
  const names = useMemo(() => namerFor(dataset), [dataset]);
  const { summary, summaries, details, stale } = model;
  const record = recordState.record;
  const titles = SECTIONS.map((key) => t(`sections.${key}`));
  const sections = compare ? [...titles.slice(0, 7), t('sections.comparison', { quarter, other: compare }), ...titles.slice(7)] : titles;
  const localCount = localNotificationIds.size;
  // The charts' code loads once the review is on screen and the page is idle, ready for scrolling and printing.
  useEffect(() => whenIdle(() => void loadCharts().catch(() => undefined), 2000), []);

  return (
    <section className="view review-report">
      <title>{t('documentTitle', { quarter })}</title>
      <ReportPageStyle title={dataset.meta.title} quarter={quarter} synthetic={dataset.meta.synthetic} />
      <ReportTitlePage
        dataset={dataset}
        source={source}
        quarter={quarter}
        period={model.period}
        asOf={asOf}
        record={record}
        compare={compare}
        sections={sections}
      />
      <div className="review-header">
        <h1><Trans ns="review" i18nKey="heading" values={{ quarter }} components={{ nowrap: <span className="nowrap" /> }} /></h1>
        <p className="lede">
          {t('lede', { start: formatDate(model.period.start), end: formatDate(model.period.end), asOf: formatDate(asOf) })}{' '}
          {record.status === 'final'
            ? <span className="status status-ok">{t('status.final')}</span>
            : <span className="status status-draft">{t('status.draft')}</span>}
        </p>
        {localCount > 0 && (
          <Notice>
            <Trans ns="review" i18nKey="localNotice" count={localCount} values={{ n: formatCount(localCount) }} components={{ code: <code /> }} />
          </Notice>
        )}
        {notice && <Notice>{notice}</Notice>}
        {compareNotice && <Notice>{compareNotice}</Notice>}
        <div className="filters review-toolbar">
          <QuarterSelect quarters={quarters} value={quarter} onChange={(q) => navigate(reviewLink(search, q))} />
          <CompareSelect quarters={quarters} quarter={quarter} value={compare} onChange={(q) => updateSearch({ [COMPARE_PARAM]: q })} />
          <ReportActions review={model.fullReview} dataset={dataset} />
        </div>
      </div>

      <section className="report-section" id="headline">
        <h2>{t('sections.headline')}</h2>
        <HeadlineTable
          quarter={quarter}
          figures={model.headline}
          previousQuarter={summaries.previousQuarter}
          yearAgoQuarter={summaries.yearAgoQuarter}
          hasPrevious={summaries.previous !== null}
          hasYearAgo={summaries.yearAgo !== null}
        />
        <h3>{t('headline.reconciliation', { count: summary.totals.exports, n: formatCount(summary.totals.exports) })}</h3>
        <ReconciliationCounts review={summary} search={search} />
      </section>

      {details && (
        // While a quarter switch settles, the sections below still show the quarter before, dimmed.
        <div className={stale ? 'review-details review-stale' : 'review-details'} aria-busy={stale || undefined}>
          <ReviewDetails details={details} settings={dataset.settings} asOf={asOf} names={names} search={search} />
        </div>
      )}
      {/* Keyed: a half-written finding or sign-off stays with its quarter. */}
      {belowTheFold && <ReviewRecordSection key={quarter} quarter={quarter} state={recordState} names={names} search={search} />}
    </section>
  );
}
