/** Each zone's US$/ct in the quarter against the four-quarter median the price-outlier rule uses. */
import type { Quarter, ZonePrice } from '../../core';
import { formatCount, formatNumber, formatPricePerCarat } from '../../lib/format';
import type { Namer } from '../../lib/names';
import {
  barChartHeight, ChartFigure, ChartSection, COLORS,
} from './chartKit';

interface Props {
  quarter: Quarter;
  prices: { from: Quarter; to: Quarter; zones: readonly ZonePrice[] };
  names: Namer;
  factor: number;
}

function PriceTable({ quarter, prices, names }: Omit<Props, 'factor'>) {
  const span = `${prices.from} to ${prices.to}`;
  return (
    <div className="table-wrap">
      <table className="report-table">
        <caption>{`US$/ct by zone, ${quarter}, against the median of ${span}`}</caption>
        <thead>
          <tr>
            <th scope="col">Zone</th>
            <th scope="col" className="num">US$/ct</th>
            <th scope="col" className="num">Median</th>
            <th scope="col" className="num">Exports in median</th>
            <th scope="col" className="num">Ratio</th>
          </tr>
        </thead>
        <tbody>
          {prices.zones.map((z) => (
            <tr key={z.zoneId}>
              <th scope="row">{names.zone(z.zoneId)}</th>
              <td className="num">{formatPricePerCarat(z.pricePerCarat)}</td>
              <td className="num">{z.median === null ? 'under 3 exports' : formatPricePerCarat(z.median)}</td>
              <td className="num">{z.median === null ? '—' : formatCount(z.count)}</td>
              <td className="num">{z.ratio === null ? '—' : `× ${formatNumber(z.ratio)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PriceSection({ quarter, prices, names, factor }: Props) {
  const span = `${prices.from} to ${prices.to}`;
  const data = prices.zones.map((z) => ({ name: names.zone(z.zoneId), price: z.pricePerCarat, median: z.median }));
  const height = barChartHeight(data.length, 40);
  return (
    <ChartSection
      id="price-by-zone"
      title="Price per carat by zone"
      intro={(
        <>
          A zone’s usual level is the median US$/ct of its exports over {span}. An export at {formatNumber(factor)} × that
          median or more, or at the median ÷ {formatNumber(factor)} or less, is a price outlier (only where the median is over
          3 exports or more). A jump can mean stones from elsewhere were mixed in.
        </>
      )}
      chart={(
        <ChartFigure
          height={height}
          caption={`US$/ct by zone, ${quarter}, against the median of ${span}`}
          legend={[{ label: `US$/ct in ${quarter}`, color: COLORS.carats }, { label: `Median US$/ct, ${span}`, color: COLORS.median }]}
          summary={`Bar chart of each zone's US$/ct in ${quarter} beside its median over ${span}; the table beside it gives the figures.`}
        >
          {(c) => <c.PriceChart data={data} quarter={quarter} height={height} />}
        </ChartFigure>
      )}
      table={<PriceTable quarter={quarter} prices={prices} names={names} />}
    />
  );
}
