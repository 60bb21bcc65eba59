/** Carats and value by month within the quarter. */
import type { Quarter, Totals } from '../../core';
import {
  CHART_HEIGHT, ChartFigure, ChartSection, COLORS,
} from './chartKit';
import { formatMonth } from './figures';
import { useReviewMessages } from './messages';
import { TotalsTable } from './TotalsTable';

type Month = { month: string } & Totals;

export function MonthlySection({ quarter, months, total }: { quarter: Quarter; months: readonly Month[]; total: Totals }) {
  const { t } = useReviewMessages();
  const data = months.map((m) => ({ ...m, label: formatMonth(m.month) }));
  return (
    <ChartSection
      id="by-month"
      title={t('sections.month')}
      intro={t('month.intro', { quarter })}
      chart={(
        <ChartFigure
          height={CHART_HEIGHT}
          caption={t('month.chart', { quarter })}
          legend={[{ label: t('chart.caratsLeft'), color: COLORS.carats }, { label: t('chart.valueRight'), color: COLORS.value }]}
          summary={t('month.summary', { quarter })}
        >
          {(c) => <c.MonthlyChart data={data} />}
        </ChartFigure>
      )}
      table={(
        <TotalsTable
          caption={t('month.table', { quarter })}
          first={t('table.month')}
          rows={months.map((m) => ({ key: m.month, name: formatMonth(m.month), totals: m }))}
          total={{ name: t('table.total', { quarter }), totals: total }}
        />
      )}
    />
  );
}
