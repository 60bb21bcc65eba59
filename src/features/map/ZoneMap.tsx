/**
 * The Leaflet map: the offline base map, the dataset's zones coloured by the
 * metric, hatched when not compliant on the chosen date, restricted areas,
 * Bangui; zoom and reset controls as real buttons. MapContainer props apply
 * on first render only, so everything that changes goes through children
 * that use `useMap()`.
 */
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import L, { type LatLngBoundsExpression, type LatLngExpression, type PathOptions } from 'leaflet';
import { CircleMarker, GeoJSON, MapContainer, Marker, Pane, Polygon, TileLayer, useMap } from 'react-leaflet';
import type { Feature as GeoJsonFeature, Position } from 'geojson';
import type { RestrictedArea, Zone, ZoneStatus } from '../../core';
import {
  BASEMAP_ATTRIBUTION, basemap, boundsOf, countries, focusCountry, insidePolygons, type BasemapFeature, type Country,
} from '../../lib/basemap';
import { resolveColor, themeColor } from '../../lib/theme-colors';
import { useTheme } from '../../lib/theme';
import { afterPaint } from '../../lib/idle';
import { MapLabel } from './MapLabel';
import { BANGUI, HATCH_OFF, HATCH_RESTRICTED, ZONE_INK } from './mapStyle';
import { mapText, useMapMessages } from './messages';

const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_URL = import.meta.env.VITE_TILE_URL?.trim() || DEFAULT_TILE_URL;
const TILE_ATTRIBUTION = import.meta.env.VITE_TILE_ATTRIBUTION?.trim()
  || '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export interface MapZone {
  zone: Zone;
  status: ZoneStatus;
  colour: string;
  /** The shape's accessible name: name, status and figure, in words. */
  description: string;
}

interface Props {
  zones: MapZone[];
  areas: RestrictedArea[];
  restrictionsLifted: boolean;
  selectedId: string | null;
  onSelect: (zoneId: string) => void;
  tiles: boolean;
  onTilesChange: (on: boolean) => void;
}

type LatLngRing = Array<[number, number]>;
const toLatLngs = (ring: Position[]): LatLngRing => ring.map((p) => [p[1]!, p[0]!]);

/** Leaflet positions for a GeoJSON Polygon or MultiPolygon ([lon, lat] → [lat, lon]). */
function positionsOf(boundary: NonNullable<Zone['boundary']>): LatLngRing[] | LatLngRing[][] {
  if (boundary.type === 'Polygon') return boundary.coordinates.map(toLatLngs);
  return boundary.coordinates.map((polygon) => polygon.map(toLatLngs));
}

function polygonsOf(boundary: NonNullable<Zone['boundary']>): Position[][][] {
  return boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
}

/**
 * The zones (shapes and points) and the export point: what the map fits on
 * load and on reset; the whole country when the data has no zone.
 */
export function zonesBounds(zones: readonly Zone[]): L.LatLngBounds {
  if (zones.length === 0 && focusCountry) return L.latLngBounds(boundsOf(focusCountry.polygons));
  const bounds = L.latLngBounds([BANGUI.lat, BANGUI.lon], [BANGUI.lat, BANGUI.lon]);
  for (const zone of zones) {
    if (zone.boundary) bounds.extend(boundsOf(polygonsOf(zone.boundary)));
    else bounds.extend([zone.location.lat, zone.location.lon]);
  }
  return bounds;
}

function areaBounds(area: RestrictedArea): L.LatLngBounds {
  if (area.boundary) return L.latLngBounds(boundsOf(polygonsOf(area.boundary)));
  return L.latLngBounds([area.location.lat, area.location.lon], [area.location.lat, area.location.lon]);
}

const COUNTRY_BOUNDS: LatLngBoundsExpression | null = focusCountry ? boundsOf(focusCountry.polygons) : null;
const [W, S, E, N] = basemap.bbox;
/** The base map's box: panning and zooming out stop there, so its edges never show. */
const MAX_BOUNDS = L.latLngBounds([S, W], [N, E]);
/** Below this zoom the zones are too close together for their labels. */
const FAR_ZOOM = 6.75;

/** Names a Leaflet shape for screen readers once its element exists. */
function useShapeName(ref: React.RefObject<L.Path | null>, name: string, interactive: boolean) {
  useEffect(() => {
    const element = ref.current?.getElement();
    if (!element) return;
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', name);
    if (interactive) element.setAttribute('aria-roledescription', mapText('map.roleZone'));
  }, [ref, name, interactive]);
}

function zoneStyle(item: MapZone, selected: boolean): PathOptions {
  const off = item.status === 'notYet' || item.status === 'noLonger';
  return {
    color: resolveColor(selected ? ZONE_INK.selected : off ? ZONE_INK.off : ZONE_INK.on),
    weight: selected ? 4 : 1.5,
    opacity: 1,
    dashArray: item.zone.boundaryIndicative ? (selected ? '9 5' : '6 4') : undefined,
    fillColor: resolveColor(item.colour),
    fillOpacity: 0.88,
  };
}

const HATCH_STYLE: PathOptions = { stroke: false, fillColor: `url(#${HATCH_OFF})`, fillOpacity: 1 };

/** The outline a polygon label sits on, as Leaflet's own tooltips did: the first polygon's outer ring. */
function labelPoint(positions: LatLngRing[] | LatLngRing[][]): L.LatLng {
  const first = positions[0];
  const ring = (Array.isArray(first?.[0]?.[0]) ? (first as LatLngRing[])[0] : first) as LatLngRing;
  return L.PolyUtil.polygonCenter(ring.map(([lat, lon]) => L.latLng(lat, lon)), L.CRS.EPSG3857);
}

function ZoneLabel({ item, at, point }: { item: MapZone; at: LatLngExpression; point: boolean }) {
  const { t } = useMapMessages();
  const off = item.status === 'notYet' || item.status === 'noLonger';
  return (
    <MapLabel
      at={at}
      side={point ? 'right' : 'center'}
      gap={18}
      className={`zone-label${off ? ' zone-label-off' : ''}`}
      name={item.zone.name}
      status={off ? (item.status === 'notYet' ? t('map.notYet') : t('map.noLonger')) : undefined}
    />
  );
}

function ZoneShape({ item, selected, onSelect }: { item: MapZone; selected: boolean; onSelect: (id: string) => void }) {
  const shape = useRef<L.Path | null>(null);
  const hatch = useRef<L.Path | null>(null);
  useShapeName(shape, item.description, true);
  const off = item.status === 'notYet' || item.status === 'noLonger';
  useEffect(() => {
    if (!selected) return;
    shape.current?.bringToFront();
    hatch.current?.bringToFront();
  }, [selected, off]);
  const id = item.zone.id;
  const handlers = useMemo(() => ({ click: () => onSelect(id) }), [onSelect, id]);
  const boundary = item.zone.boundary;
  const positions = useMemo(() => (boundary ? positionsOf(boundary) : null), [boundary]);
  const labelAt = useMemo(() => (positions ? labelPoint(positions) : null), [positions]);
  const style = zoneStyle(item, selected);
  const common = { className: 'zone-shape', bubblingMouseEvents: false, eventHandlers: handlers, pathOptions: style };

  if (positions) {
    return (
      <>
        <Polygon ref={shape as React.Ref<L.Polygon>} positions={positions} {...common} />
        {off && <Polygon ref={hatch as React.Ref<L.Polygon>} positions={positions} interactive={false} pathOptions={HATCH_STYLE} />}
        <ZoneLabel item={item} at={labelAt!} point={false} />
      </>
    );
  }
  const center: LatLngExpression = [item.zone.location.lat, item.zone.location.lon];
  return (
    <>
      <CircleMarker ref={shape as React.Ref<L.CircleMarker>} center={center} radius={selected ? 12 : 10} {...common} />
      {off && <CircleMarker ref={hatch as React.Ref<L.CircleMarker>} center={center} radius={10} interactive={false} pathOptions={HATCH_STYLE} />}
      <ZoneLabel item={item} at={center} point />
    </>
  );
}

function AreaShape({ area, lifted }: { area: RestrictedArea; lifted: boolean }) {
  const { t } = useMapMessages();
  const shape = useRef<L.Path | null>(null);
  const name = t(lifted ? 'map.areaLifted' : 'map.areaRestricted', { name: area.name });
  useShapeName(shape, name, false);
  const style: PathOptions = lifted
    ? { color: resolveColor(ZONE_INK.lifted), weight: 1.5, dashArray: '3 4', fillOpacity: 0 }
    : { color: resolveColor(ZONE_INK.restricted), weight: 1.5, dashArray: '3 4', fillColor: `url(#${HATCH_RESTRICTED})`, fillOpacity: 1 };
  const positions = area.boundary ? positionsOf(area.boundary) : null;
  const at: LatLngExpression = positions ? labelPoint(positions) : [area.location.lat, area.location.lon];
  const label = (
    <MapLabel
      at={at}
      side="left"
      gap={14}
      className="area-label"
      name={area.name}
      status={lifted ? t('map.areaLabelLifted') : t('map.areaLabelRestricted')}
    />
  );
  const common = { className: 'area-shape', interactive: false, pathOptions: style };
  return (
    <>
      {positions ? (
        <Polygon ref={shape as React.Ref<L.Polygon>} positions={positions} {...common} />
      ) : (
        <CircleMarker ref={shape as React.Ref<L.CircleMarker>} center={[area.location.lat, area.location.lon]} radius={8} {...common} />
      )}
      {label}
    </>
  );
}

/** Bangui's star, named in the current language (the name is a message, never data, so safe in HTML). */
const banguiIcons = new Map<string, L.DivIcon>();
function banguiIcon(name: string): L.DivIcon {
  let icon = banguiIcons.get(name);
  if (!icon) {
    icon = L.divIcon({
      className: 'bangui-icon',
      html: `<svg role="img" aria-label="${name}" viewBox="0 0 20 20" width="20" height="20">`
        + '<path d="M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z" fill="var(--map-bangui)" stroke="var(--map-halo)" stroke-width="1.5"/></svg>',
      iconSize: [20, 20],
      iconAnchor: [10, 10],
    });
    banguiIcons.set(name, icon);
  }
  return icon;
}

function BanguiMarker() {
  const { t } = useMapMessages();
  return (
    <>
      <Marker position={[BANGUI.lat, BANGUI.lon]} icon={banguiIcon(t('map.bangui'))} interactive={false} keyboard={false} />
      {/* A language may break the line ("\n") where the words would run off the map's edge. */}
      <MapLabel at={[BANGUI.lat, BANGUI.lon]} side="right" gap={16} className="bangui-label" name={t('map.banguiName')} status={t('map.banguiLabel')} />
    </>
  );
}

/**
 * Always opaque: the street map's tiles, when on, cover it, and where they fail to load it still shows.
 * Colours from the theme in effect (Leaflet needs values, not var()).
 */
function basemapStyle() {
  const c = (name: `--map-${string}`) => themeColor(name, `var(${name})`);
  return (feature?: GeoJsonFeature): PathOptions => {
    const properties = (feature as BasemapFeature | undefined)?.properties;
    const kind = properties?.kind;
    if (kind === 'borders') return { color: c('--map-border'), weight: 1, opacity: 0.9, fill: false };
    if (kind === 'land') return { stroke: false, fillColor: c('--map-land'), fillOpacity: 1 };
    const focus = properties?.focus === true;
    return {
      color: c('--map-border-focus'),
      weight: focus ? 2.5 : 0,
      stroke: focus,
      fillColor: c(focus ? '--map-country-focus' : '--map-country'),
      fillOpacity: 1,
    };
  };
}

/** The base map in two parts, drawn a step apart: land and countries, then the borders over them. */
const BASEMAP_PARTS = {
  areas: { ...basemap, features: basemap.features.filter((f) => f.properties.kind !== 'borders') },
  borders: { ...basemap, features: basemap.features.filter((f) => f.properties.kind === 'borders') },
};

/** Restyled when the theme changes. */
function BaseLayer({ theme, part }: { theme: string; part: keyof typeof BASEMAP_PARTS }) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the style reads the theme's colours when made
  const style = useMemo(() => basemapStyle(), [theme]);
  return <GeoJSON data={BASEMAP_PARTS[part]} style={style} interactive={false} />;
}

/** A place country names keep away from, with room for the labels written around it (pixels: left, top, right, bottom). */
interface Avoid {
  bounds: L.LatLngBounds;
  room: [number, number, number, number];
}

/**
 * Country names where each country shows in the current view, away from the zones and areas.
 * Placed in a task of their own after the map has moved or resized (and first drawn): the
 * placement tests points against country outlines, work the map's drawing need not wait for.
 */
function CountryLabels({ avoid }: { avoid: Avoid[] }) {
  const map = useMap();
  const { locale } = useMapMessages();
  const [labels, setLabels] = useState<CountryLabel[]>([]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setLabels(placeCountryLabels(map, avoid)), 0);
    };
    place();
    map.on('moveend resize', place);
    return () => {
      clearTimeout(timer);
      map.off('moveend resize', place);
    };
    // A language change renames the countries, and longer names may need other places.
  }, [map, avoid, locale]);
  return labels.map((l) => (
    <Marker
      key={l.name}
      position={l.at}
      interactive={false}
      keyboard={false}
      icon={countryIcon(l.name)}
    />
  ));
}

/** A country's name in the current language; Natural Earth's English name for a country the messages do not know. */
function countryName(country: Country): string {
  return mapText(`countries.${country.id}` as 'countries.120', { defaultValue: country.name });
}

const countryIcons = new Map<string, L.DivIcon>();
function countryIcon(name: string): L.DivIcon {
  let icon = countryIcons.get(name);
  if (!icon) {
    icon = L.divIcon({ className: 'country-label', html: `<span aria-hidden="true">${name}</span>`, iconSize: [0, 0] });
    countryIcons.set(name, icon);
  }
  return icon;
}

const countryBoxes = new Map<Country, L.LatLngBounds>();
/** A country's bounding box, worked out once. */
function countryBox(country: Country): L.LatLngBounds {
  let box = countryBoxes.get(country);
  if (!box) {
    box = L.latLngBounds(boundsOf(country.polygons));
    countryBoxes.set(country, box);
  }
  return box;
}

/** Rough size of a country label (uppercase, letter-spaced), to keep labels apart. */
const labelBox = (name: string, at: L.Point) => L.bounds(
  L.point(at.x - name.length * 5.2 - 6, at.y - 10),
  L.point(at.x + name.length * 5.2 + 6, at.y + 10),
);

/**
 * Where to write each country's name in the current view: among grid points
 * inside the country and away from the zones, the one nearest the middle of
 * them that does not run off the map or into another label.
 */
interface CountryLabel {
  name: string;
  at: L.LatLng;
}

function placeCountryLabels(map: L.Map, avoid: Avoid[]): CountryLabel[] {
  const size = map.getSize();
  if (size.x < 200 || size.y < 150) return [];
  // Clear of the attribution at the bottom and of the toolbars over the map.
  const [left, top, right, bottom] = [40, 26, size.x - 40, size.y - 36];
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const toolbars = [...(container.parentElement?.querySelectorAll('.map-toolbar') ?? [])].map((el) => {
    const r = el.getBoundingClientRect();
    return L.bounds(L.point(r.left - origin.left - 8, r.top - origin.top - 8), L.point(r.right - origin.left + 8, r.bottom - origin.top + 12));
  });
  const [columns, rows] = [20, 12];
  const avoidBoxes = [...toolbars, ...avoid.map(({ bounds, room: [l, t, r, b] }) => {
    const box = L.bounds(map.latLngToContainerPoint(bounds.getNorthWest()), map.latLngToContainerPoint(bounds.getSouthEast()));
    return L.bounds(box.min!.subtract([l, t]), box.max!.add([r, b]));
  })];
  const grid: Array<{ p: L.Point; ll: L.LatLng }> = [];
  for (let i = 0; i < columns; i += 1) {
    for (let j = 0; j < rows; j += 1) {
      const p = L.point(left + ((right - left) * i) / (columns - 1), top + ((bottom - top) * j) / (rows - 1));
      grid.push({ p, ll: map.containerPointToLatLng(p) });
    }
  }
  const candidates = countries
    .map((country) => {
      // Only the grid points in the country's box are tested against its outline (the costly part).
      const box = countryBox(country);
      const inBox = grid.filter((g) => box.contains(g.ll));
      return { country, points: inBox.filter((g) => insidePolygons(g.ll.lng, g.ll.lat, country.polygons)).map((g) => g.p) };
    })
    .filter((c) => c.points.length >= 4)
    .sort((a, b) => b.points.length - a.points.length);
  const placed: L.Bounds[] = [];
  const out: CountryLabel[] = [];
  for (const { country, points } of candidates) {
    const name = countryName(country);
    const middle = L.point(
      points.reduce((s, p) => s + p.x, 0) / points.length,
      points.reduce((s, p) => s + p.y, 0) / points.length,
    );
    const best = [...points]
      .sort((a, b) => a.distanceTo(middle) - b.distanceTo(middle))
      .find((p) => {
        const box = labelBox(name, p);
        // Both ends of the name inside the country, so it does not straddle a border.
        const ends = [L.point(box.min!.x + 6, p.y), L.point(box.max!.x - 6, p.y)].map((e) => map.containerPointToLatLng(e));
        return box.min!.x >= 4 && box.max!.x <= size.x - 4
          && ends.every((e) => insidePolygons(e.lng, e.lat, country.polygons))
          && !avoidBoxes.some((other) => other.intersects(box)) && !placed.some((other) => other.intersects(box));
      });
    if (!best) continue;
    placed.push(labelBox(name, best));
    out.push({ name, at: map.containerPointToLatLng(best) });
  }
  return out;
}

/**
 * Fits the zones on load, on reset and when the data changes; keeps Leaflet's
 * idea of the size right when the layout around it changes, and refits then
 * unless the person has moved the map.
 */
function ViewControl({ bounds, resetKey }: { bounds: L.LatLngBounds; resetKey: number }) {
  const map = useMap();
  const { t } = useMapMessages();
  const regionName = t('map.region');
  const moved = useRef(false);
  const programmatic = useRef(false);

  useLayoutEffect(() => {
    whenIdle(map, () => {
      programmatic.current = true;
      fit(map, bounds);
      programmatic.current = false;
      moved.current = false;
    });
  }, [map, bounds, resetKey]);

  useEffect(() => {
    // Never zoom out past the base map's box; write labels only where they fit.
    const limitZoom = () => map.setMinZoom(Math.max(5, map.getBoundsZoom(MAX_BOUNDS, true)));
    const markFar = () => map.getContainer().classList.toggle('is-far', map.getZoom() < FAR_ZOOM);
    limitZoom();
    markFar();
    map.on('resize', limitZoom);
    map.on('zoomend', markFar);
    return () => {
      map.off('resize', limitZoom);
      map.off('zoomend', markFar);
    };
  }, [map]);

  useEffect(() => {
    const onMoveStart = () => {
      if (!programmatic.current) moved.current = true;
    };
    map.on('movestart zoomstart', onMoveStart);
    if (typeof ResizeObserver === 'undefined') return () => void map.off('movestart zoomstart', onMoveStart);
    const observer = new ResizeObserver(() => whenIdle(map, () => {
      programmatic.current = true;
      map.invalidateSize({ pan: false });
      if (!moved.current) fit(map, bounds);
      programmatic.current = false;
    }));
    observer.observe(map.getContainer());
    return () => {
      observer.disconnect();
      map.off('movestart zoomstart', onMoveStart);
    };
  }, [map, bounds]);

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', regionName);
    map.attributionControl?.addAttribution(BASEMAP_ATTRIBUTION);
    return () => void map.attributionControl?.removeAttribution(BASEMAP_ATTRIBUTION);
  }, [map, regionName]);
  return null;
}

/** Maps with a zoom asked for by the toolbar and not finished (its animation starts a frame later). */
const zooming = new WeakSet<L.Map>();

/**
 * Runs a view change now, or once a zoom animation is over: Leaflet drops a
 * change asked for during one (a second "Zoom in", or "Fit zones" right after).
 */
function whenIdle(map: L.Map, change: () => void) {
  if (zooming.has(map) || (map as L.Map & { _animatingZoom?: boolean })._animatingZoom) {
    map.once('zoomend', () => whenIdle(map, change));
  } else {
    change();
  }
}

function zoomBy(map: L.Map, steps: number) {
  whenIdle(map, () => {
    const target = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), map.getZoom() + steps * (map.options.zoomDelta ?? 1)));
    if (target === map.getZoom()) return;
    zooming.add(map);
    map.once('zoomend', () => zooming.delete(map));
    map.setZoom(target);
  });
}

function fit(map: L.Map, bounds: LatLngBoundsExpression) {
  const size = map.getSize();
  // A map with no size (hidden, or jsdom) cannot compute a zoom to fit.
  if (size.x === 0 || size.y === 0) map.setView(L.latLngBounds(bounds as L.LatLngBoundsLiteral).getCenter(), 7, { animate: false });
  // Room for the toolbar above, and for labels written to the right of points (Bangui's).
  else map.fitBounds(bounds, { paddingTopLeft: [40, 60], paddingBottomRight: [170, 30], animate: false });
}

function Toolbar({ map, onReset, tiles, onTilesChange }: {
  map: L.Map | null;
  onReset: () => void;
  tiles: boolean;
  onTilesChange: (on: boolean) => void;
}) {
  const { t } = useMapMessages();
  return (
    <>
      <div className="map-toolbar map-toolbar-left" role="group" aria-label={t('map.toolbar')}>
        <button type="button" className="map-button" aria-label={t('map.zoomIn')} disabled={!map} onClick={() => map && zoomBy(map, 1)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="map-button" aria-label={t('map.zoomOut')} disabled={!map} onClick={() => map && zoomBy(map, -1)}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="map-button map-button-text" disabled={!map} onClick={onReset}>
          {t('map.fit')}
        </button>
        {COUNTRY_BOUNDS && (
          <button
            type="button"
            className="map-button map-button-text"
            disabled={!map}
            onClick={() => map && whenIdle(map, () => map.fitBounds(COUNTRY_BOUNDS, { padding: [24, 24] }))}
          >
            {t('map.country')}
          </button>
        )}
      </div>
      <div className="map-toolbar map-toolbar-right">
        <label className="map-toggle">
          <input type="checkbox" checked={tiles} onChange={(event) => onTilesChange(event.target.checked)} />
          {t('map.streets')} <span className="map-toggle-note">{t('map.online')}</span>
        </label>
      </div>
    </>
  );
}

/** What is drawn at each step; every step includes the ones before it. */
const STEP = { map: 1, view: 2, basemap: 3, borders: 4, zones: 5, countryNames: 6 } as const;

/**
 * The map is drawn in steps, each in a task of its own: the map itself once
 * the rest of the view has painted (so its first measurement finds the page
 * laid out already), its view fitted to the zones, the base map's land and
 * countries, its borders, then the zones, areas and labels, then the country
 * names. The page paints and takes input between them, where drawing it all
 * at once was one long task on a slow machine (docs/performance.md). Each
 * step renders as a transition, so React too yields while making it.
 */
function useDrawingSteps(map: L.Map | null): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    const last = STEP.countryNames;
    if (step >= last || (step >= STEP.map && map === null)) return undefined;
    const next = () => startTransition(() => setStep((s) => s + 1));
    if (step === 0) return afterPaint(next);
    const timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  }, [step, map]);
  return step;
}

export function ZoneMap({ zones, areas, restrictionsLifted, selectedId, onSelect, tiles, onTilesChange }: Props) {
  // Re-rendered on a theme change, so every shape takes the new theme's colours.
  const { theme } = useTheme();
  const [map, setMap] = useState<L.Map | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const step = useDrawingSteps(map);
  const zoneList = useMemo(() => zones.map((z) => z.zone), [zones]);
  const boundsKey = JSON.stringify(zoneList.map((z) => [z.boundary, z.location]));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- refit only when the zones' geometry changes, not on every new array
  const bounds = useMemo(() => zonesBounds(zoneList), [boundsKey]);
  // Zone labels sit on the zones, Bangui's to its right, the areas' to their left.
  const avoid = useMemo((): Avoid[] => [
    { bounds, room: [30, 16, 150, 16] },
    ...areas.map((a): Avoid => ({ bounds: areaBounds(a), room: [110, 16, 10, 16] })),
  ], [bounds, areas]);

  return (
    <div className="map-frame">
      {step < STEP.map ? (
        // The map's room, the same size and colour, until the map is made.
        <div className="zone-map" />
      ) : (
        <MapContainer
          ref={setMap}
          className="zone-map"
          center={bounds.getCenter()}
          zoom={7}
          minZoom={5}
          maxZoom={12}
          zoomSnap={0.25}
          zoomDelta={0.5}
          maxBounds={MAX_BOUNDS}
          maxBoundsViscosity={1}
          zoomControl={false}
          attributionControl
          keyboard
        >
          {step >= STEP.view && <ViewControl bounds={bounds} resetKey={resetKey} />}
          {/* Under the tile pane (200): tiles cover it when they load. */}
          <Pane name="basemap" style={{ zIndex: 150 }}>
            {step >= STEP.basemap && <BaseLayer theme={theme} part="areas" />}
            {step >= STEP.borders && <BaseLayer theme={theme} part="borders" />}
          </Pane>
          <Pane name="country-labels" style={{ zIndex: 300, pointerEvents: 'none' }}>
            {step >= STEP.countryNames && !tiles && <CountryLabels avoid={avoid} />}
          </Pane>
          {tiles && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
          <Pane name="areas" style={{ zIndex: 380 }}>
            {step >= STEP.zones && areas.map((area) => <AreaShape key={area.id} area={area} lifted={restrictionsLifted} />)}
          </Pane>
          {step >= STEP.zones && zones.map((item) => (
            <ZoneShape key={item.zone.id} item={item} selected={item.zone.id === selectedId} onSelect={onSelect} />
          ))}
          {step >= STEP.zones && <BanguiMarker />}
        </MapContainer>
      )}
      <Toolbar map={map} onReset={() => setResetKey((k) => k + 1)} tiles={tiles} onTilesChange={onTilesChange} />
    </div>
  );
}
