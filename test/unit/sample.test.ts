/**
 * The committed sample (public/data/sample.json): valid, fresh, calibrated on
 * the public figures, and showing every status, flag and quality problem the
 * dashboard knows, so every view has something real to show.
 */
import { readFileSync } from 'node:fs';
import {
  FLAG_KINDS, parseDataset, reconcile, regimeQuarters, reviewQuarter, totalsOf, type Dataset,
} from '../../src/core';
import { buildSample } from '../../scripts/sample/build';

const text = readFileSync(new URL('../../public/data/sample.json', import.meta.url), 'utf8');
const parsed = parseDataset(JSON.parse(text));
if (!parsed.ok) throw new Error(`sample rejected: ${JSON.stringify(parsed.errors.slice(0, 5))}`);
const dataset: Dataset = parsed.dataset;
const asOf = dataset.meta.asOf ?? '';
const rec = reconcile(dataset, asOf);

const yearTotals = (year: string) => totalsOf(dataset.exports.filter((e) => e.issuedOn.startsWith(year)));
const within = (actual: number, expected: number, pct: number) => Math.abs(actual - expected) <= (expected * pct) / 100;

describe('the committed sample', () => {
  it('loads with no structural error and exactly the two planted quality problems', () => {
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.quality.map((q) => q.code).sort()).toEqual(['notifiedBeforeReceived', 'receivedBeforeIssued']);
  });

  it('is what the generator builds today (deterministic and fresh: run `npm run sample`)', () => {
    expect(`${JSON.stringify(buildSample(), null, 2)}\n`).toBe(text);
    expect(JSON.stringify(buildSample(7))).not.toBe(JSON.stringify(buildSample()));
  });

  it('says it is synthetic and is computed as of a fixed date after the regime', () => {
    expect(dataset.meta.synthetic).toBe(true);
    expect(asOf).toBe('2024-12-10');
    expect(dataset.regime).toEqual({ start: '2019-11-22', end: '2024-11-15' });
  });

  it('has the eight compliant zones, all compliant by 2 December 2019', () => {
    expect(dataset.zones.map((z) => z.name)).toEqual(
      ['Berbérati', 'Boda', 'Carnot', 'Nola', 'Gadzi', 'Boganda', 'Boganangone', 'Bagandou']);
    expect(dataset.zones.every((z) => z.compliantFrom <= '2019-12-02' && z.compliantUntil === null)).toBe(true);
    expect(dataset.zones.filter((z) => z.compliantFrom <= '2019-10-07')).toHaveLength(6);
  });

  it('draws closed indicative zone shapes that do not overlap', () => {
    const reach = dataset.zones.map((z) => {
      const ring = z.boundary?.type === 'Polygon' ? z.boundary.coordinates[0] ?? [] : [];
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(z.boundaryIndicative).toBe(true);
      return Math.max(...ring.map(([lon = 0, lat = 0]) => Math.hypot(lon - z.location.lon, lat - z.location.lat)));
    });
    dataset.zones.forEach((a, i) => dataset.zones.forEach((b, j) => {
      if (i < j) expect(reach[i]! + reach[j]!).toBeLessThan(Math.hypot(a.location.lon - b.location.lon, a.location.lat - b.location.lat));
    }));
  });

  it('matches the public figures for 2020 and 2021 within 5 %', () => {
    expect(within(yearTotals('2020').carats, 50_400, 5)).toBe(true);
    expect(within(yearTotals('2020').valueUsd, 7_200_000, 5)).toBe(true);
    expect(within(yearTotals('2021').carats, 94_000, 5)).toBe(true);
    expect(within(yearTotals('2021').valueUsd, 10_300_000, 5)).toBe(true);
  });

  it('shows every reconciliation status, late and duplicate confirmations, and unmatched ones', () => {
    const statuses = new Set(rec.exports.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['awaiting', 'confirmed', 'discrepancy', 'overdue']);
    expect(rec.exports.some((r) => r.late)).toBe(true);
    expect(rec.exports.some((r) => r.duplicates.length > 0)).toBe(true);
    expect(rec.unmatched.length).toBeGreaterThan(0);
    const fields = new Set(rec.exports.flatMap((r) => r.differences.map((d) => d.field)));
    expect([...fields].sort()).toEqual(['carats', 'parcels', 'valueUsd']);
  });

  it('raises every kind of flag in some regime quarter', () => {
    const kinds = new Set(regimeQuarters(dataset.regime, asOf)
      .flatMap((q) => reviewQuarter(dataset, q, asOf, rec).flags.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual([...FLAG_KINDS].sort());
  });

  it('lists the fictional sanctioned importer in other case and spacing, so only the normalised match finds it', () => {
    const written = (JSON.parse(text) as { sanctionedEntities: Array<{ name: string }> }).sanctionedEntities.map((s) => s.name);
    const importers = [...new Set(dataset.exports.map((e) => e.importer))];
    const normalise = (name: string) => name.trim().toLowerCase();
    const fictional = written.filter((name) => importers.some((i) => normalise(i) === normalise(name)));
    expect(fictional).toHaveLength(1);
    expect(importers).not.toContain(fictional[0]);
    expect(fictional[0]).not.toBe(fictional[0]?.trim());
  });

  it('never makes the real UN-listed entities a party to a synthetic export', () => {
    const parties = [
      ...dataset.exports.map((e) => e.importer),
      ...dataset.buyingOffices.map((o) => o.name),
    ].map((n) => n.toUpperCase());
    for (const real of ['BADICA', 'KARDIAM']) {
      expect(dataset.sanctionedEntities.map((s) => s.name)).toContain(real);
      expect(parties.some((p) => p.includes(real))).toBe(false);
    }
  });

  it('signs final reviews off after the confirmations their findings cite', () => {
    const finals = dataset.reviews.filter((r) => r.status === 'final');
    expect(finals.length).toBeGreaterThan(0);
    expect(dataset.reviews.some((r) => r.status === 'draft' && r.signedOff === null)).toBe(true);
    for (const review of finals) {
      const cited = new Set(review.findings.flatMap((f) => f.certificates ?? []));
      const notices = dataset.notifications.filter((n) => cited.has(n.certificate));
      expect(notices.every((n) => n.notifiedOn <= (review.signedOff?.on ?? ''))).toBe(true);
    }
  });
});
