/** Each zone's US$/ct in the quarter against the four-quarter median the price-outlier rule uses. */
import type { Quarter, ZonePrice } from '../../core';
import { formatCount, formatNumber, formatPricePerCarat } from '../../lib/format';
import type { Namer } from '../../lib/names';
import {
  barChartHeight, ChartFigure, ChartSection, COLORS,
} from './chartKit';
import { useReviewMessages } from './messages';
import { scrollable } from '../../lib/scrollable';

interface Props {
  quarter: Quarter;
  prices: { from: Quarter; to: Quarter; zones: readonly ZonePrice[] };
  names: Namer;
  factor: number;
}

function PriceTable({ quarter, prices, names }: Omit<Props, 'factor'>) {
  const { t } = useReviewMessages();
  const span = t('units.span', { from: prices.from, to: prices.to });
  return (
    <div className="table-wrap" ref={scrollable}>
      <table className="report-table">
        <caption>{t('price.caption', { quarter, span })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.zone')}</th>
            <th scope="col" className="num">{t('table.pricePerCarat')}</th>
            <th scope="col" className="num">{t('price.median')}</th>
            <th scope="col" className="num">{t('price.count')}</th>
            <th scope="col" className="num">{t('price.ratio')}</th>
          </tr>
        </thead>
        <tbody>
          {prices.zones.map((z) => (
            <tr key={z.zoneId}>
              <th scope="row">{names.zone(z.zoneId)}</th>
              <td className="num">{formatPricePerCarat(z.pricePerCarat)}</td>
              <td className="num">{z.median === null ? t('price.tooFew') : formatPricePerCarat(z.median)}</td>
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
  const { t } = useReviewMessages();
  const span = t('units.span', { from: prices.from, to: prices.to });
  const data = prices.zones.map((z) => ({ name: names.zone(z.zoneId), price: z.pricePerCarat, median: z.median }));
  const height = barChartHeight(data.length, 40);
  return (
    <ChartSection
      id="price-by-zone"
      title={t('sections.price')}
      intro={t('price.intro', { span, factor: formatNumber(factor) })}
      chart={(
        <ChartFigure
          height={height}
          caption={t('price.caption', { quarter, span })}
          legend={[{ label: t('price.inQuarter', { quarter }), color: COLORS.carats }, { label: t('price.medianOver', { span }), color: COLORS.median }]}
          summary={t('price.summary', { quarter, span })}
        >
          {(c) => <c.PriceChart data={data} quarter={quarter} height={height} />}
        </ChartFigure>
      )}
      table={<PriceTable quarter={quarter} prices={prices} names={names} />}
    />
  );
}
