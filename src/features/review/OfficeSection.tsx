/** Value by buying office against the quarterly minimum each must export (decree of September 2019). */
import type { QuarterlyReview, Quarter } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatUsdShort } from '../../lib/format';
import type { Namer } from '../../lib/names';
import {
  barChartHeight, ChartFigure, ChartSection, COLORS,
} from './chartKit';
import { useReviewMessages } from './messages';
import { TotalsTable } from './TotalsTable';

function OfficeChart({ quarter, rows, minimum }: { quarter: Quarter; rows: Array<{ name: string; valueUsd: number; below: boolean }>; minimum: number }) {
  const { t } = useReviewMessages();
  const min = formatUsdShort(minimum);
  const height = barChartHeight(rows.length, 34);
  return (
    <ChartFigure
      height={height}
      caption={t('office.chart', { min, quarter })}
      legend={[
        { label: t('office.below', { min }), color: COLORS.below },
        { label: t('office.atOrAbove'), color: COLORS.above },
        { label: t('units.minimum', { min }), color: COLORS.minimum, shape: 'dash' },
      ]}
      summary={t('office.summary', { min })}
    >
      {(c) => <c.OfficeChart rows={rows} minimum={minimum} height={height} />}
    </ChartFigure>
  );
}

export function OfficeSection({ review, names, minimum }: { review: QuarterlyReview; names: Namer; minimum: number }) {
  const { t } = useReviewMessages();
  const { quarter } = review;
  const min = formatUsdShort(minimum);
  if (review.byBuyingOffice.length === 0) {
    return (
      <section className="report-section" id="by-office">
        <h2>{t('sections.office')}</h2>
        <EmptyState>{t('office.none', { quarter })}</EmptyState>
      </section>
    );
  }
  const rows = review.byBuyingOffice.map((o) => ({ name: names.office(o.buyingOfficeId), valueUsd: o.valueUsd, below: o.belowMinimum }));
  return (
    <ChartSection
      id="by-office"
      title={t('sections.office')}
      intro={t('office.intro', { min })}
      chart={<OfficeChart quarter={review.quarter} rows={rows} minimum={minimum} />}
      table={(
        <TotalsTable
          caption={t('office.table', { quarter })}
          first={t('table.office')}
          extra={t('office.reached', { min })}
          rows={review.byBuyingOffice.map((o) => ({
            key: o.buyingOfficeId,
            name: names.office(o.buyingOfficeId),
            totals: o,
            // The shortfall is in the flag's reason, below.
            extra: o.belowMinimum
              ? <span className="status status-off">{t('office.belowShort')}</span>
              : <span className="status status-ok">{t('office.atOrAboveShort')}</span>,
          }))}
          total={{ name: t('table.total', { quarter }), totals: review.totals }}
        />
      )}
    />
  );
}
