/**
 * Slide 2: the zones compliant on the quarter's last day, on the offline base
 * map (no tiles: a plenary room may have no network), with the restricted
 * areas and Bangui. Zones carry big numbers on the map and are named in the
 * list beside it, where names have room to be read from afar. The map is a
 * picture: nothing on it moves or takes focus. Colours come from the theme
 * through class names (present.css).
 */
import '../../lib/leaflet.css';
import { useEffect, useMemo } from 'react';
import L, { type PathOptions } from 'leaflet';
import { CircleMarker, GeoJSON, MapContainer, Marker, Polygon, Tooltip, useMap } from 'react-leaflet';
import type { Feature, Position } from 'geojson';
import type { RestrictedArea, Zone } from '../../core';
import { basemap, boundsOf, focusCountry, type BasemapFeature } from '../../lib/basemap';
import { formatCount, formatDate } from '../../lib/format';
import { usePresentMessages } from './messages';
import type { PresentModel } from './model';

/** The capital and export point (not in the dataset: a fixed place). */
const BANGUI = { lat: 4.3612, lon: 18.555 };

type Boundary = NonNullable<Zone['boundary']>;
type LatLng = [number, number];

function polygonsOf(boundary: Boundary): Position[][][] {
  return boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
}

function latLngsOf(boundary: Boundary): LatLng[][][] {
  return polygonsOf(boundary).map((polygon) => polygon.map((ring) => ring.map((p): LatLng => [p[1]!, p[0]!])));
}

function placeBounds(place: Zone | RestrictedArea): L.LatLngBounds {
  if (place.boundary) return L.latLngBounds(boundsOf(polygonsOf(place.boundary)));
  return L.latLngBounds([place.location.lat, place.location.lon], [place.location.lat, place.location.lon]);
}

/** The zones, the restricted areas and Bangui; the whole country when there is nothing to show. */
function viewBounds(zones: readonly Zone[], areas: readonly RestrictedArea[]): L.LatLngBounds {
  const bounds = L.latLngBounds([BANGUI.lat, BANGUI.lon], [BANGUI.lat, BANGUI.lon]);
  if (zones.length === 0 && areas.length === 0 && focusCountry) return L.latLngBounds(boundsOf(focusCountry.polygons));
  for (const place of [...zones, ...areas]) bounds.extend(placeBounds(place));
  return bounds;
}

function basemapStyle(feature?: Feature): PathOptions {
  const p = (feature as BasemapFeature | undefined)?.properties;
  if (p?.kind === 'borders') return { className: 'present-border', fill: false, weight: 1 };
  if (p?.kind === 'land') return { className: 'present-land', stroke: false, fillOpacity: 1 };
  return p?.focus
    ? { className: 'present-country present-country-focus', weight: 3, fillOpacity: 1 }
    : { className: 'present-country', stroke: false, fillOpacity: 1 };
}

/** Fits the view on the slide's box now and whenever the box changes (a projector's resolution). */
function FitBounds({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap();
  useEffect(() => {
    // Room on the right for the labels of the easternmost areas.
    const fit = () => map.fitBounds(bounds, { paddingTopLeft: [40, 40], paddingBottomRight: [170, 40], animate: false });
    fit();
    map.on('resize', fit);
    return () => void map.off('resize', fit);
  }, [map, bounds]);
  return null;
}

const numberIcons = new Map<number, L.DivIcon>();
function numberIcon(n: number): L.DivIcon {
  let icon = numberIcons.get(n);
  if (!icon) {
    icon = L.divIcon({ className: 'present-zone-number', html: `<span aria-hidden="true">${n}</span>`, iconSize: [0, 0] });
    numberIcons.set(n, icon);
  }
  return icon;
}

/*
 * Class names go to the shapes as props: react-leaflet applies `pathOptions`
 * after the element exists, too late for a class.
 */
const ZONE: PathOptions = { weight: 3, fillOpacity: 1 };
const AREA: PathOptions = { weight: 3, dashArray: '8 6', fillOpacity: 1 };

function ZoneShape({ zone, n }: { zone: Zone; n: number }) {
  const at: LatLng = [zone.location.lat, zone.location.lon];
  return (
    <>
      {zone.boundary
        ? <Polygon className="present-zone" positions={latLngsOf(zone.boundary)} pathOptions={ZONE} interactive={false} />
        : <CircleMarker className="present-zone" center={at} radius={16} pathOptions={ZONE} interactive={false} />}
      <Marker position={at} icon={numberIcon(n)} interactive={false} keyboard={false} />
    </>
  );
}

function AreaShape({ area, right }: { area: RestrictedArea; right: boolean }) {
  const { t } = usePresentMessages();
  const label = (
    <Tooltip permanent direction={right ? 'right' : 'left'} offset={right ? [14, 0] : [-14, 0]} className="present-map-label">
      <span className="present-map-name">{area.name}</span>
      <span className="present-map-status">{t('map.restrictedLabel')}</span>
    </Tooltip>
  );
  return area.boundary
    ? <Polygon className="present-restricted" positions={latLngsOf(area.boundary)} pathOptions={AREA} interactive={false}>{label}</Polygon>
    : <CircleMarker className="present-restricted" center={[area.location.lat, area.location.lon]} radius={14} pathOptions={AREA} interactive={false}>{label}</CircleMarker>;
}

function Capital() {
  const { t } = usePresentMessages();
  return (
    <CircleMarker className="present-capital" center={[BANGUI.lat, BANGUI.lon]} radius={9} pathOptions={{ weight: 3, fillOpacity: 1 }} interactive={false}>
      <Tooltip permanent direction="right" offset={[12, 0]} className="present-map-label present-map-capital">
        <span className="present-map-name">{t('map.bangui')}</span>
      </Tooltip>
    </CircleMarker>
  );
}

function TheMap({ zones, areas }: { zones: readonly Zone[]; areas: readonly RestrictedArea[] }) {
  const bounds = useMemo(() => viewBounds(zones, areas), [zones, areas]);
  // Labels of the eastern areas go right of the easternmost ones, left of the others, to stay apart.
  const middle = areas.reduce((sum, a) => sum + a.location.lon, 0) / Math.max(1, areas.length);
  return (
    <MapContainer
      className="present-leaflet"
      bounds={bounds}
      zoomSnap={0.1}
      zoomControl={false}
      attributionControl={false}
      dragging={false}
      scrollWheelZoom={false}
      doubleClickZoom={false}
      boxZoom={false}
      keyboard={false}
      touchZoom={false}
    >
      <GeoJSON data={basemap} style={basemapStyle} interactive={false} />
      <FitBounds bounds={bounds} />
      {areas.map((a) => <AreaShape key={a.id} area={a} right={a.location.lon > middle} />)}
      {zones.map((z, i) => <ZoneShape key={z.id} zone={z} n={i + 1} />)}
      <Capital />
    </MapContainer>
  );
}

export function MapSlide({ model }: { model: PresentModel }) {
  const { t } = usePresentMessages();
  const { dataset, map } = model;
  const date = formatDate(map.date);
  const drawn = new Set(map.zones.map((z) => z.id));
  const others = dataset.zones.filter((z) => !drawn.has(z.id));
  const indicative = map.zones.some((z) => z.boundary !== null && z.boundaryIndicative);
  return (
    <div className="present-map-slide">
      <div className="present-map" role="img" aria-label={t('map.label', { date })}>
        <TheMap zones={map.zones} areas={dataset.restrictedAreas} />
      </div>
      <div className="present-map-side">
        <p className="present-strong">
          <span className="present-key present-key-zone" aria-hidden="true" />
          {map.zones.length === 0 ? t('map.none') : t('map.compliant', { count: map.zones.length, n: formatCount(map.zones.length) })}
        </p>
        <ol className="present-zone-list">
          {map.zones.map((z, i) => (
            <li key={z.id}><span className="present-zone-badge" aria-hidden="true">{i + 1}</span> {z.name}</li>
          ))}
        </ol>
        {others.length > 0 && <p className="present-small">{t('map.notCompliant', { names: others.map((z) => z.name).join(', ') })}</p>}
        {dataset.restrictedAreas.length > 0 && (
          <p className="present-small">
            <span className="present-key present-key-restricted" aria-hidden="true" />
            {t('map.restricted')}
          </p>
        )}
        {map.regimeEnded && <p className="present-small">{t('map.ended', { date })}</p>}
        <p className="present-small present-muted">
          {indicative && <>{t('map.indicative')} </>}
          {t('map.attribution')}
        </p>
      </div>
    </div>
  );
}
