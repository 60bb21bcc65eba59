import '../../lib/leaflet.css';
import './map.css';
import { lazy, Suspense, useId, useMemo, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import {
  previousQuarter, reconcile, regimeEndedOn, ZONE_METRICS, zoneHistory, zoneMetricValue, zoneQuarterFigures, zoneStatusOn,
  type ZoneMetric,
} from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { QuarterSelect } from '../../components/QuarterSelect';
import { formatCount, formatDate } from '../../lib/format';
import { useDataSearch } from '../../lib/url-state';
import { useDataset } from '../../lib/use-dataset';
import { dateCaption } from './caption';
import { useShown } from './after-paint';
import { DateControl } from './DateControl';
import { MapLegend } from './MapLegend';
import { useMapParams } from './mapParams';
import { MapPatterns } from './mapStyle';
import { useMapMessages } from './messages';
import { METRICS } from './metrics';
import { colourScale } from './scale';
import { ZoneList } from './ZoneList';
import type { MapZone } from './ZoneMap';
import { ZonePanel } from './ZonePanel';
import { ZoneTable } from './ZoneTable';

const HISTORY_QUARTERS = 8;

/**
 * The map itself (Leaflet and the base map, the larger part of this view's code) is a chunk of
 * its own, requested once the view is on screen: the figures, the list and the caption show
 * first, without sharing a slow connection with it, and the map draws in its room when it comes.
 */
const ZoneMap = lazy(async () => ({ default: (await import('./ZoneMap')).ZoneMap }));

/** The map's room, the same size and colour, until the map is there. */
const mapRoom = <div className="map-frame"><div className="zone-map" /></div>;

/**
 * The map once the rest of the view is on screen (useShown), the map's room until then. A
 * component of its own, so that only the map renders when it is shown, not the whole view.
 */
function OnceShown({ children }: { children: ReactNode }) {
  return useShown() ? children : mapRoom;
}

function MetricSelect({ value, onChange }: { value: ZoneMetric; onChange: (m: ZoneMetric) => void }) {
  const id = useId();
  const { t } = useMapMessages();
  return (
    <div className="field">
      <label htmlFor={id}>{t('controls.metric')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as ZoneMetric)}>
        {ZONE_METRICS.map((m) => <option key={m} value={m}>{t(`metrics.${m}.label`)}</option>)}
      </select>
    </div>
  );
}

/** Focus a zone's list button (after its panel closes), so the keyboard stays where it was. */
function focusZoneButton(zoneId: string) {
  requestAnimationFrame(() => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('.zone-button');
    [...buttons].find((b) => b.dataset.zoneId === zoneId)?.focus();
  });
}

/**
 * Where: the compliant zones on a map of western CAR, coloured by a metric
 * for a quarter, hatched when not compliant on the chosen date; a zone opens
 * a panel with its figures (the core's, as in the quarterly review) and its
 * open problems.
 */
export function MapView() {
  const { t, locale } = useMapMessages();
  const { dataset, asOf } = useDataset();
  const params = useMapParams(dataset, asOf);
  const dataSearch = useDataSearch();
  const { quarter, quarters, metric, date, zoneId, selectZone } = params;

  const reconciliation = useMemo(() => reconcile(dataset, asOf), [dataset, asOf]);
  const figures = useMemo(
    () => zoneQuarterFigures(dataset, quarter, asOf, reconciliation),
    [dataset, quarter, asOf, reconciliation],
  );
  const values = useMemo(() => figures.map((f) => zoneMetricValue(f, metric)), [figures, metric]);
  // The scale's class labels are written in the current language.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- locale is read by colourScale through mapText
  const scale = useMemo(() => colourScale(metric, values), [metric, values, locale]);
  const lifted = regimeEndedOn(dataset, date);
  const caption = dateCaption(dataset, date);
  const info = METRICS[metric];
  const noun = t(`metrics.${metric}.noun`);

  const rows = dataset.zones.map((zone, i) => ({
    zone,
    status: zoneStatusOn(dataset, zone, date),
    figures: figures[i]!,
    value: values[i] ?? null,
    colour: scale.colourOf(values[i] ?? null),
  }));
  const mapZones: MapZone[] = rows.map((r) => ({
    zone: r.zone,
    status: r.status,
    colour: r.colour,
    description: t('map.zone', {
      name: r.zone.name,
      status: t(`status.${r.status}`).toLocaleLowerCase(locale),
      date: formatDate(date),
      noun,
      quarter,
      figure: info.format(r.value),
    }),
  }));

  const selected = rows.find((r) => r.zone.id === zoneId) ?? null;
  const panel = useMemo(() => {
    if (zoneId === null) return null;
    const end = quarters.indexOf(quarter);
    const recent = quarters.slice(Math.max(0, end - HISTORY_QUARTERS + 1), end + 1);
    const previous = zoneQuarterFigures(dataset, previousQuarter(quarter), asOf, reconciliation).find((f) => f.zoneId === zoneId)!;
    return { previous, history: zoneHistory(dataset, zoneId, recent, asOf, reconciliation) ?? [] };
  }, [zoneId, quarters, quarter, dataset, asOf, reconciliation]);

  const closePanel = () => {
    if (zoneId !== null) focusZoneButton(zoneId);
    selectZone(null);
  };

  return (
    <section className="view map-view">
      <title>{t('title')}</title>
      <MapPatterns />
      <h1>{t('heading')}</h1>
      {params.notices.map((n) => <Notice key={n}>{n}</Notice>)}

      <div className="map-controls">
        <QuarterSelect quarters={quarters} value={quarter} onChange={params.setQuarter} />
        <MetricSelect value={metric} onChange={params.setMetric} />
        <DateControl date={date} timeline={params.timeline} onChange={params.setDate} />
      </div>
      <p className="date-caption" aria-live="polite">
        <strong>{caption.headline}.</strong> {caption.detail}
      </p>

      <div className={`map-layout${selected ? ' has-panel' : ''}`}>
        <div className="map-side">
          <h2 className="side-title">{t('side.title')} <span className="muted">({formatCount(dataset.zones.length)})</span></h2>
          <ZoneList
            items={rows.map((r) => ({ id: r.zone.id, name: r.zone.name, status: r.status, value: r.value, colour: r.colour }))}
            metric={metric}
            selectedId={zoneId}
            onSelect={selectZone}
          />
        </div>

        <div className="map-main">
          <OnceShown>
            <Suspense fallback={mapRoom}>
              <ZoneMap
                zones={mapZones}
                areas={dataset.restrictedAreas}
                restrictionsLifted={lifted}
                selectedId={zoneId}
                onSelect={selectZone}
                tiles={params.tiles}
                onTilesChange={params.setTiles}
              />
            </Suspense>
          </OnceShown>
          <MapLegend
            metric={metric}
            quarter={quarter}
            scale={scale}
            date={date}
            indicative={dataset.zones.some((z) => z.boundary !== null && z.boundaryIndicative)}
            points={dataset.zones.some((z) => z.boundary === null)}
            someOff={rows.some((r) => r.status === 'notYet' || r.status === 'noLonger')}
            hasAreas={dataset.restrictedAreas.length > 0}
            restrictionsLifted={lifted}
          />
        </div>

        {selected && panel && (
          <ZonePanel
            zone={selected.zone}
            status={selected.status}
            date={date}
            asOf={asOf}
            quarter={quarter}
            current={selected.figures}
            previous={panel.previous}
            history={panel.history}
            metric={metric}
            dataSearch={dataSearch}
            onClose={closePanel}
          />
        )}
      </div>

      <h2>{t('allZones')}</h2>
      {dataset.zones.length === 0 ? (
        <EmptyState>{t('noZones')}</EmptyState>
      ) : (
        <ZoneTable rows={rows} date={date} quarter={quarter} />
      )}

      <h2 id="restricted-areas-title">{t('restricted.title')}</h2>
      {dataset.restrictedAreas.length === 0 ? (
        <EmptyState>{t('restricted.none')}</EmptyState>
      ) : (
        <ul className="plain-list" aria-labelledby="restricted-areas-title">
          {dataset.restrictedAreas.map((area) => (
            <li key={area.id}>
              {/* The name is an element, not interpolated text: a name is data and never parsed as markup. */}
              <Trans
                ns="map"
                i18nKey={lifted && dataset.regime.end !== null ? 'restricted.lifted' : 'restricted.active'}
                values={{ date: dataset.regime.end === null ? '' : formatDate(dataset.regime.end) }}
                components={{ name: <strong>{area.name}</strong> }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
