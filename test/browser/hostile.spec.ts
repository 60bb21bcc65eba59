/**
 * Hostile strings stay text. The embedded sample with markup and script in
 * every text field (titles, names, notes, importers, authorities, findings,
 * certificates, sources and their URLs) is loaded in the built app, under its
 * Content-Security-Policy; every view is visited (the map with a zone open,
 * the notifications with the detail panel, the review with findings, data
 * quality, present) and nothing runs: no `window.__pwned`, no dialog, no
 * element made from a payload, no policy violation; the payloads show as text.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { parseDataset, quarterOf, type DatasetInput } from '../../src/core';
import { path, readJson } from './helpers';

const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "' onmouseover='window.__pwned=1' x='",
  '<a href="javascript:window.__pwned=1">click me</a>',
  '{{constructor.constructor(\'window.__pwned=1\')()}}',
  '<style>body{display:none}</style>',
  // Formulas, first in the cell as a spreadsheet would read them.
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A9)',
];
/** A certificate number cannot hold spaces: markup without them. */
const CERT_PAYLOAD = '<img/src=x/onerror=window.__pwned=1>';

test.describe.configure({ mode: 'default' });

let placed = 0;
let p = 0;
/** The next payload after `prefix` (kept so each string stays distinct and findable). */
function hostile(prefix: string): string {
  placed += 1;
  p = (p + 1) % PAYLOADS.length;
  const payload = PAYLOADS[p]!;
  return /^[=+\-@]/.test(payload) ? `${payload} ${prefix}` : `${prefix} ${payload}`;
}

function hostileDataset() {
  const d = readJson('public/data/sample.json') as DatasetInput;
  d.meta.title = `Sample ${PAYLOADS[1]}`;
  d.meta.sources = [
    { label: hostile('Source with a script address'), url: 'javascript:window.__pwned=1' },
    { label: hostile('Source with a data address'), url: 'data:text/html,<script>window.__pwned=1</script>' },
    { label: 'Kimberley Process', url: 'https://www.kimberleyprocess.com/' },
    { label: hostile('Source with a markup address'), url: '"><img src=x onerror=window.__pwned=1>' },
  ];
  placed += 2;
  d.zones.forEach((z, i) => {
    z.name = hostile(z.name);
    z.prefecture = hostile(z.prefecture);
    // Markup in every note (the first zone's is an <img onerror>).
    z.note = `Note ${PAYLOADS[i % 7]}`;
    placed += 1;
  });
  for (const a of d.restrictedAreas ?? []) a.name = hostile(a.name);
  // Buying offices lead with a formula (the review's CSV names them all).
  d.buyingOffices.forEach((o, i) => {
    o.name = `${PAYLOADS[PAYLOADS.length - 4 + (i % 4)]} ${o.name}`;
    placed += 1;
  });
  d.sanctionedEntities = [...(d.sanctionedEntities ?? []), { name: hostile('Sanctioned') }];
  const renamed = new Map<string, string>();
  d.exports.forEach((e, i) => {
    e.importer = hostile(e.importer);
    e.hsCode = hostile('HS');
    if (i % 10 === 0) {
      const cert = `${e.certificate}${CERT_PAYLOAD}`;
      renamed.set(e.certificate, cert);
      e.certificate = cert;
      placed += 1;
    }
  });
  for (const n of d.notifications) {
    n.certificate = renamed.get(n.certificate) ?? n.certificate;
    n.authority = hostile(n.authority ?? 'Authority');
    n.importer = hostile(n.importer ?? 'Importer');
    n.participant = hostile(n.participant);
  }
  for (const r of d.reviews ?? []) {
    for (const f of r.findings) {
      f.text = hostile(f.text);
      f.certificates = [...(f.certificates ?? []).map((c) => renamed.get(c) ?? c), hostile('CF-unknown')];
    }
    if (r.signedOff) r.signedOff.by = r.signedOff.by.map((name) => hostile(name));
  }
  const parsed = parseDataset(d);
  if (!parsed.ok) throw new Error(`the hostile dataset must load: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { input: d, dataset: parsed.dataset, renamed };
}

const { input, dataset, renamed } = hostileDataset();
const TEXT = JSON.stringify(input);
const reviewed = dataset.reviews[0]!;
const hostileCert = [...renamed.values()][3]!;
let routesVisited = 0;

test.afterAll(() => {
  console.log(`hostile strings: ${placed} payloads placed in the dataset's text fields (${PAYLOADS.length + 1} kinds), ${routesVisited} views visited, none ran`);
});

/** What any payload would leave if it had become markup or script. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload], iframe, [onerror], [onmouseover], a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
  await expect(page.locator('style', { hasText: 'display:none' })).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  routesVisited += 1;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.route(path('/hostile.json'), (route) => route.fulfill({ contentType: 'application/json', body: TEXT }));
});

test('the built app carries a Content-Security-Policy that forbids inline and injected script', async ({ page }) => {
  await page.goto('/map');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  // Injected script is refused by the browser itself.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.body.append(s);
    return (window as unknown as { __injected?: number }).__injected;
  });
  expect(ran).toBeUndefined();
});

test('every view shows the payloads as text and runs none of them', async ({ page }) => {
  test.setTimeout(60_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const q = `data=${encodeURIComponent('/hostile.json')}`;
  const zone = dataset.zones[0]!;

  await page.goto(`/map?${q}&zone=${zone.id}`);
  const panel = page.getByRole('complementary').filter({ hasText: zone.note });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(zone.note)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(dataset.meta.title);
  await expect(page.locator('.zone-label', { hasText: zone.name }).first()).toBeVisible();
  await expectNothingRan(page, dialogs);

  const exp = dataset.exports.find((e) => e.certificate === hostileCert)!;
  await page.goto(`/notifications?${q}&quarter=all&cert=${encodeURIComponent(hostileCert)}`);
  const detail = page.getByRole('complementary', { name: `Certificate ${hostileCert}` });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText(exp.importer);
  await expect(page.getByRole('table').first()).toContainText(CERT_PAYLOAD);
  await expectNothingRan(page, dialogs);

  await page.goto(`/review/${reviewed.quarter}?${q}`);
  const findings = page.getByRole('table', { name: `Findings, ${reviewed.quarter}` });
  await expect(findings).toContainText(reviewed.findings[0]!.text);
  await expect(page.getByRole('main')).toContainText(reviewed.signedOff!.by[0]!);
  await expectNothingRan(page, dialogs);

  // Another quarter's review: flags and tables name the hostile offices, zones and importers.
  await page.goto(`/review/${quarterOf(exp.issuedOn)}?${q}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quarterly review ${quarterOf(exp.issuedOn)}`);
  await expect(page.getByRole('main')).toContainText(dataset.zones[0]!.name);
  await expectNothingRan(page, dialogs);

  await page.goto(`/quality?${q}`);
  const sources = page.getByRole('region', { name: 'Sources of this dataset' });
  await expect(sources).toContainText(dataset.meta.sources![0]!.label);
  await expect(sources).toContainText('javascript:window.__pwned=1');
  // Only the http(s) address is a link.
  await expect(sources.getByRole('link')).toHaveCount(1);
  await expect(sources.getByRole('link', { name: 'Kimberley Process' })).toHaveAttribute('href', 'https://www.kimberleyprocess.com/');
  await expectNothingRan(page, dialogs);

  await page.goto(`/present?${q}`);
  await expect(page.getByRole('main')).toContainText(dataset.meta.title);
  await expectNothingRan(page, dialogs);
});

test('CSV downloads of hostile data neutralise formulas: notifications and the review', async ({ page }) => {
  const q = `data=${encodeURIComponent('/hostile.json')}`;
  // Cells as a spreadsheet reads them; any that starts like a formula (and is not a plain number) would run.
  const formulaCells = (csv: string) => (Papa.parse<string[]>(csv.trim()).data).flat()
    .filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));

  await page.goto(`/notifications?${q}&quarter=all`);
  const [notifications] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download CSV/ }).click(),
  ]);
  const listCsv = readFileSync((await notifications.path())!, 'utf8');
  for (const neutralised of [`'=HYPERLINK(""http://evil.example"",""x"")`, "'+cmd", "'-2+3", "'@SUM(A1:A9)"]) expect(listCsv).toContain(neutralised);
  expect(formulaCells(listCsv)).toEqual([]);

  await page.goto(`/review/${reviewed.quarter}?${q}`);
  const [review] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const reviewCsv = readFileSync((await review.path())!, 'utf8');
  // The offices with exports that quarter, each leading with a formula, written neutralised.
  expect(reviewCsv.match(/'[=+\-@]/g)?.length ?? 0).toBeGreaterThan(0);
  expect(formulaCells(reviewCsv)).toEqual([]);
});
