/** The last eight quarters: carats as bars, value as a line, the quarter under review marked. */
import type { Quarter, Totals } from '../../core';
import {
  CHART_HEIGHT, ChartFigure, ChartSection, COLORS,
} from './chartKit';
import { useReviewMessages } from './messages';
import { TotalsTable } from './TotalsTable';

type Point = { quarter: Quarter } & Totals;

export function TrendSection({ quarter, trend }: { quarter: Quarter; trend: readonly Point[] }) {
  const { t } = useReviewMessages();
  const first = trend[0]?.quarter ?? quarter;
  const span = first === quarter ? quarter : t('units.span', { from: first, to: quarter });
  return (
    <ChartSection
      id="trend"
      title={t('sections.trend')}
      intro={trend.length < 8 ? t('trend.fromStart', { span }) : `${span}.`}
      chart={(
        <ChartFigure
          height={CHART_HEIGHT}
          caption={t('trend.chart', { span })}
          legend={[
            { label: t('chart.caratsLeft'), color: COLORS.carats },
            { label: t('trend.caratsIn', { quarter }), color: COLORS.current },
            { label: t('chart.valueRight'), color: COLORS.value, shape: 'line' },
          ]}
          summary={t('trend.summary', { span })}
        >
          {(c) => <c.TrendChart trend={trend} quarter={quarter} />}
        </ChartFigure>
      )}
      table={(
        <TotalsTable
          caption={t('trend.table', { span })}
          first={t('table.quarter')}
          rows={trend.map((p) => ({
            key: p.quarter,
            name: p.quarter === quarter ? t('trend.thisReview', { quarter: p.quarter }) : p.quarter,
            totals: p,
            current: p.quarter === quarter,
          }))}
        />
      )}
    />
  );
}
