/**
 * Hostile strings stay text, and exports are safe:
 * - the source tree never writes HTML from strings or evaluates code;
 * - every CSV the app writes goes through the core's writer, and each export
 *   path neutralises cells a spreadsheet would run (=, +, -, @, tab, CR);
 * - links from data are only http(s);
 * - validation without zod's compiled fast path (the page's CSP forbids eval)
 *   gives the same results.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import {
  parseDataset, reconcile, reviewQuarter, reviewToCsv, datasetSchema, type Dataset,
} from '../../src/core';
import { mergeReviewEdit } from '../../src/core/reviewMerge';
import { safeHttpUrl } from '../../src/lib/safe-url';
import { tableCsv } from '../../src/features/notifications/exportCsv';
import { EXPORT_COLUMNS, NOTIFICATION_COLUMNS } from '../../src/features/notifications/columns';
import { buildRows } from '../../src/features/notifications/rows';
import { AS_OF, fixtureInput, load } from './fixture';

const ROOT = join(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

const sources = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'scripts'))]
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** The cells a spreadsheet would run as a formula. */
const FORMULA = /^[=+\-@\t\r]/;
const PAYLOADS = ['=HYPERLINK("http://evil.example","x")', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];

/** Every text cell of a CSV that starts like a formula must carry the neutralising quote. */
function unsafeCells(csv: string): string[] {
  const { data } = Papa.parse<string[]>(csv.trim(), { header: false });
  return data.slice(1).flat().filter((cell) => FORMULA.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
}

/** The fixture with a formula payload in every text field the CSV exports write. */
function hostileDataset(): Dataset {
  const d = fixtureInput() as any;
  let i = 0;
  const next = () => PAYLOADS[(i += 1) % PAYLOADS.length]!;
  for (const z of d.zones) z.name = next();
  for (const o of d.buyingOffices) o.name = next();
  for (const e of d.exports) e.importer = next();
  for (const n of d.notifications) {
    n.participant = next();
    n.authority = next();
    n.importer = next();
  }
  d.notifications.push({ ...d.notifications[0], id: '=UNMATCHED()', certificate: '@nowhere' });
  return load(d);
}

describe('hostile strings stay text', () => {
  it('no HTML is written from strings and no code is evaluated anywhere in src or scripts', () => {
    const forbidden = [/dangerouslySetInnerHTML/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /\beval\(/, /new Function\(/];
    const hits = sources.flatMap(({ path, text }) => forbidden.filter((re) => re.test(text)).map((re) => `${path}: ${re}`));
    expect(hits).toEqual([]);
  });

  it('only http(s) addresses from data become links', () => {
    expect(safeHttpUrl('https://www.kimberleyprocess.com/en/x?y=1')).toBe('https://www.kimberleyprocess.com/en/x?y=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:window.__pwned=1', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative/path', '//evil.example/x', '', undefined, 'https://a b']) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
});

describe('CSV exports are safe', () => {
  it('every CSV the app writes goes through the core writer (toCsv), which neutralises formulas', () => {
    // Papa.unparse (or any hand-made CSV) only in core/csv.ts.
    expect(sources.filter(({ text }) => /\bunparse\(/.test(text)).map((s) => s.path)).toEqual(['src/core/csv.ts']);
    expect(sources.filter(({ text }) => /escapeFormulae/.test(text)).map((s) => s.path)).toEqual(['src/core/csv.ts']);
    // Every place that hands a CSV to the browser or the terminal, and where its text comes from.
    const writers = sources.filter(({ text }) => /'text\/csv'|format === 'csv'/.test(text)).map((s) => s.path).sort();
    expect(writers).toEqual([
      'scripts/cli/review.ts',
      'src/features/notifications/NotificationsView.tsx',
      'src/features/review/ReportParts.tsx',
    ]);
    const text = (path: string) => sources.find((s) => s.path === path)!.text;
    expect(text('scripts/cli/review.ts')).toMatch(/reviewToCsv\(/);
    expect(text('src/features/review/ReportParts.tsx')).toMatch(/reviewToCsv\(/);
    expect(text('src/features/notifications/Tables.tsx')).toMatch(/onDownload\(import\('\.\/exportCsv'\)\.then\(\(\{ tableCsv \}\) => tableCsv\(/);
    expect(text('src/core/reviewFormat.ts')).toMatch(/return toCsv\(/);
    expect(text('src/features/notifications/exportCsv.ts')).toMatch(/return toCsv\(/);
  });

  it('the review CSV neutralises =, +, -, @ in every name it writes', () => {
    const d = hostileDataset();
    const rec = reconcile(d, AS_OF);
    const csv = reviewToCsv(reviewQuarter(d, '2021-Q3', AS_OF, rec), d);
    expect(csv).toContain("'=HYPERLINK");
    expect(unsafeCells(csv)).toEqual([]);
  });

  it('the notifications lists\' CSV neutralises them in every column', () => {
    const d = hostileDataset();
    const rows = buildRows(d, reconcile(d, AS_OF), [], new Set());
    const exportsCsv = tableCsv(EXPORT_COLUMNS, rows.exports);
    const unmatchedCsv = tableCsv(NOTIFICATION_COLUMNS, rows.unmatched);
    const duplicatesCsv = tableCsv(NOTIFICATION_COLUMNS, rows.duplicates);
    expect(rows.unmatched.length).toBeGreaterThan(0);
    expect(rows.duplicates.length).toBeGreaterThan(0);
    for (const csv of [exportsCsv, unmatchedCsv, duplicatesCsv]) {
      expect(csv).toMatch(/'[=+@-]/);
      expect(unsafeCells(csv)).toEqual([]);
    }
    // Negative numbers stay numbers.
    expect(Papa.parse<string[]>(tableCsv(EXPORT_COLUMNS.filter((c) => c.id === 'carats'), rows.exports.slice(0, 1))).data[1]).toEqual([String(rows.exports[0]!.carats)]);
  });
});

describe('validation without eval (the page runs zod jitless under its CSP)', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('the page\'s setup (src/lib/zod-setup.ts) is the switch zod reads', async () => {
    expect(z.config().jitless).toBeFalsy();
    await import('../../src/lib/zod-setup');
    expect(z.config().jitless).toBe(true);
  });

  it('gives the same results as the compiled fast path, on valid and broken documents', () => {
    const good = fixtureInput();
    const bad = fixtureInput() as any;
    bad.exports[2].carats = 'lots';
    bad.zones[0].location = { lat: 200 };
    const run = () => [parseDataset(structuredClone(good)), parseDataset(structuredClone(bad))];
    const compiled = run();
    z.config({ jitless: true });
    const jitless = run();
    expect(jitless).toEqual(compiled);
    expect(jitless[0]!.ok).toBe(true);
    expect(jitless[1]!.ok).toBe(false);
  });

  it('is fast enough on the embedded sample (timed both ways)', () => {
    const sample = JSON.parse(readFileSync(join(ROOT, 'public/data/sample.json'), 'utf8'));
    const time = () => {
      const start = performance.now();
      for (let i = 0; i < 5; i += 1) expect(datasetSchema.safeParse(sample).success).toBe(true);
      return (performance.now() - start) / 5;
    };
    time(); // warm up
    const compiled = time();
    z.config({ jitless: true });
    time();
    const jitless = time();
    console.log(`zod on the embedded sample (${sample.exports.length} exports): ${compiled.toFixed(1)} ms compiled, ${jitless.toFixed(1)} ms jitless`);
    expect(jitless).toBeLessThan(2000);
  });
});

describe('two tabs editing the same review', () => {
  const empty = { quarter: '2021-Q3', status: 'draft' as const, findings: [], signedOff: null };
  const f = (id: string, text: string) => ({ id, severity: 'info' as const, text });

  it('keeps both tabs\' findings, renumbering one added under the same number', () => {
    const stored = { ...empty, findings: [f('2021-Q3-1', 'from tab A')] };
    const next = { ...empty, findings: [f('2021-Q3-1', 'from tab B')] };
    const { record, concurrent, conflicts } = mergeReviewEdit(stored, empty, next);
    expect(concurrent).toBe(true);
    expect(conflicts).toEqual([]);
    expect(record.findings).toEqual([f('2021-Q3-1', 'from tab A'), f('2021-Q3-2', 'from tab B')]);
  });

  it('applies this tab\'s deletes and edits on top of the other tab\'s, and says where both touched the same finding', () => {
    const base = { ...empty, findings: [f('1', 'one'), f('2', 'two'), f('3', 'three')] };
    const stored = { ...base, findings: [f('1', 'one, edited there'), f('2', 'two'), f('3', 'three'), f('4', 'four, added there')] };
    const next = { ...base, findings: [f('1', 'one, edited here'), f('3', 'three')] };
    const { record, conflicts } = mergeReviewEdit(stored, base, next);
    expect(record.findings).toEqual([f('1', 'one, edited here'), f('3', 'three'), f('4', 'four, added there')]);
    expect(conflicts).toEqual(["finding 1 was edited in both tabs; this tab's version is kept"]);
  });

  it('is this tab\'s record as is when nobody else changed it', () => {
    const next = { ...empty, findings: [f('1', 'x')] };
    expect(mergeReviewEdit(empty, empty, next)).toEqual({ record: next, concurrent: false, conflicts: [] });
  });
});
