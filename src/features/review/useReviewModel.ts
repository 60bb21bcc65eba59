/**
 * Everything the review shows, computed by the core once per dataset, as-of date and quarter, in
 * two parts: the head (heading, headline figures, reconciliation counts: the quarter's summary,
 * a few milliseconds) for the quarter asked, and the details (the sections below the first
 * screen, over the full reviews with their flags) for the quarter they have settled on, which
 * follows one commit later (see `useSettled`), and only once they are shown.
 */
import { useCallback, useMemo } from 'react';
import {
  compareBreakdowns, compareHeadlines, countChecks, headlineFigures, monthlyTotals, quarterBounds, quarterTrend, reconcile,
  reviewChecks, reviewQuarter, reviewWithComparisons, summaryWithComparisons, zonePrices,
  type Dataset, type IsoDate, type Quarter, type Reconciliation, type ReviewWithComparisons,
} from '../../core';
import { useSettled } from './printing';

/** How many quarters' reviews are kept: the quarter asked, the one settled, and a couple more to go back to. */
const KEPT = 4;

/**
 * The review of a quarter with its comparisons, computed once for the head and the details alike
 * (while they show different quarters, each would otherwise compute its own again).
 */
function reviewsOfDataset(dataset: Dataset, asOf: IsoDate, reconciliation: Reconciliation) {
  const kept = new Map<Quarter, ReviewWithComparisons>();
  return (quarter: Quarter): ReviewWithComparisons => {
    let reviews = kept.get(quarter);
    if (!reviews) {
      reviews = reviewWithComparisons(dataset, quarter, asOf, reconciliation);
      kept.set(quarter, reviews);
      if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    }
    return reviews;
  };
}

function detailsOf(dataset: Dataset, quarter: Quarter, reviews: ReviewWithComparisons, reconciliation: Reconciliation) {
  const review = reviews.current;
  return {
    quarter,
    review,
    months: monthlyTotals(dataset, quarter),
    trend: quarterTrend(dataset, quarter),
    prices: zonePrices(dataset, review),
    checks: reviewChecks(dataset, review, reconciliation),
  };
}

export function useReviewModel(dataset: Dataset, asOf: IsoDate, quarter: Quarter, compare: Quarter | null, belowTheFold: boolean) {
  const reconciliation = useMemo(() => reconcile(dataset, asOf), [dataset, asOf]);
  const reviewsOf = useMemo(() => reviewsOfDataset(dataset, asOf, reconciliation), [dataset, asOf, reconciliation]);
  const head = useMemo(() => {
    const summaries = summaryWithComparisons(dataset, quarter, asOf, reconciliation);
    return { summaries, summary: summaries.current, period: quarterBounds(quarter), headline: headlineFigures(summaries) };
  }, [dataset, asOf, quarter, reconciliation]);
  /** The quarter's full review, for the files to download: computed when asked. */
  const fullReview = useCallback(() => reviewsOf(quarter).current, [reviewsOf, quarter]);
  const { settled, stale } = useSettled(quarter);
  const below = useMemo(
    () => (belowTheFold ? detailsOf(dataset, settled, reviewsOf(settled), reconciliation) : null),
    [belowTheFold, dataset, settled, reviewsOf, reconciliation],
  );
  const comparison = useMemo(() => {
    if (compare === null || below === null) return null;
    const other = reviewQuarter(dataset, compare, asOf, reconciliation);
    return {
      other,
      headline: compareHeadlines(below.review, other),
      breakdowns: compareBreakdowns(below.review, other),
      checks: { a: countChecks(below.checks), b: countChecks(reviewChecks(dataset, other, reconciliation)) },
    };
  }, [dataset, asOf, compare, reconciliation, below]);
  const details = useMemo(() => (below === null ? null : { ...below, comparison }), [below, comparison]);
  return { ...head, fullReview, details, stale };
}

export type ReviewModel = ReturnType<typeof useReviewModel>;
export type ReviewDetails = NonNullable<ReviewModel['details']>;
