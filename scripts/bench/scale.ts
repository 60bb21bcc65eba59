/**
 * Deterministic datasets of any size for the benchmarks: the sample's zones,
 * offices and settings, with N exports spread over the regime and matching
 * notifications (most confirmed; some late, off, duplicated or missing).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays, dayNumber, type DatasetInput } from '../../src/core';
import { mulberry32 } from '../sample/random';

const SAMPLE = fileURLToPath(new URL('../../public/data/sample.json', import.meta.url));
const DESTINATIONS = [['BE', 'EU'], ['AE', 'AE'], ['IL', 'IL'], ['IN', 'IN']] as const;
const IMPORTERS = ['Scaldis Rough Trading BV', 'Creekside Rough DMCC', 'Yarkon Rough Ltd', 'Tapi River Gems Pvt Ltd'];

type Exp = DatasetInput['exports'][number];
type Note = DatasetInput['notifications'][number];

function exportAt(i: number, rng: () => number, base: DatasetInput, startDay: number, span: number): Exp {
  const zone = base.zones[Math.floor(rng() * base.zones.length)]!;
  const office = base.buyingOffices[Math.floor(rng() * base.buyingOffices.length)]!;
  const d = Math.floor(rng() * DESTINATIONS.length);
  const carats = Math.round((50 + rng() * 3000) * 100) / 100;
  return {
    certificate: `CF${String(i).padStart(8, '0')}`,
    // Spread over the regime by index: export i is issued on day i of it, round and round.
    issuedOn: addDays('1970-01-01', startDay + (i % span)),
    zoneId: zone.id,
    buyingOfficeId: office.id,
    importer: IMPORTERS[d]!,
    destination: DESTINATIONS[d]![0],
    carats,
    valueUsd: Math.round(carats * (90 + rng() * 80)),
    parcels: 1 + Math.floor(rng() * 6),
  };
}

function notificationsFor(e: Exp, i: number, rng: () => number): Note[] {
  const r = rng();
  if (r < 0.04) return []; // never confirmed
  const participant = DESTINATIONS.find(([code]) => code === e.destination)![1];
  const receivedOn = addDays(e.issuedOn, 2 + Math.floor(rng() * 10));
  const late = r < 0.07;
  const note: Note = {
    id: `N${String(i).padStart(8, '0')}`,
    certificate: e.certificate,
    participant,
    receivedOn,
    notifiedOn: addDays(receivedOn, late ? 40 : 1 + Math.floor(rng() * 14)),
    carats: r < 0.09 ? Math.round(e.carats * 1.03 * 100) / 100 : e.carats,
    parcels: e.parcels,
    valueUsd: e.valueUsd,
  };
  return r > 0.99 ? [note, { ...note, id: `${note.id}D` }] : [note];
}

/** A dataset v1 document with `n` exports; the same `n` and seed give the same document. */
export function scaledDataset(n: number, seed = 7): DatasetInput {
  const base = JSON.parse(readFileSync(SAMPLE, 'utf8')) as DatasetInput;
  const rng = mulberry32(seed);
  const startDay = dayNumber(base.regime.start);
  const span = dayNumber(base.regime.end ?? base.meta.asOf!) - startDay + 1;
  const exports: Exp[] = [];
  const notifications: Note[] = [];
  for (let i = 0; i < n; i += 1) {
    const e = exportAt(i, rng, base, startDay, span);
    exports.push(e);
    notifications.push(...notificationsFor(e, i, rng));
  }
  return {
    ...base,
    meta: { ...base.meta, title: `Benchmark dataset, ${n.toLocaleString('en-US')} exports (synthetic)` },
    exports,
    notifications,
    reviews: [],
  };
}
