/**
 * Writes src/lib/basemap.json: the offline base map (Map view, presentation).
 *
 * Natural Earth 1:50m country outlines (public domain, via the world-atlas
 * package) for the Central African Republic and its neighbours, plus the
 * land mass and every border around them so the map never shows a blank
 * where a country not kept here would be. Arcs are simplified once in the topology, so the
 * country fills and the border lines drawn from them stay aligned; then
 * everything is clipped to a box around CAR and rounded to 3 decimals.
 *
 *   npm run basemap
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** ISO 3166-1 numeric code → the name the map shows. */
const COUNTRIES: Record<string, string> = {
  '140': 'Central African Republic',
  '120': 'Cameroon',
  '148': 'Chad',
  '729': 'Sudan',
  '728': 'South Sudan',
  '180': 'DR Congo',
  '178': 'Republic of the Congo',
};
const CAR = '140';

/** [west, south, east, north]: CAR (14.4–27.5 E, 2.2–11.0 N) with room to zoom out; the map never shows past it. */
const BOX = [5, -7, 37, 19] as const;
/** Douglas–Peucker tolerance in degrees (about 1 km; under 2 px at the zones' zoom). */
const TOLERANCE = 0.008;
/** Rings smaller than this (square degrees) are dropped: specks and tiny islands. */
const MIN_AREA = 0.004;
const DECIMALS = 3;

const require = createRequire(import.meta.url);
const source = require.resolve('world-atlas/countries-50m.json');
const target = fileURLToPath(new URL('../src/lib/basemap.json', import.meta.url));

type Objects = { countries: GeometryCollection<{ name: string }>; land: GeometryCollection };
const topology = JSON.parse(readFileSync(source, 'utf8')) as Topology<Objects>;

// ---------- arcs: decode the quantized deltas, simplify each arc, keep its ends ----------

function decodeArcs(topo: Topology<Objects>): Position[][] {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx!, dy!];
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function perpendicular(p: Position, a: Position, b: Position): number {
  const [x, y] = [p[0]!, p[1]!];
  const [x1, y1, x2, y2] = [a[0]!, a[1]!, b[0]!, b[1]!];
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(x - x1, y - y1);
  return Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / len;
}

function simplify(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let index = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const d = perpendicular(points[i]!, points[first]!, points[last]!);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index !== -1) {
      keep[index] = true;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const simplified: Topology<Objects> = {
  ...topology,
  transform: undefined,
  arcs: decodeArcs(topology).map((arc) => simplify(arc, TOLERANCE)) as Topology['arcs'],
};
delete simplified.transform;

// ---------- clipping to the box ----------

const [WEST, SOUTH, EAST, NORTH] = BOX;
type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
const at = (a: Position, b: Position, t: number): Position => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
const EDGES: Edge[] = [
  { inside: (p) => p[0]! >= WEST, cut: (a, b) => at(a, b, (WEST - a[0]!) / (b[0]! - a[0]!)) },
  { inside: (p) => p[0]! <= EAST, cut: (a, b) => at(a, b, (EAST - a[0]!) / (b[0]! - a[0]!)) },
  { inside: (p) => p[1]! >= SOUTH, cut: (a, b) => at(a, b, (SOUTH - a[1]!) / (b[1]! - a[1]!)) },
  { inside: (p) => p[1]! <= NORTH, cut: (a, b) => at(a, b, (NORTH - a[1]!) / (b[1]! - a[1]!)) },
];

/** Sutherland–Hodgman against the box: fine for fills (edges on the box are not stroked). */
function clipRing(ring: Position[]): Position[] {
  let out = ring.slice(0, -1);
  for (const edge of EDGES) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i += 1) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cut(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) {
        out.push(edge.cut(previous, current));
      }
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

const insideBox = (p: Position) => EDGES.every((e) => e.inside(p));

/** Liang–Barsky on each segment; a line leaving the box is split into pieces. */
function clipLine(line: Position[]): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i += 1) {
    const segment = clipSegment(line[i - 1]!, line[i]!);
    if (segment === null) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const [a, b] = segment;
    if (current.length === 0) current.push(a);
    current.push(b);
    if (!insideBox(line[i]!)) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

function clipSegment(a: Position, b: Position): [Position, Position] | null {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  let t0 = 0;
  let t1 = 1;
  const checks: Array<[number, number]> = [
    [-dx, a[0]! - WEST], [dx, EAST - a[0]!], [-dy, a[1]! - SOUTH], [dy, NORTH - a[1]!],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [at(a, b, t0), at(a, b, t1)];
}

// ---------- rounding, dropping specks ----------

const round = (n: number) => Number(n.toFixed(DECIMALS));

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q: Position = [round(p[0]!), round(p[1]!)];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function area(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i += 1) {
    sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  }
  return Math.abs(sum) / 2;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) => roundLine(clipRing(ring)));
    if (!outer || outer.length < 4 || area(outer) < MIN_AREA) continue;
    out.push([outer, ...holes.filter((ring) => ring.length >= 4 && area(ring) >= MIN_AREA)]);
  }
  return out;
}

function multiPolygon(coordinates: Position[][][]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates };
}

// ---------- the features ----------

export interface BasemapProperties {
  kind: 'land' | 'country' | 'borders';
  id?: string;
  name?: string;
  /** The country the view is about. */
  focus?: boolean;
}

const features: Array<Feature<MultiPolygon | MultiLineString, BasemapProperties>> = [];

const land = feature(simplified, simplified.objects.land);
const landPolygons = land.features.flatMap((f) => polygonsOf(f.geometry as Polygon | MultiPolygon));
features.push({ type: 'Feature', properties: { kind: 'land' }, geometry: multiPolygon(landPolygons) });

const kept = simplified.objects.countries.geometries.filter((g) => String(g.id) in COUNTRIES);
for (const geometry of kept) {
  const id = String(geometry.id);
  const f = feature(simplified, geometry) as Feature<Polygon | MultiPolygon>;
  features.push({
    type: 'Feature',
    properties: { kind: 'country', id, name: COUNTRIES[id]!, focus: id === CAR },
    geometry: multiPolygon(polygonsOf(f.geometry)),
  });
}

// Every border in the box (so countries not kept still read as countries); coastlines from the land mass.
const borders = mesh(simplified, simplified.objects.countries, (a, b) => a !== b);
const coast = mesh(simplified, simplified.objects.land);
const lines = [...borders.coordinates, ...coast.coordinates]
  .flatMap((line) => clipLine(line))
  .map(roundLine)
  .filter((line) => line.length >= 2);
features.push({ type: 'Feature', properties: { kind: 'borders' }, geometry: { type: 'MultiLineString', coordinates: lines } });

const collection: FeatureCollection<MultiPolygon | MultiLineString, BasemapProperties> & { attribution: string; bbox: number[] } = {
  type: 'FeatureCollection',
  attribution: 'Natural Earth 1:50m country boundaries (public domain), via world-atlas; written by scripts/basemap.ts',
  bbox: [...BOX],
  features,
};

const text = `${JSON.stringify(collection)}\n`;
writeFileSync(target, text);
console.log(`wrote ${target}: ${(text.length / 1024).toFixed(1)} kB, ${features.length} features, ${lines.length} border lines`);
