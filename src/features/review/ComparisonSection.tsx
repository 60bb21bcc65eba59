/** Two quarters side by side: headline figures, flags, and the breakdowns by zone, destination and buying office. */
import { CHECK_KINDS, type CheckKind, type Quarter, type SideBySide } from '../../core';
import { formatCarats, formatCount, formatCountry, formatUsd } from '../../lib/format';
import type { Namer } from '../../lib/names';
import {
  barChartHeight, ChartFigure, COLORS,
} from './chartKit';
import { formatChange, formatFigure, headlineLabel } from './figures';
import { checkTitle } from './flagText';
import { useReviewMessages } from './messages';
import type { ReviewModel } from './useReviewModel';
import { scrollable } from '../../lib/scrollable';

type Comparison = NonNullable<NonNullable<ReviewModel['details']>['comparison']>;

/** A quarter heading a narrow column: "2021-Q3" on one line, not broken at its hyphen. */
function QuarterName({ quarter }: { quarter: Quarter }) {
  return <span className="nowrap">{quarter}</span>;
}

function SideTable({ caption, first, a, b, rows }: { caption: string; first: string; a: Quarter; b: Quarter; rows: ReadonlyArray<SideBySide<string> & { name: string }> }) {
  const { t } = useReviewMessages();
  return (
    <div className="table-wrap" ref={scrollable}>
      <table className="report-table side-by-side">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{first}</th>
            <th scope="colgroup" colSpan={2} className="num">{t('table.carats')}</th>
            <th scope="colgroup" colSpan={2} className="num">{t('table.value')}</th>
          </tr>
          <tr>
            <th scope="col" className="num"><QuarterName quarter={a} /></th>
            <th scope="col" className="num"><QuarterName quarter={b} /></th>
            <th scope="col" className="num"><QuarterName quarter={a} /></th>
            <th scope="col" className="num"><QuarterName quarter={b} /></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td className="num strong">{formatCarats(r.a.carats)}</td>
              <td className="num muted">{formatCarats(r.b.carats)}</td>
              <td className="num strong">{formatUsd(r.a.valueUsd)}</td>
              <td className="num muted">{formatUsd(r.b.valueUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ZoneValueChart({ a, b, rows }: { a: Quarter; b: Quarter; rows: ReadonlyArray<SideBySide<string> & { name: string }> }) {
  const { t } = useReviewMessages();
  const data = rows.map((r) => ({ name: r.name, a: r.a.valueUsd, b: r.b.valueUsd }));
  const height = barChartHeight(rows.length, 40);
  return (
    <ChartFigure
      height={height}
      caption={t('comparison.chart', { a, b })}
      legend={[{ label: a, color: COLORS.current }, { label: b, color: COLORS.other }]}
      summary={t('comparison.summary', { a, b })}
    >
      {(c) => <c.ZoneValueChart data={data} a={a} b={b} height={height} />}
    </ChartFigure>
  );
}

export function ComparisonSection({ quarter, comparison, names }: { quarter: Quarter; comparison: Comparison; names: Namer }) {
  const { t } = useReviewMessages();
  const other = comparison.other.quarter;
  const pair = { quarter, other };
  const { zones, destinations, offices } = comparison.breakdowns;
  const zoneRows = zones.map((r) => ({ ...r, name: names.zone(r.key) }));
  const checkCount = (kind: CheckKind, side: 'a' | 'b') => formatCount(comparison.checks[side][kind]);
  return (
    <section className="report-section comparison" id="comparison">
      <h2>{t('sections.comparison', pair)}</h2>
      <p className="section-intro">{t('comparison.intro', pair)}</p>
      <div className="comparison-grid">
        <div className="table-wrap" ref={scrollable}>
          <table className="report-table">
            <caption>{t('comparison.figures', pair)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('headline.measure')}</th>
                <th scope="col" className="num"><QuarterName quarter={quarter} /></th>
                <th scope="col" className="num"><QuarterName quarter={other} /></th>
                <th scope="col" className="num">{t('headline.changeFrom', { quarter: other })}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.headline.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{headlineLabel(row.key)}</th>
                  <td className="num strong">{formatFigure(row.key, row.a)}</td>
                  <td className="num muted">{formatFigure(row.key, row.b)}</td>
                  <td className="num change">{formatChange(row.key, row.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-wrap" ref={scrollable}>
          <table className="report-table">
            <caption>{t('comparison.flags', pair)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('comparison.check')}</th>
                <th scope="col" className="num"><QuarterName quarter={quarter} /></th>
                <th scope="col" className="num"><QuarterName quarter={other} /></th>
              </tr>
            </thead>
            <tbody>
              {CHECK_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{checkTitle(kind)}</th>
                  <td className="num strong">{checkCount(kind, 'a')}</td>
                  <td className="num muted">{checkCount(kind, 'b')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="chart-pair">
        <ZoneValueChart a={quarter} b={other} rows={zoneRows} />
        <div className="chart-table">
          <SideTable caption={t('comparison.byZone', pair)} first={t('table.zone')} a={quarter} b={other} rows={zoneRows} />
        </div>
      </div>
      <div>
        <SideTable
          caption={t('comparison.byDestination', pair)}
          first={t('table.destination')}
          a={quarter}
          b={other}
          rows={destinations.map((r) => ({ ...r, name: formatCountry(r.key) }))}
        />
        <SideTable
          caption={t('comparison.byOffice', pair)}
          first={t('table.office')}
          a={quarter}
          b={other}
          rows={offices.map((r) => ({ ...r, name: names.office(r.key) }))}
        />
      </div>
    </section>
  );
}
