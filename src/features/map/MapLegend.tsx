import type { Quarter, ZoneMetric } from '../../core';
import { formatDate } from '../../lib/format';
import { HATCH_OFF, HATCH_RESTRICTED, ZONE_INK } from './mapStyle';
import { METRICS, PROBLEMS_DEFINITION } from './metrics';
import type { ColourScale } from './scale';

interface Props {
  metric: ZoneMetric;
  quarter: Quarter;
  scale: ColourScale;
  date: string;
  /** Some zone's boundary is only indicative. */
  indicative: boolean;
  /** Some zone has no boundary and is drawn at its main town. */
  points: boolean;
  /** Some zone is not compliant on the date. */
  someOff: boolean;
  hasAreas: boolean;
  restrictionsLifted: boolean;
}

function Swatch({ fill, stroke = ZONE_INK.on, dash, circle = false, width = 1.5 }: {
  fill: string; stroke?: string; dash?: string; circle?: boolean; width?: number;
}) {
  return (
    <svg className="legend-swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">
      {circle ? (
        <circle cx="14" cy="9" r="6.5" fill={fill} stroke={stroke} strokeWidth={width} />
      ) : (
        <rect x="2" y="2" width="24" height="14" rx="2" fill={fill} stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
      )}
    </svg>
  );
}

/** States the metric, the quarter and the scale, and what every other mark on the map means. */
export function MapLegend({ metric, quarter, scale, date, indicative, points, someOff, hasAreas, restrictionsLifted }: Props) {
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="visually-hidden">Legend</h2>
      <div className="legend-row">
        <p className="legend-metric">
          <strong>{METRICS[metric].label}</strong>, {quarter}:
        </p>
        <ul className="legend-list" aria-label={`Colour scale: ${METRICS[metric].label}, ${quarter}`}>
          {scale.classes.map((c) => (
            <li key={c.label}>
              <Swatch fill={c.colour} />
              {c.label}
            </li>
          ))}
        </ul>
      </div>
      {metric === 'problems' && <p className="legend-note">{PROBLEMS_DEFINITION}</p>}
      <ul className="legend-list legend-keys" aria-label="Map marks">
        {indicative && (
          <li>
            <Swatch fill="#ffffff" dash="4 3" />
            Dashed outline: indicative boundary, not surveyed
          </li>
        )}
        {points && (
          <li>
            <Swatch fill="#ffffff" circle />
            Circle: zone without a boundary, at its main town
          </li>
        )}
        {someOff && (
          <li>
            <Swatch fill={`url(#${HATCH_OFF})`} stroke={ZONE_INK.off} />
            Hatched: not compliant on {formatDate(date)}
          </li>
        )}
        {hasAreas && (
          <li>
            {restrictionsLifted ? (
              <>
                <Swatch fill="none" stroke={ZONE_INK.lifted} dash="2 3" />
                Former restricted area: restrictions lifted
              </>
            ) : (
              <>
                <Swatch fill={`url(#${HATCH_RESTRICTED})`} stroke={ZONE_INK.restricted} dash="2 3" />
                Restricted area: no KP-compliant exports
              </>
            )}
          </li>
        )}
        <li>
          <svg className="legend-swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">
            <path transform="translate(5 0) scale(0.9)" d="M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z" fill="#13294b" />
          </svg>
          Bangui: capital and export point
        </li>
        <li>
          <Swatch fill="#ffffff" stroke={ZONE_INK.selected} width={3.5} />
          Thick outline: the selected zone
        </li>
      </ul>
    </section>
  );
}
