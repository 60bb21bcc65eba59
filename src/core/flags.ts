/** Flags: records in a quarter that need a reviewer's attention, each by a stated rule. */
import { exportsOfQuarter } from './datasetIndex';
import { shiftQuarter } from './quarters';
import { median } from './stats';
import type { Dataset, Export, Quarter } from './types';

export type FlagKind = 'nonCompliantOrigin' | 'sanctionedParty' | 'priceOutlier' | 'officeBelowMinimum';

export interface Flag {
  kind: FlagKind;
  certificate?: string;
  buyingOfficeId?: string;
}

export const FLAG_KINDS: readonly FlagKind[] = ['nonCompliantOrigin', 'sanctionedParty', 'priceOutlier', 'officeBelowMinimum'];

/** The zone is unknown, or the export date is outside its compliant period. */
export function isNonCompliantOrigin(dataset: Dataset, e: Export): boolean {
  const zone = dataset.zones.find((z) => z.id === e.zoneId);
  if (!zone) return true;
  if (e.issuedOn < zone.compliantFrom) return true;
  return zone.compliantUntil !== null && e.issuedOn > zone.compliantUntil;
}

const normalise = (name: string) => name.trim().toLowerCase();

/** Why an export involves a sanctioned party; one entry per reason. */
export type SanctionReason =
  | { reason: 'sanctionedOffice'; name: string }
  | { reason: 'listedOffice'; name: string }
  | { reason: 'listedImporter'; name: string };

/** The normalised sanctioned names, built once per check rather than per export. */
function listedNames(dataset: Dataset): Set<string> {
  return new Set(dataset.sanctionedEntities.map((s) => normalise(s.name)));
}

export function sanctionReasons(dataset: Dataset, e: Export, listed = listedNames(dataset)): SanctionReason[] {
  const office = dataset.buyingOffices.find((o) => o.id === e.buyingOfficeId);
  const out: SanctionReason[] = [];
  if (office?.sanctioned) out.push({ reason: 'sanctionedOffice', name: office.name });
  if (office && listed.has(normalise(office.name))) out.push({ reason: 'listedOffice', name: office.name });
  if (listed.has(normalise(e.importer))) out.push({ reason: 'listedImporter', name: e.importer });
  return out;
}

/** A sanctioned buying office, or importer / office name among the sanctioned entities. */
export function isSanctionedParty(dataset: Dataset, e: Export, listed = listedNames(dataset)): boolean {
  return sanctionReasons(dataset, e, listed).length > 0;
}

const pricePerCarat = (e: Export) => e.valueUsd / e.carats;

export interface PriceWindow {
  /** Median $/ct of the zone's exports in the four quarters ending with Q. */
  median: number;
  /** How many exports that median is over. */
  count: number;
}

function windowOf(prices: number[]): PriceWindow | null {
  const m = median(prices);
  return prices.length >= 3 && m !== null ? { median: m, count: prices.length } : null;
}

const windowsByQuarter = new WeakMap<Dataset, Map<Quarter, Map<string, PriceWindow | null>>>();

/**
 * Every zone's price window for the four quarters ending with `quarter`.
 * Cached per dataset and quarter (the flags, the checks and the price
 * section all ask for it); treat the map as read-only.
 */
export function zonePriceWindows(dataset: Dataset, quarter: Quarter): Map<string, PriceWindow | null> {
  let byQuarter = windowsByQuarter.get(dataset);
  if (!byQuarter) {
    byQuarter = new Map();
    windowsByQuarter.set(dataset, byQuarter);
  }
  let windows = byQuarter.get(quarter);
  if (!windows) {
    windows = priceWindowsNow(dataset, quarter);
    byQuarter.set(quarter, windows);
  }
  return windows;
}

function priceWindowsNow(dataset: Dataset, quarter: Quarter): Map<string, PriceWindow | null> {
  const prices = new Map<string, number[]>();
  for (let back = 3; back >= 0; back -= 1) {
    for (const e of exportsOfQuarter(dataset, shiftQuarter(quarter, -back))) {
      const list = prices.get(e.zoneId);
      if (list) list.push(pricePerCarat(e));
      else prices.set(e.zoneId, [pricePerCarat(e)]);
    }
  }
  return new Map([...prices].map(([zoneId, list]) => [zoneId, windowOf(list)]));
}

/** Exports of one zone in the four quarters ending with `quarter`; null below 3 exports. */
export function zonePriceWindow(dataset: Dataset, zoneId: string, quarter: Quarter): PriceWindow | null {
  return zonePriceWindows(dataset, quarter).get(zoneId) ?? null;
}

export function isPriceOutlier(e: Export, window: PriceWindow | null, factor: number): boolean {
  if (window === null) return false;
  const price = pricePerCarat(e);
  return price >= factor * window.median || price <= window.median / factor;
}

/**
 * The same tests as isNonCompliantOrigin and isSanctionedParty, with what
 * they look up prepared once per dataset: each zone and office by id, and
 * whether a name is listed, per distinct name (a quarter's thousands of
 * exports name a handful of offices and importers).
 */
interface FlagTests {
  nonCompliantOrigin: (e: Export) => boolean;
  sanctionedParty: (e: Export) => boolean;
}

const flagTestsByDataset = new WeakMap<Dataset, FlagTests>();

function flagTests(dataset: Dataset): FlagTests {
  let tests = flagTestsByDataset.get(dataset);
  if (tests) return tests;
  const zones = new Map<string, Dataset['zones'][number]>();
  for (const z of dataset.zones) if (!zones.has(z.id)) zones.set(z.id, z);
  const listed = listedNames(dataset);
  // An office flags its exports when marked sanctioned or listed by name (the first office with the id, as `find` gives).
  const officeFlags = new Map<string, boolean>();
  for (const o of dataset.buyingOffices) {
    if (!officeFlags.has(o.id)) officeFlags.set(o.id, o.sanctioned || listed.has(normalise(o.name)));
  }
  const importerListed = new Map<string, boolean>();
  tests = {
    nonCompliantOrigin: (e) => {
      const zone = zones.get(e.zoneId);
      if (!zone) return true;
      if (e.issuedOn < zone.compliantFrom) return true;
      return zone.compliantUntil !== null && e.issuedOn > zone.compliantUntil;
    },
    sanctionedParty: (e) => {
      if (officeFlags.get(e.buyingOfficeId) === true) return true;
      let isListed = importerListed.get(e.importer);
      if (isListed === undefined) {
        isListed = listed.has(normalise(e.importer));
        importerListed.set(e.importer, isListed);
      }
      return isListed;
    },
  };
  flagTestsByDataset.set(dataset, tests);
  return tests;
}

/** Flags for the exports of a quarter, grouped by kind in FLAG_KINDS order. */
export function flagExports(dataset: Dataset, quarter: Quarter, inQuarter: ReadonlyArray<Export>, officesBelow: ReadonlyArray<string>): Flag[] {
  const windows = zonePriceWindows(dataset, quarter);
  const tests = flagTests(dataset);
  const factor = dataset.settings.priceOutlierFactor;
  const pick = (kind: FlagKind, test: (e: Export) => boolean): Flag[] =>
    inQuarter.filter(test).map((e) => ({ kind, certificate: e.certificate }));
  return [
    ...pick('nonCompliantOrigin', tests.nonCompliantOrigin),
    ...pick('sanctionedParty', tests.sanctionedParty),
    ...pick('priceOutlier', (e) => isPriceOutlier(e, windows.get(e.zoneId) ?? null, factor)),
    ...officesBelow.map((id): Flag => ({ kind: 'officeBelowMinimum', buyingOfficeId: id })),
  ];
}
