/** Everything the review shows, computed once per dataset, as-of date and quarter by the core. */
import { useMemo } from 'react';
import {
  compareBreakdowns, compareHeadlines, countChecks, headlineFigures, monthlyTotals, quarterBounds, quarterTrend, reconcile,
  reviewChecks, reviewQuarter, reviewWithComparisons, zonePrices, type Dataset, type IsoDate, type Quarter,
} from '../../core';

export function useReviewModel(dataset: Dataset, asOf: IsoDate, quarter: Quarter, compare: Quarter | null) {
  const reconciliation = useMemo(() => reconcile(dataset, asOf), [dataset, asOf]);
  const base = useMemo(() => {
    const reviews = reviewWithComparisons(dataset, quarter, asOf, reconciliation);
    const review = reviews.current;
    return {
      reviews,
      review,
      period: quarterBounds(quarter),
      headline: headlineFigures(reviews),
      months: monthlyTotals(dataset, quarter),
      trend: quarterTrend(dataset, quarter),
      prices: zonePrices(dataset, review),
      checks: reviewChecks(dataset, review, reconciliation),
    };
  }, [dataset, asOf, quarter, reconciliation]);
  const comparison = useMemo(() => {
    if (compare === null) return null;
    const other = reviewQuarter(dataset, compare, asOf, reconciliation);
    return {
      other,
      headline: compareHeadlines(base.review, other),
      breakdowns: compareBreakdowns(base.review, other),
      checks: { a: countChecks(base.checks), b: countChecks(reviewChecks(dataset, other, reconciliation)) },
    };
  }, [dataset, asOf, compare, reconciliation, base.review, base.checks]);
  return { ...base, comparison };
}

export type ReviewModel = ReturnType<typeof useReviewModel>;
