/**
 * The offline base map (written by `npm run basemap` from Natural Earth via
 * world-atlas): land, CAR and its neighbours, their borders. It ships in the
 * map chunk, so the map looks finished with no network.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import data from './basemap.json';

export interface BasemapProperties {
  kind: 'land' | 'country' | 'borders';
  id?: string;
  name?: string;
  focus?: boolean;
}

export type BasemapFeature = Feature<MultiPolygon | MultiLineString, BasemapProperties>;

export const basemap = data as unknown as FeatureCollection<MultiPolygon | MultiLineString, BasemapProperties> & {
  bbox: [number, number, number, number];
};

export const BASEMAP_ATTRIBUTION = 'Base map: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

export interface Country {
  id: string;
  name: string;
  focus: boolean;
  polygons: Position[][][];
}

export const countries: Country[] = basemap.features
  .filter((f): f is Feature<MultiPolygon, BasemapProperties> => f.properties.kind === 'country')
  .map((f) => ({
    id: f.properties.id ?? '',
    name: f.properties.name ?? '',
    focus: f.properties.focus === true,
    polygons: f.geometry.coordinates,
  }));

/** [[south, west], [north, east]] of a set of polygons. */
export function boundsOf(polygons: Position[][][]): [[number, number], [number, number]] {
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      s = Math.min(s, lat!);
      n = Math.max(n, lat!);
      w = Math.min(w, lon!);
      e = Math.max(e, lon!);
    }
  }
  return [[s, w], [n, e]];
}

/** The country the view is about: its outline bounds the "whole country" view. */
export const focusCountry = countries.find((c) => c.focus) ?? null;

/** Even-odd rule over every ring: holes count as outside. */
export function insidePolygons(lon: number, lat: number, polygons: Position[][][]): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // Plain indexing, no destructuring: this runs for every label candidate, often before the
      // engine has optimised it, and each small array made here would be garbage to collect.
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
        const pi = ring[i]!;
        const pj = ring[j]!;
        const xi = pi[0]!;
        const yi = pi[1]!;
        const xj = pj[0]!;
        const yj = pj[1]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
