/** Horizontal bars of carats (bottom axis) and value (top axis) for each name: zones, destinations. */
import type { Totals } from '../../core';
import { barChartHeight, ChartFigure, COLORS } from './chartKit';
import { useReviewMessages } from './messages';

export function PairedBars({ caption, summary, rows }: {
  caption: string;
  /** What the image shows, in a sentence. */
  summary: string;
  rows: ReadonlyArray<{ key: string; name: string; totals: Totals }>;
}) {
  const { t } = useReviewMessages();
  const data = rows.map((r) => ({ name: r.name, carats: r.totals.carats, valueUsd: r.totals.valueUsd }));
  const height = barChartHeight(rows.length, 40);
  return (
    <ChartFigure
      height={height}
      caption={caption}
      legend={[{ label: t('chart.caratsBottom'), color: COLORS.carats }, { label: t('chart.valueTop'), color: COLORS.value }]}
      summary={summary}
    >
      {(c) => <c.PairedBarsChart data={data} height={height} />}
    </ChartFigure>
  );
}
