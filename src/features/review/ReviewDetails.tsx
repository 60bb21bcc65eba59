/**
 * The review's sections below the headline figures, for the quarter they have settled on (see
 * `useSettled`). Memoised: while a quarter switch shows the new heading and headline figures, these
 * do not render again with the quarter before; they render once, for the new one, just after.
 */
import { memo } from 'react';
import type { Dataset, IsoDate } from '../../core';
import type { Namer } from '../../lib/names';
import { ComparisonSection } from './ComparisonSection';
import { DestinationSection } from './DestinationSection';
import { FlagsSection } from './FlagsSection';
import { MonthlySection } from './MonthlySection';
import { OfficeSection } from './OfficeSection';
import { PriceSection } from './PriceSection';
import { TrendSection } from './TrendSection';
import type { ReviewDetails as Details } from './useReviewModel';
import { ZoneSection } from './ZoneSection';

interface Props {
  details: Details;
  settings: Dataset['settings'];
  asOf: IsoDate;
  names: Namer;
  /** The address's query, kept on every link. */
  search: string;
}

export const ReviewDetails = memo(function ReviewDetails({ details, settings, asOf, names, search }: Props) {
  const { quarter, review } = details;
  return (
    <>
      <MonthlySection quarter={quarter} months={details.months} total={review.totals} />
      <ZoneSection review={review} names={names} />
      <DestinationSection review={review} />
      <OfficeSection review={review} names={names} minimum={settings.minQuarterlyExportUsd} />
      <PriceSection quarter={quarter} prices={details.prices} names={names} factor={settings.priceOutlierFactor} />
      <TrendSection quarter={quarter} trend={details.trend} />
      {details.comparison && <ComparisonSection quarter={quarter} comparison={details.comparison} names={names} />}
      <FlagsSection
        quarter={quarter}
        asOf={asOf}
        items={details.checks}
        settings={settings}
        window={{ from: details.prices.from, to: details.prices.to }}
        names={names}
        search={search}
      />
    </>
  );
});
