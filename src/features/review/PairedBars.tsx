/** Horizontal bars of carats (bottom axis) and value (top axis) for each name: zones, destinations. */
import type { Totals } from '../../core';
import { barChartHeight, ChartFigure, COLORS } from './chartKit';

export function PairedBars({ caption, what, rows }: {
  caption: string;
  /** "zone", "destination": said in the image's description. */
  what: string;
  rows: ReadonlyArray<{ key: string; name: string; totals: Totals }>;
}) {
  const data = rows.map((r) => ({ name: r.name, carats: r.totals.carats, valueUsd: r.totals.valueUsd }));
  const height = barChartHeight(rows.length, 40);
  return (
    <ChartFigure
      height={height}
      caption={caption}
      legend={[{ label: 'Carats (ct, bottom axis)', color: COLORS.carats }, { label: 'Value (US$, top axis)', color: COLORS.value }]}
      summary={`Bar chart of carats and value by ${what}; the table beside it gives the figures.`}
    >
      {(c) => <c.PairedBarsChart data={data} height={height} />}
    </ChartFigure>
  );
}
