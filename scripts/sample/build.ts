/**
 * The synthetic sample: ordinary exports drawn from a seeded PRNG, yearly
 * totals calibrated on the public figures, and a fixed list of planted cases
 * so that every status, flag and data-quality view has something real to show.
 * Pure: the same seed always gives the same document.
 */
import { addDays, dayNumber, quarterOf, totalsOf, type DatasetInput } from '../../src/core';
import {
  BUYING_OFFICES, IMPORTERS, PARTICIPANTS, SANCTIONED_ENTITIES, SANCTIONED_IMPORTER,
  SANCTIONED_OFFICE_ID, ZONES, restrictedAreaRecords, zoneRecords, type ImporterSpec,
} from './places';
import { chance, integer, roundTo, stream, uniform, weighted, type Random } from './random';

type ExportInput = DatasetInput['exports'][number];
type NotificationInput = DatasetInput['notifications'][number];
type ReviewInput = NonNullable<DatasetInput['reviews']>[number];

/** The day the regime started, as a number. */
export const DEFAULT_SEED = 20191122;

const AS_OF = '2024-12-10';
const REGIME = { start: '2019-11-22', end: '2024-11-15' };

/**
 * Yearly totals the exports are scaled to. 2020 and 2021 are the public
 * figures (about 50,400 ct / US$7.2 M and 94,000 ct / US$10.3 M); 2019 covers
 * late November and December only; 2022-2024 are extrapolations (2024 ends on
 * 15 November, when the restrictions were lifted).
 */
const YEAR_TARGETS: Readonly<Record<string, { carats: number; valueUsd: number }>> = {
  2019: { carats: 5_800, valueUsd: 800_000 },
  2020: { carats: 50_400, valueUsd: 7_200_000 },
  2021: { carats: 94_000, valueUsd: 10_300_000 },
  2022: { carats: 82_000, valueUsd: 9_500_000 },
  2023: { carats: 71_000, valueUsd: 8_700_000 },
  2024: { carats: 58_000, valueUsd: 7_600_000 },
};

/** Exports a month, before a ±1 draw: "at will" after 2019, with the 2021 peak. */
const PER_MONTH: Readonly<Record<string, number>> = { 2019: 3, 2020: 3, 2021: 5, 2022: 4, 2023: 4, 2024: 3 };

/**
 * Issue days pinned at the regime's edges: the first certificates (one of them
 * is planted from a zone compliant only from 2 December 2019), and the last
 * weeks, so that as of 10 December 2024 some certificates are still within the
 * 30-day due time (awaiting) and the others have been confirmed.
 */
const PINNED_DAYS: Readonly<Record<string, string[]>> = {
  '2019-11': ['2019-11-26', '2019-11-28'],
  '2024-11': ['2024-11-05', '2024-11-08', '2024-11-12', '2024-11-14'],
};

const HS_CODES = [
  { code: '7102.31', weight: 6 }, // gem-quality rough: most of CAR's alluvial production
  { code: '7102.10', weight: 3 },
  { code: '7102.21', weight: 1 },
];

/** How the importing authority's confirmation of one certificate behaves. */
type Notice =
  | 'normal' | 'none' | 'late' | 'duplicate' | 'caratsOff' | 'parcelsOff' | 'valueOff'
  | 'nearMatch' | 'notifiedBeforeReceived' | 'receivedBeforeIssued' | 'mistyped';

interface Draft {
  issuedOn: string;
  zoneId: string;
  buyingOfficeId: string;
  importer: ImporterSpec;
  carats: number;
  /** The zone's usual $/ct times this gives the export's $/ct before calibration. */
  priceFactor: number;
  valueUsd: number;
  parcels: number;
  hsCode: string;
  notice: Notice;
  /** Set on planted exports so reviews (and readers) can find them. */
  tag: string | null;
  certificate: string;
}

interface Plant {
  tag: string;
  quarter: string;
  /** Which of the quarter's not-yet-planted exports; the middle one by default. */
  at?: 'first' | 'last';
  zoneId?: string;
  buyingOfficeId?: string;
  importer?: ImporterSpec;
  /** Multiplies the export's $/ct: 2.6 and 0.4 are beyond the 2× outlier rule either way. */
  priceFactor?: number;
  notice?: Notice;
}

/** The planted cases, spread over the quarters so most reviews have something to discuss. */
const PLANTS: readonly Plant[] = [
  { tag: 'nonCompliantOrigin', quarter: '2019-Q4', at: 'first', zoneId: 'bagandou' },
  { tag: 'overdue-1', quarter: '2020-Q2', notice: 'none' },
  { tag: 'caratsOff-1', quarter: '2020-Q3', notice: 'caratsOff' },
  { tag: 'sanctionedOffice-1', quarter: '2020-Q4', buyingOfficeId: SANCTIONED_OFFICE_ID },
  { tag: 'late-1', quarter: '2020-Q4', notice: 'late' },
  { tag: 'notifiedBeforeReceived', quarter: '2021-Q1', notice: 'notifiedBeforeReceived' },
  { tag: 'nearMatch-1', quarter: '2021-Q1', notice: 'nearMatch' },
  { tag: 'parcelsOff', quarter: '2021-Q2', notice: 'parcelsOff' },
  { tag: 'late-2', quarter: '2021-Q2', notice: 'late' },
  { tag: 'sanctionedImporter-1', quarter: '2021-Q3', importer: SANCTIONED_IMPORTER },
  { tag: 'duplicate-1', quarter: '2021-Q3', at: 'first', notice: 'duplicate' },
  { tag: 'overdue-2', quarter: '2021-Q4', notice: 'none' },
  { tag: 'mistyped', quarter: '2022-Q1', notice: 'mistyped' },
  { tag: 'priceHigh', quarter: '2022-Q2', zoneId: 'boda', priceFactor: 2.6 },
  { tag: 'receivedBeforeIssued', quarter: '2022-Q2', notice: 'receivedBeforeIssued' },
  { tag: 'overdue-3', quarter: '2022-Q3', notice: 'none' },
  { tag: 'valueOff-1', quarter: '2022-Q4', notice: 'valueOff' },
  { tag: 'duplicate-2', quarter: '2023-Q1', notice: 'duplicate' },
  { tag: 'sanctionedOffice-2', quarter: '2023-Q2', buyingOfficeId: SANCTIONED_OFFICE_ID },
  { tag: 'caratsOff-2', quarter: '2023-Q3', notice: 'caratsOff' },
  { tag: 'late-3', quarter: '2023-Q3', notice: 'late' },
  { tag: 'priceLow', quarter: '2023-Q4', zoneId: 'carnot', priceFactor: 0.4 },
  { tag: 'overdue-4', quarter: '2023-Q4', notice: 'none' },
  { tag: 'sanctionedImporter-2', quarter: '2024-Q1', importer: SANCTIONED_IMPORTER },
  { tag: 'overdue-5', quarter: '2024-Q2', notice: 'none' },
  { tag: 'nearMatch-2', quarter: '2024-Q2', notice: 'nearMatch' },
  { tag: 'late-4', quarter: '2024-Q3', notice: 'late' },
  { tag: 'valueOff-2', quarter: '2024-Q3', notice: 'valueOff' },
  { tag: 'awaiting-1', quarter: '2024-Q4', at: 'last', notice: 'none' },
  { tag: 'awaiting-2', quarter: '2024-Q4', at: 'last', notice: 'none' },
];

/** A confirmation for a certificate number CAR never issued (a gap left by a voided one). */
const UNKNOWN_CERTIFICATE_QUARTER = '2023-Q2';

// ---- issue dates ----

const isWeekday = (date: string) => ![0, 6].includes((dayNumber(date) + 4) % 7); // 1970-01-01 was a Thursday

function monthsOfRegime(): string[] {
  const out: string[] = [];
  for (let m = REGIME.start.slice(0, 7); m <= REGIME.end.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) out.push(m);
  return out;
}

/** Weekdays of a month inside the regime (the end day itself excluded: restrictions lifted). */
function workingDays(month: string): string[] {
  const out: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) {
    if (d >= REGIME.start && d < REGIME.end && isWeekday(d)) out.push(d);
  }
  return out;
}

function issueDays(rng: Random, month: string): string[] {
  const pinned = PINNED_DAYS[month];
  if (pinned) return pinned;
  const covid = month >= '2020-04' && month <= '2020-06' ? 1 : 0; // lockdowns slowed the trade
  const count = Math.max(1, (PER_MONTH[month.slice(0, 4)] ?? 3) + integer(rng, -1, 1) - covid);
  const days = workingDays(month);
  const picked: string[] = [];
  while (picked.length < count) picked.push(...days.splice(integer(rng, 0, days.length - 1), 1));
  return picked.sort();
}

// ---- exports ----

function zoneSpec(id: string) {
  const zone = ZONES.find((z) => z.id === id);
  if (!zone) throw new RangeError(`no zone ${id}`);
  return zone;
}

function drawExport(rng: Random, issuedOn: string): Draft {
  const zones = ZONES.filter((z) => z.compliantFrom <= issuedOn);
  return {
    issuedOn,
    zoneId: weighted(rng, zones, (z) => z.weight).id,
    buyingOfficeId: weighted(rng, BUYING_OFFICES, (o) => o.weight).id,
    importer: weighted(rng, IMPORTERS, (i) => i.weight),
    carats: 300 + 2_300 * rng() ** 1.4, // many mid-size lots, a few large ones
    priceFactor: uniform(rng, 0.85, 1.15),
    valueUsd: 0, parcels: 0, // set once carats are calibrated
    hsCode: weighted(rng, HS_CODES, (h) => h.weight).code,
    notice: 'normal', tag: null, certificate: '',
  };
}

function plantOne(drafts: Draft[], plant: Plant): void {
  const free = drafts.filter((d) => d.tag === null && quarterOf(d.issuedOn) === plant.quarter);
  const index = plant.at === 'first' ? 0 : plant.at === 'last' ? free.length - 1 : Math.floor(free.length / 2);
  const d = free[index];
  if (!d) throw new RangeError(`no export left in ${plant.quarter} for ${plant.tag}`);
  d.tag = plant.tag;
  d.zoneId = plant.zoneId ?? d.zoneId;
  d.buyingOfficeId = plant.buyingOfficeId ?? d.buyingOfficeId;
  d.importer = plant.importer ?? d.importer;
  d.priceFactor *= plant.priceFactor ?? 1;
  d.notice = plant.notice ?? d.notice;
}

/** Scales each year's carats and values to its target, keeping every export's share and price rank. */
function calibrate(rng: Random, drafts: Draft[]): void {
  for (const [year, target] of Object.entries(YEAR_TARGETS)) {
    const ofYear = drafts.filter((d) => d.issuedOn.startsWith(year));
    const rawValue = (d: Draft) => d.carats * zoneSpec(d.zoneId).pricePerCarat * d.priceFactor;
    const caratScale = target.carats / ofYear.reduce((s, d) => s + d.carats, 0);
    const valueScale = target.valueUsd / ofYear.reduce((s, d) => s + rawValue(d), 0);
    for (const d of ofYear) {
      d.valueUsd = Math.round(rawValue(d) * valueScale);
      d.carats = roundTo(d.carats * caratScale, 2);
      d.parcels = Math.min(6, Math.max(1, Math.ceil(d.carats / 600) + integer(rng, -1, 1)));
    }
  }
}

/** CF + six digits in issue order; now and then a number is skipped (a voided certificate). */
function numberCertificates(rng: Random, drafts: Draft[]): void {
  let n = 1_207;
  for (const d of drafts) {
    d.certificate = `CF${String(n).padStart(6, '0')}`;
    n += chance(rng, 0.08) ? 2 : 1;
  }
}

function buildDrafts(seed: number): Draft[] {
  const rng = stream(seed, 'exports');
  const drafts = monthsOfRegime().flatMap((m) => issueDays(rng, m)).map((day) => drawExport(rng, day));
  for (const plant of PLANTS) plantOne(drafts, plant);
  calibrate(rng, drafts);
  numberCertificates(rng, drafts);
  return drafts;
}

function toExport(d: Draft): ExportInput {
  return {
    certificate: d.certificate, issuedOn: d.issuedOn, zoneId: d.zoneId, buyingOfficeId: d.buyingOfficeId,
    importer: d.importer.name, destination: d.importer.destination,
    carats: d.carats, valueUsd: d.valueUsd, parcels: d.parcels, hsCode: d.hsCode,
  };
}

// ---- notifications ----

type Unnumbered = Omit<NotificationInput, 'id'>;

/** The same certificate number with two neighbouring digits swapped, and not itself issued. */
function mistype(certificate: string, issued: ReadonlySet<string>): string {
  const digits = certificate.slice(2).split('');
  for (let i = digits.length - 1; i > 0; i -= 1) {
    const swapped = [...digits];
    [swapped[i - 1], swapped[i]] = [digits[i]!, digits[i - 1]!];
    const candidate = `CF${swapped.join('')}`;
    if (candidate !== certificate && !issued.has(candidate)) return candidate;
  }
  throw new RangeError(`cannot mistype ${certificate}`);
}

/** A confirmation matching the certificate, received a few days to two weeks after issue. */
function faithful(rng: Random, d: Draft): Unnumbered {
  const receivedOn = addDays(d.issuedOn, integer(rng, 3, 12));
  const { participant, authority } = PARTICIPANTS[d.importer.destination]!;
  return {
    certificate: d.certificate, participant, authority,
    receivedOn, notifiedOn: addDays(receivedOn, integer(rng, 1, 12)),
    carats: d.carats, parcels: d.parcels,
    // The KP minimum is number, parcels, carats and parties: value is often left out.
    ...(chance(rng, 0.75) ? { valueUsd: d.valueUsd } : {}),
    importer: d.importer.name,
  };
}

const sign = (rng: Random) => (chance(rng, 0.5) ? 1 : -1);

/** The confirmation(s) of one certificate, varied as its notice says. */
function confirmationsOf(rng: Random, d: Draft, issued: ReadonlySet<string>): Unnumbered[] {
  const n = faithful(rng, d);
  switch (d.notice) {
    case 'normal': return [n];
    case 'none': return [];
    case 'late': return [{ ...n, notifiedOn: addDays(d.issuedOn, integer(rng, 34, 50)) }];
    case 'duplicate': return [n, { ...n, notifiedOn: addDays(n.notifiedOn, integer(rng, 6, 12)) }];
    case 'caratsOff': return [{ ...n, carats: roundTo(d.carats * (1 + sign(rng) * uniform(rng, 0.012, 0.025)), 2) }];
    case 'parcelsOff': return [{ ...n, parcels: d.parcels === 6 ? 5 : d.parcels + 1 }];
    case 'valueOff': return [{ ...n, valueUsd: Math.round(d.valueUsd * (1 + sign(rng) * uniform(rng, 0.03, 0.08))) }];
    // Within the 0.5 % carat and 1 % value tolerances: a scale reading differently, still confirmed.
    case 'nearMatch': return [{ ...n, carats: roundTo(d.carats * 0.998, 2), valueUsd: Math.round(d.valueUsd * 1.004) }];
    case 'notifiedBeforeReceived': return [{ ...n, notifiedOn: addDays(n.receivedOn, -integer(rng, 1, 2)) }];
    case 'receivedBeforeIssued': return [{ ...n, receivedOn: addDays(d.issuedOn, -integer(rng, 2, 5)) }];
    case 'mistyped': return [{ ...n, certificate: mistype(d.certificate, issued) }];
  }
}

/** A confirmation for a skipped number among the given quarter's certificates. */
function unknownCertificate(rng: Random, drafts: Draft[]): Unnumbered {
  const inQuarter = drafts.filter((d) => quarterOf(d.issuedOn) === UNKNOWN_CERTIFICATE_QUARTER);
  const next = inQuarter.find((d, i) => i > 0 && Number(d.certificate.slice(2)) - Number(inQuarter[i - 1]!.certificate.slice(2)) > 1);
  if (!next) throw new RangeError(`no voided certificate number in ${UNKNOWN_CERTIFICATE_QUARTER}`);
  const voided = `CF${String(Number(next.certificate.slice(2)) - 1).padStart(6, '0')}`;
  const n = faithful(rng, { ...next, importer: IMPORTERS[3]!, carats: roundTo(next.carats * 0.61, 2), parcels: 2 });
  return { ...n, certificate: voided };
}

/** Code-unit order, not the locale's: the file must not depend on the machine. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function buildNotifications(seed: number, drafts: Draft[]): NotificationInput[] {
  const rng = stream(seed, 'notifications');
  const issued = new Set(drafts.map((d) => d.certificate));
  const all = [...drafts.flatMap((d) => confirmationsOf(rng, d, issued)), unknownCertificate(rng, drafts)];
  // In the order the Monitoring Team received them.
  all.sort((a, b) => compareText(a.notifiedOn, b.notifiedOn) || compareText(a.certificate, b.certificate));
  return all.map((n, i) => ({ id: `N${String(i + 1).padStart(4, '0')}`, ...n }));
}

// ---- reviews ----

const SIGNATORIES = [
  'Monitoring Team chair (government)',
  'Monitoring Team focal point (industry)',
  'Monitoring Team focal point (civil society)',
];

const usd = (n: number) => `US$${Math.round(n).toLocaleString('en-US')}`;
const ct = (n: number) => `${Math.round(n).toLocaleString('en-US')} ct`;

function tagged(drafts: Draft[], tag: string): Draft {
  const d = drafts.find((x) => x.tag === tag);
  if (!d) throw new RangeError(`no planted export ${tag}`);
  return d;
}

function officeName(id: string): string {
  return BUYING_OFFICES.find((o) => o.id === id)?.name ?? id;
}

/** The largest office of a quarter, to show how far below the decree's minimum it stays. */
function largestOffice(exports: ExportInput[]): { name: string; valueUsd: number } {
  const byOffice = new Map<string, number>();
  for (const e of exports) byOffice.set(e.buyingOfficeId, (byOffice.get(e.buyingOfficeId) ?? 0) + e.valueUsd);
  const [id, valueUsd] = [...byOffice].sort((a, b) => b[1] - a[1])[0]!;
  return { name: officeName(id), valueUsd };
}

function review2020Q4(drafts: Draft[], exports: ExportInput[]): ReviewInput {
  const sanctioned = tagged(drafts, 'sanctionedOffice-1');
  const late = tagged(drafts, 'late-1');
  const largest = largestOffice(exports.filter((e) => quarterOf(e.issuedOn) === '2020-Q4'));
  return {
    quarter: '2020-Q4', status: 'final',
    findings: [
      { id: '2020-Q4-1', severity: 'critical', certificates: [sanctioned.certificate], text: `Certificate ${sanctioned.certificate} was exported by ${officeName(sanctioned.buyingOfficeId)}, a buying office under sanctions. The Team asked BECDOR why the certificate was issued and informed the importing participant.` },
      { id: '2020-Q4-2', severity: 'concern', certificates: [late.certificate], text: `The confirmation of receipt for ${late.certificate} reached the Team after the 30-day due time.` },
      { id: '2020-Q4-3', severity: 'info', text: `No buying office reached the US$3 million a quarter set by the September 2019 decree; the largest, ${largest.name}, exported ${usd(largest.valueUsd)}.` },
    ],
    signedOff: { by: SIGNATORIES, on: '2021-02-26' },
  };
}

function review2021Q3(drafts: Draft[], exports: ExportInput[]): ReviewInput {
  const sanctioned = tagged(drafts, 'sanctionedImporter-1');
  const duplicate = tagged(drafts, 'duplicate-1');
  const now = totalsOf(exports.filter((e) => quarterOf(e.issuedOn) === '2021-Q3'));
  const before = totalsOf(exports.filter((e) => quarterOf(e.issuedOn) === '2021-Q2'));
  return {
    quarter: '2021-Q3', status: 'final',
    findings: [
      { id: '2021-Q3-1', severity: 'critical', certificates: [sanctioned.certificate], text: `Certificate ${sanctioned.certificate} names the importer ${sanctioned.importer.name}, which is on the sanctions list. The Team referred the shipment to the CAR authorities and to the importing participant.` },
      { id: '2021-Q3-2', severity: 'info', certificates: [duplicate.certificate], text: `The importing authority confirmed ${duplicate.certificate} twice; the second confirmation repeats the first and is not counted again.` },
      { id: '2021-Q3-3', severity: 'info', text: `${now.exports} certificates for ${ct(now.carats)} and ${usd(now.valueUsd)}, against ${before.exports} certificates for ${ct(before.carats)} in 2021-Q2.` },
    ],
    signedOff: { by: SIGNATORIES, on: '2021-11-05' },
  };
}

function review2024Q3(drafts: Draft[]): ReviewInput {
  const late = tagged(drafts, 'late-4');
  const value = tagged(drafts, 'valueOff-2');
  return {
    quarter: '2024-Q3', status: 'draft',
    findings: [
      { id: '2024-Q3-1', severity: 'concern', certificates: [value.certificate], text: `The confirmation for ${value.certificate} states a value that differs from the certificate by more than the 1 % tolerance; BECDOR and the importing authority have been asked to check.` },
      { id: '2024-Q3-2', severity: 'concern', certificates: [late.certificate], text: `The confirmation of receipt for ${late.certificate} arrived after the 30-day due time.` },
    ],
    signedOff: null,
  };
}

// ---- the document ----

export function buildSample(seed = DEFAULT_SEED): DatasetInput {
  const drafts = buildDrafts(seed);
  const exports = drafts.map(toExport);
  return {
    schemaVersion: 1,
    meta: {
      title: 'CAR rough-diamond exports under the KP Operational Framework (synthetic sample)',
      asOf: AS_OF,
      synthetic: true,
      sources: [
        { label: 'U.S. Department of State: statement on the Kimberley Process Plenary, New Delhi, 18–22 November 2019 (eight compliant zones, exports at will, quarterly reviews, importer notifications)' },
        { label: 'U.S. Department of State: statement on the Kimberley Process Plenary, Moscow, 8–12 November 2021 (exports from the compliant zones increased over two years)' },
        { label: 'Kimberley Process Plenary, Dubai, 15 November 2024: remaining restrictions on the Central African Republic lifted' },
        { label: 'Public press figures for legal CAR exports (about 50,400 ct in 2020, about 94,000 ct in 2021): yearly totals here are calibrated on them; other years are extrapolated; every shipment is made up' },
      ],
    },
    settings: { notificationDueDays: 30, caratTolerancePct: 0.5, valueTolerancePct: 1, priceOutlierFactor: 2, minQuarterlyExportUsd: 3_000_000 },
    regime: REGIME,
    zones: zoneRecords(stream(seed, 'zones')),
    restrictedAreas: restrictedAreaRecords(stream(seed, 'restricted')),
    buyingOffices: BUYING_OFFICES.map(({ id, name, sanctioned }) => ({ id, name, sanctioned })),
    sanctionedEntities: SANCTIONED_ENTITIES,
    exports,
    notifications: buildNotifications(seed, drafts),
    reviews: [review2020Q4(drafts, exports), review2021Q3(drafts, exports), review2024Q3(drafts)],
  };
}
