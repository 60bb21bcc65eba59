/** Two quarters side by side: headline figures, flags, and the breakdowns by zone, destination and buying office. */
import { CHECK_KINDS, type CheckKind, type Quarter, type SideBySide } from '../../core';
import { formatCarats, formatCount, formatCountry, formatUsd } from '../../lib/format';
import type { Namer } from '../../lib/names';
import {
  barChartHeight, ChartFigure, COLORS,
} from './chartKit';
import { HEADLINE_LABELS, formatChange, formatFigure } from './figures';
import { CHECK_TITLES } from './flagText';
import type { ReviewModel } from './useReviewModel';

type Comparison = NonNullable<ReviewModel['comparison']>;

function SideTable({ caption, first, a, b, rows }: { caption: string; first: string; a: Quarter; b: Quarter; rows: ReadonlyArray<SideBySide<string> & { name: string }> }) {
  return (
    <div className="table-wrap">
      <table className="report-table side-by-side">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{first}</th>
            <th scope="colgroup" colSpan={2} className="num">Carats</th>
            <th scope="colgroup" colSpan={2} className="num">Value</th>
          </tr>
          <tr>
            <th scope="col" className="num">{a}</th>
            <th scope="col" className="num">{b}</th>
            <th scope="col" className="num">{a}</th>
            <th scope="col" className="num">{b}</th>
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
  const data = rows.map((r) => ({ name: r.name, a: r.a.valueUsd, b: r.b.valueUsd }));
  const height = barChartHeight(rows.length, 40);
  return (
    <ChartFigure
      height={height}
      caption={`Value by zone, ${a} and ${b}`}
      legend={[{ label: a, color: COLORS.current }, { label: b, color: COLORS.other }]}
      summary={`Bar chart of the value exported from each zone in ${a} and in ${b}; the table beside it gives the figures.`}
    >
      {(c) => <c.ZoneValueChart data={data} a={a} b={b} height={height} />}
    </ChartFigure>
  );
}

export function ComparisonSection({ quarter, comparison, names }: { quarter: Quarter; comparison: Comparison; names: Namer }) {
  const other = comparison.other.quarter;
  const { zones, destinations, offices } = comparison.breakdowns;
  const zoneRows = zones.map((r) => ({ ...r, name: names.zone(r.key) }));
  const checkCount = (kind: CheckKind, side: 'a' | 'b') => formatCount(comparison.checks[side][kind]);
  return (
    <section className="report-section comparison" id="comparison">
      <h2>{quarter} beside {other}</h2>
      <p className="section-intro">Both reviewed as of the same date, by the same rules. Changes read from {other} to {quarter}.</p>
      <div className="comparison-grid">
        <div className="table-wrap">
          <table className="report-table">
            <caption>{`Figures, ${quarter} beside ${other}`}</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col" className="num">{quarter}</th>
                <th scope="col" className="num">{other}</th>
                <th scope="col" className="num">Change from {other}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.headline.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{HEADLINE_LABELS[row.key]}</th>
                  <td className="num strong">{formatFigure(row.key, row.a)}</td>
                  <td className="num muted">{formatFigure(row.key, row.b)}</td>
                  <td className="num change">{formatChange(row.key, row.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-wrap">
          <table className="report-table">
            <caption>{`Flags, ${quarter} beside ${other}`}</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col" className="num">{quarter}</th>
                <th scope="col" className="num">{other}</th>
              </tr>
            </thead>
            <tbody>
              {CHECK_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{CHECK_TITLES[kind]}</th>
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
          <SideTable caption={`By zone, ${quarter} beside ${other}`} first="Zone" a={quarter} b={other} rows={zoneRows} />
        </div>
      </div>
      <div>
        <SideTable caption={`By destination, ${quarter} beside ${other}`} first="Destination" a={quarter} b={other} rows={destinations.map((r) => ({ ...r, name: formatCountry(r.key) }))} />
        <SideTable caption={`By buying office, ${quarter} beside ${other}`} first="Buying office" a={quarter} b={other} rows={offices.map((r) => ({ ...r, name: names.office(r.key) }))} />
      </div>
    </section>
  );
}
