/**
 * Reference data of the sample: the eight compliant zones (facts from
 * shared/DOMAIN.md), the restricted eastern areas, and the FICTIONAL buying
 * offices and importers. No real company is party to a synthetic shipment;
 * the only real names are the UN-listed entities in SANCTIONED_ENTITIES, which
 * no synthetic export uses.
 */
import type { DatasetInput } from '../../src/core';
import { integer, roundTo, uniform, type Random } from './random';

type ZoneInput = DatasetInput['zones'][number];
type RestrictedAreaInput = NonNullable<DatasetInput['restrictedAreas']>[number];
type Point = { lat: number; lon: number };

export interface ZoneSpec {
  id: string;
  name: string;
  prefecture: string;
  compliantFrom: string;
  location: Point;
  certainty: ZoneInput['certainty'];
  note: string;
  /** Usual $/ct of the zone's rough before the yearly calibration: zones differ in quality. */
  pricePerCarat: number;
  /** Relative share of the exports. */
  weight: number;
}

const LATE_2019 = 'one of the three Lobaye zones added in late 2019 (six zones in early October, eight by 2 December 2019); the exact date is not public';

export const ZONES: readonly ZoneSpec[] = [
  {
    id: 'berberati', name: 'Berbérati', prefecture: 'Mambéré-Kadéï', compliantFrom: '2016-06-01',
    location: { lat: 4.2593, lon: 15.7878 }, certainty: 'confirmed',
    note: 'Declared compliant in May–June 2016; the exact day is not public (1 June 2016 used here).',
    pricePerCarat: 145, weight: 26,
  },
  {
    id: 'boda', name: 'Boda', prefecture: 'Lobaye', compliantFrom: '2016-09-19',
    location: { lat: 4.3189, lon: 17.4695 }, certainty: 'confirmed',
    note: 'Declared compliant on 19 September 2016.', pricePerCarat: 128, weight: 13,
  },
  {
    id: 'carnot', name: 'Carnot', prefecture: 'Mambéré', compliantFrom: '2016-09-19',
    location: { lat: 4.9421, lon: 15.8691 }, certainty: 'confirmed',
    note: 'Declared compliant on 19 September 2016. Prefecture Mambéré since the 2021 reform (Mambéré-Kadéï before).',
    pricePerCarat: 138, weight: 22,
  },
  {
    id: 'nola', name: 'Nola', prefecture: 'Sangha-Mbaéré', compliantFrom: '2016-09-19',
    location: { lat: 3.5249, lon: 16.0458 }, certainty: 'confirmed',
    note: 'Declared compliant on 19 September 2016.', pricePerCarat: 160, weight: 15,
  },
  {
    id: 'gadzi', name: 'Gadzi', prefecture: 'Mambéré', compliantFrom: '2017-07-01',
    location: { lat: 4.783, lon: 16.7 }, certainty: 'approximate',
    note: 'Compliant by mid-2017; the exact date is not public (1 July 2017 used here). Prefecture Mambéré since the 2021 reform (Mambéré-Kadéï before).',
    pricePerCarat: 130, weight: 8,
  },
  {
    // A public gazetteer puts the town about 55 km west of Boda (4.32 N, 17.06 E); unverified.
    id: 'boganda', name: 'Boganda', prefecture: 'Lobaye', compliantFrom: '2019-12-02',
    location: { lat: 4.317, lon: 17.065 }, certainty: 'approximate',
    note: `Named in March 2020 press on Lobaye monitoring committees; ${LATE_2019} (2 December 2019 used here). The main town's location is not published in the sources used: the point is approximate.`,
    pricePerCarat: 122, weight: 5,
  },
  {
    id: 'boganangone', name: 'Boganangone', prefecture: 'Lobaye', compliantFrom: '2019-10-01',
    location: { lat: 4.7356, lon: 17.1405 }, certainty: 'partial',
    note: `Named in March 2020 press on Lobaye monitoring committees; ${LATE_2019}. Taken here as the sixth zone (1 October 2019 used).`,
    pricePerCarat: 125, weight: 6,
  },
  {
    id: 'bagandou', name: 'Bagandou', prefecture: 'Lobaye', compliantFrom: '2019-12-02',
    location: { lat: 3.7457, lon: 17.8486 }, certainty: 'partial',
    note: `A town near Mbaïki. Named in March 2020 press on Lobaye monitoring committees; ${LATE_2019} (2 December 2019 used here).`,
    pricePerCarat: 126, weight: 5,
  },
];

/** Eastern diamond areas, never compliant under the regime; coordinates approximate. */
const RESTRICTED: ReadonlyArray<{ id: string; name: string; location: Point }> = [
  { id: 'bria', name: 'Bria', location: { lat: 6.537, lon: 21.991 } },
  { id: 'sam-ouandja', name: 'Sam-Ouandja', location: { lat: 8.528, lon: 23.245 } },
  { id: 'ouadda', name: 'Ouadda', location: { lat: 8.077, lon: 22.401 } },
];

export interface OfficeSpec {
  id: string;
  name: string;
  sanctioned: boolean;
  /** Share of the ordinary exports; 0 for the office that only appears where planted. */
  weight: number;
}

/** Fictional bureaux d'achat. */
export const BUYING_OFFICES: readonly OfficeSpec[] = [
  { id: 'bo-kadei', name: 'Kadéï Pierres SARL', sanctioned: false, weight: 5 },
  { id: 'bo-mbaere', name: 'Comptoir Mbaéré Diamants', sanctioned: false, weight: 4 },
  { id: 'bo-lobaye', name: 'Lobaye Gem Export SARL', sanctioned: false, weight: 3 },
  { id: 'bo-oubangui', name: 'Oubangui Rough Trading', sanctioned: false, weight: 3 },
  { id: 'bo-sangha', name: 'Sangha Carats SARL', sanctioned: false, weight: 2 },
  { id: 'bo-haute-sangha', name: 'Haute-Sangha Négoce SARL', sanctioned: true, weight: 0 },
];
export const SANCTIONED_OFFICE_ID = 'bo-haute-sangha';

export interface ImporterSpec {
  name: string;
  destination: string;
  weight: number;
}

/** Fictional trading houses in the trading centres. */
export const IMPORTERS: readonly ImporterSpec[] = [
  { name: 'Scaldis Rough Trading BV', destination: 'BE', weight: 6 },
  { name: 'Brabo Carat House NV', destination: 'BE', weight: 4 },
  { name: 'Kempen Gem Sourcing BV', destination: 'BE', weight: 2 },
  { name: 'Creekside Rough DMCC', destination: 'AE', weight: 5 },
  { name: 'Palmgate Diamonds FZE', destination: 'AE', weight: 3 },
  { name: 'Yarkon Rough Ltd', destination: 'IL', weight: 2 },
  { name: 'Tapi River Gems Pvt Ltd', destination: 'IN', weight: 2 },
  { name: 'Cedrus Rough Trading SAL', destination: 'LB', weight: 1 },
];

/** Fictional, and listed (in other letter case) in SANCTIONED_ENTITIES. */
export const SANCTIONED_IMPORTER: ImporterSpec = { name: 'Sabkha Star Rough FZE', destination: 'AE', weight: 0 };

/** The importing KP participant (the EU for its member states) and a generic authority name. */
export const PARTICIPANTS: Readonly<Record<string, { participant: string; authority: string }>> = {
  BE: { participant: 'EU', authority: 'FPS Economy (Antwerp Diamond Office)' },
  AE: { participant: 'AE', authority: 'UAE Kimberley Process Office (Dubai)' },
  IL: { participant: 'IL', authority: 'Israel Diamond Controller' },
  IN: { participant: 'IN', authority: 'KP importing authority of India' },
  LB: { participant: 'LB', authority: 'KP importing authority of Lebanon' },
};

/**
 * BADICA and its Antwerp branch KARDIAM: UN-listed since August 2015 (public
 * facts). The fictional importer is written with odd case and spaces on
 * purpose: the rule matches names trimmed and case-insensitively.
 */
export const SANCTIONED_ENTITIES = [
  { name: 'BADICA' },
  { name: 'KARDIAM' },
  { name: '  sabkha STAR rough fze ' },
];

const distance = (a: Point, b: Point) => Math.hypot(a.lat - b.lat, a.lon - b.lon);

/**
 * An irregular closed ring around a point, every vertex within `radius`
 * degrees of it: shapes are indicative only (no open boundary data exists).
 */
export function indicativePolygon(rng: Random, at: Point, radius: number) {
  const n = integer(rng, 8, 12);
  const ring: number[][] = [];
  for (let i = 0; i < n; i += 1) {
    const angle = (2 * Math.PI * (i + uniform(rng, -0.3, 0.3))) / n;
    // 0.97 leaves room for the 4-decimal rounding below.
    const r = radius * uniform(rng, 0.72, 0.97);
    ring.push([roundTo(at.lon + r * Math.cos(angle), 4), roundTo(at.lat + r * Math.sin(angle), 4)]);
  }
  ring.push([...ring[0]!]);
  return { type: 'Polygon' as const, coordinates: [ring] };
}

/**
 * At most 0.2°, and under half the distance to the nearest other zone, so
 * neighbouring shapes (Boda, Boganda, Boganangone, Gadzi are close) never overlap.
 */
export function zoneRadius(zone: ZoneSpec): number {
  const nearest = Math.min(...ZONES.filter((z) => z.id !== zone.id).map((z) => distance(z.location, zone.location)));
  return Math.min(0.2, 0.45 * nearest);
}

export function zoneRecords(rng: Random): ZoneInput[] {
  return ZONES.map((z) => ({
    id: z.id, name: z.name, prefecture: z.prefecture,
    compliantFrom: z.compliantFrom, compliantUntil: null, location: z.location,
    boundary: indicativePolygon(rng, z.location, zoneRadius(z)), boundaryIndicative: true,
    certainty: z.certainty, note: z.note,
  }));
}

export function restrictedAreaRecords(rng: Random): RestrictedAreaInput[] {
  return RESTRICTED.map((a) => ({ ...a, boundary: indicativePolygon(rng, a.location, 0.3) }));
}
