import { Trans } from 'react-i18next';
import type { Quarter, ZoneMetric } from '../../core';
import { formatDate } from '../../lib/format';
import { HATCH_OFF, HATCH_RESTRICTED, ZONE_INK } from './mapStyle';
import { useMapMessages } from './messages';
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
        <circle cx="14" cy="9" r="6.5" style={{ fill, stroke }} strokeWidth={width} />
      ) : (
        <rect x="2" y="2" width="24" height="14" rx="2" style={{ fill, stroke }} strokeWidth={width} strokeDasharray={dash} />
      )}
    </svg>
  );
}

/** States the metric, the quarter and the scale, and what every other mark on the map means. */
export function MapLegend({ metric, quarter, scale, date, indicative, points, someOff, hasAreas, restrictionsLifted }: Props) {
  const { t } = useMapMessages();
  const label = t(`metrics.${metric}.label`);
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="visually-hidden">{t('legend.title')}</h2>
      <div className="legend-row">
        <p className="legend-metric">
          <Trans ns="map" i18nKey="legend.metric" values={{ quarter }} components={{ metric: <strong>{label}</strong> }} />
        </p>
        <ul className="legend-list" aria-label={t('legend.scale', { metric: label, quarter })}>
          {scale.classes.map((c) => (
            <li key={c.label}>
              <Swatch fill={c.colour} />
              {c.label}
            </li>
          ))}
        </ul>
      </div>
      {metric === 'problems' && <p className="legend-note">{t('problemsDefinition')}</p>}
      <ul className="legend-list legend-keys" aria-label={t('legend.marks')}>
        {indicative && (
          <li>
            <Swatch fill="var(--map-country-focus)" dash="4 3" />
            {t('legend.indicative')}
          </li>
        )}
        {points && (
          <li>
            <Swatch fill="var(--map-country-focus)" circle />
            {t('legend.point')}
          </li>
        )}
        {someOff && (
          <li>
            <Swatch fill={`url(#${HATCH_OFF})`} stroke={ZONE_INK.off} />
            {t('legend.off', { date: formatDate(date) })}
          </li>
        )}
        {hasAreas && (
          <li>
            {restrictionsLifted ? (
              <>
                <Swatch fill="none" stroke={ZONE_INK.lifted} dash="2 3" />
                {t('legend.lifted')}
              </>
            ) : (
              <>
                <Swatch fill={`url(#${HATCH_RESTRICTED})`} stroke={ZONE_INK.restricted} dash="2 3" />
                {t('legend.restricted')}
              </>
            )}
          </li>
        )}
        <li>
          <svg className="legend-swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">
            <path transform="translate(5 0) scale(0.9)" d="M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z" style={{ fill: 'var(--map-bangui)' }} />
          </svg>
          {t('legend.bangui')}
        </li>
        <li>
          <Swatch fill="var(--map-country-focus)" stroke={ZONE_INK.selected} width={3.5} />
          {t('legend.selected')}
        </li>
      </ul>
    </section>
  );
}
