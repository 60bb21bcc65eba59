/**
 * Slide 4: carats and value per quarter over the whole regime, the quarter
 * presented marked by a labelled line as well as its colour. The table after
 * the chart (visually hidden) is its text alternative.
 */
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatCarats, formatCount, formatPricePerCarat, formatUsd } from '../../lib/format';
import type { Locale } from '../../lib/i18n';
import { usePresentMessages } from './messages';
import type { PresentModel } from './model';
import { useBox } from './useBox';

const compactFormats = new Map<Locale, Intl.NumberFormat>();
/** Axis ticks: "24K", "2.8M" (French "24 k", "2,8 M"). */
function compact(locale: Locale): (n: number) => string {
  let f = compactFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(locale, f);
  }
  return (n) => f.format(n);
}

/** Ink for chart text: the theme's, through a custom property (SVG attributes accept var()). */
const INK = 'var(--ink)';

function TrendChart({ model, width, height, fontSize }: { model: PresentModel; width: number; height: number; fontSize: number }) {
  const { t, locale } = usePresentMessages();
  const tick = { fontSize, fill: INK };
  const axisTitle = (value: string, position: 'insideBottom' | 'insideLeft' | 'insideRight') => ({
    value, position, fill: INK, fontSize, fontWeight: 600,
    angle: position === 'insideLeft' ? -90 : position === 'insideRight' ? 90 : 0,
    style: { textAnchor: 'middle' as const },
  });
  const yWidth = fontSize * 4.2;
  return (
    <ComposedChart
      width={width}
      height={height}
      data={model.trend}
      margin={{ top: fontSize * 1.6, right: 8, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--line)" />
      <XAxis
        dataKey="quarter"
        tick={tick}
        tickLine={false}
        interval="preserveStartEnd"
        minTickGap={fontSize}
        height={fontSize * 3}
        label={axisTitle(t('trend.quarterAxis'), 'insideBottom')}
      />
      <YAxis yAxisId="carats" tick={tick} tickFormatter={compact(locale)} width={yWidth} label={axisTitle(t('trend.caratsAxis'), 'insideLeft')} />
      <YAxis yAxisId="value" orientation="right" tick={tick} tickFormatter={compact(locale)} width={yWidth} label={axisTitle(t('trend.valueAxis'), 'insideRight')} />
      <Bar yAxisId="carats" dataKey="carats" isAnimationActive={false}>
        {model.trend.map((q) => (
          <Cell key={q.quarter} className={q.quarter === model.quarter ? 'present-bar-selected' : 'present-bar'} fill={q.quarter === model.quarter ? 'var(--accent)' : 'var(--ink-soft)'} />
        ))}
      </Bar>
      <Line yAxisId="value" dataKey="valueUsd" stroke="var(--warn-ink)" strokeWidth={4} dot={{ r: 5, fill: 'var(--warn-ink)' }} isAnimationActive={false} />
      <ReferenceLine
        yAxisId="carats"
        x={model.quarter}
        stroke={INK}
        strokeWidth={2}
        strokeDasharray="6 4"
        label={{ value: model.quarter, position: 'top', fill: INK, fontSize, fontWeight: 700 }}
      />
    </ComposedChart>
  );
}

export function TrendSlide({ model }: { model: PresentModel }) {
  const { t } = usePresentMessages();
  const { ref, box } = useBox();
  const from = model.trend[0]?.quarter ?? model.quarter;
  const to = model.trend.at(-1)?.quarter ?? model.quarter;
  return (
    <>
      <p className="present-subtitle">{t('trend.subtitle', { from, to, quarter: model.quarter })}</p>
      <ul className="present-legend" aria-hidden="true">
        <li><span className="present-swatch present-swatch-bar" />{t('trend.legendCarats')}</li>
        <li><span className="present-swatch present-swatch-line" />{t('trend.legendValue')}</li>
        <li><span className="present-swatch present-swatch-selected" />{t('trend.legendSelected', { quarter: model.quarter })}</li>
      </ul>
      <div className="present-chart" ref={ref} role="img" aria-label={t('trend.chart', { from, to })}>
        <TrendChart model={model} width={Math.floor(box.width)} height={Math.floor(box.height)} fontSize={Math.round(box.fontSize * 0.72)} />
      </div>
      <table className="visually-hidden">
        <caption>{t('trend.caption', { from, to })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.quarter')}</th>
            <th scope="col">{t('trend.exports')}</th>
            <th scope="col">{t('trend.carats')}</th>
            <th scope="col">{t('trend.value')}</th>
            <th scope="col">{t('trend.price')}</th>
          </tr>
        </thead>
        <tbody>
          {model.trend.map((q) => (
            <tr key={q.quarter}>
              <th scope="row">{q.quarter}</th>
              <td>{formatCount(q.exports)}</td>
              <td>{formatCarats(q.carats)}</td>
              <td>{formatUsd(q.valueUsd)}</td>
              <td>{formatPricePerCarat(q.pricePerCarat)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
