/**
 * What the slides show, computed once per dataset, as-of date and quarter by
 * the domain core: the review of the quarter and its neighbours, the trend
 * over the whole regime, the flagged records and the zones on the map's date.
 */
import { useMemo } from 'react';
import {
  FLAG_KINDS, compliantZonesOn, headlineFigures, quarterBounds, quarterTrend, reconcile, regimeQuarters, reviewChecks,
  reviewWithComparisons, type CheckItem, type Dataset, type FlagKind, type IsoDate, type Quarter,
} from '../../core';

/**
 * The day the map shows the zones on: the quarter's last day, or the as-of
 * date or the regime's last day when either comes first (after the regime's
 * end no zone limits exports any more, so "compliant" would mean nothing).
 */
export function mapDateOf(dataset: Dataset, quarter: Quarter, asOf: IsoDate): { date: IsoDate; regimeEnded: boolean } {
  let date = quarterBounds(quarter).end;
  if (asOf < date) date = asOf;
  const end = dataset.regime.end;
  if (end !== null && end < date) return { date: end, regimeEnded: true };
  return { date, regimeEnded: false };
}

export type FlagItem = Extract<CheckItem, { kind: FlagKind }>;

const isFlag = (item: CheckItem): item is FlagItem => (FLAG_KINDS as readonly string[]).includes(item.kind);

export function usePresentModel(dataset: Dataset, asOf: IsoDate, quarter: Quarter) {
  const reconciliation = useMemo(() => reconcile(dataset, asOf), [dataset, asOf]);
  return useMemo(() => {
    const reviews = reviewWithComparisons(dataset, quarter, asOf, reconciliation);
    const review = reviews.current;
    const quarters = regimeQuarters(dataset.regime, asOf);
    const map = mapDateOf(dataset, quarter, asOf);
    return {
      dataset,
      asOf,
      quarter,
      reviews,
      review,
      headline: headlineFigures(reviews),
      // Every quarter of the regime up to the as-of date, not only the last eight.
      trend: quarterTrend(dataset, quarters.at(-1) ?? quarter, quarters.length),
      flags: reviewChecks(dataset, review, reconciliation).filter(isFlag),
      map: { ...map, zones: compliantZonesOn(dataset, map.date) },
    };
  }, [dataset, asOf, quarter, reconciliation]);
}

export type PresentModel = ReturnType<typeof usePresentModel>;
