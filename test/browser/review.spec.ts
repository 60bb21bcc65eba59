import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { QuarterlyReview } from '../../src/core';
import { carats, sample } from './helpers';

const QUARTER = '2021-Q3';
const REPORT_DIR = 'test-results/review-report';

/** What `npm run review` prints for the embedded sample. */
function cli(quarter: string, format: 'json' | 'csv' = 'json'): string {
  return execFileSync('node_modules/.bin/tsx', ['scripts/cli/review.ts', 'public/data/sample.json', '--quarter', quarter, '--format', format], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

const usd = (n: number) => `US$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
const perCarat = (n: number | null) => (n === null ? '—' : `US$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}/ct`);

async function rowCells(page: Page, table: string | RegExp, row: RegExp) {
  return page.getByRole('table', { name: table }).getByRole('row', { name: row }).getByRole('cell').allTextContents();
}

test("the figures on screen are the CLI's for the same quarter, and the downloads are its output", async ({ page }) => {
  const review = JSON.parse(cli(QUARTER)) as QuarterlyReview;
  const d = sample();
  await page.goto(`/review/${QUARTER}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quarterly review ${QUARTER}`);
  expect(review.asOf).toBe(d.meta.asOf);
  await expect(page.getByText('statuses as of 10 Dec 2024')).toBeVisible();

  const headline = /^Headline figures/;
  expect((await rowCells(page, headline, /^Exports/))[0]).toBe(String(review.totals.exports));
  expect((await rowCells(page, headline, /^Carats/))[0]).toBe(carats(review.totals.carats));
  expect((await rowCells(page, headline, /^Value/))[0]).toBe(usd(review.totals.valueUsd));
  expect((await rowCells(page, headline, /^Price per carat/))[0]).toBe(perCarat(review.totals.pricePerCarat));
  // The previous quarter's totals are in the CLI's JSON too.
  expect((await rowCells(page, headline, /^Carats/))[1]).toBe(carats(review.previous.totals.carats));
  const r = review.reconciliation;
  const share = Math.round((r.confirmed / review.totals.exports) * 10000) / 100;
  expect((await rowCells(page, headline, /^Share confirmed/))[0]).toBe(`${share}%`);
  expect((await rowCells(page, headline, /^Overdue/))[0]).toBe(String(r.overdue));
  expect((await rowCells(page, headline, /^Discrepancies/))[0]).toBe(String(r.discrepancy));
  expect((await rowCells(page, headline, /^Late/))[0]).toBe(String(r.late));
  expect((await rowCells(page, headline, /^Unmatched/))[0]).toBe(String(r.unmatched));
  expect((await rowCells(page, headline, /^Median days/))[0]).toBe(String(r.medianDaysToNotify));

  const counts = page.getByLabel(`Reconciliation, ${QUARTER}`);
  for (const [label, n] of [['Confirmed', r.confirmed], ['Awaiting', r.awaiting], ['Duplicate notifications', r.duplicate]] as const) {
    await expect(counts.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd')).toHaveText(String(n));
  }

  const zoneName = new Map(d.zones.map((z) => [z.id, z.name]));
  for (const z of review.byZone) {
    expect(await rowCells(page, `Exports by zone, ${QUARTER}`, new RegExp(`^${zoneName.get(z.zoneId)} `)))
      .toEqual([String(z.exports), carats(z.carats), usd(z.valueUsd), perCarat(z.pricePerCarat)]);
  }
  const officeName = new Map(d.buyingOffices.map((o) => [o.id, o.name]));
  for (const o of review.byBuyingOffice) {
    const cells = await rowCells(page, `Exports by buying office, ${QUARTER}`, new RegExp(`^${officeName.get(o.buyingOfficeId)} `));
    expect(cells.slice(0, 4)).toEqual([String(o.exports), carats(o.carats), usd(o.valueUsd), perCarat(o.pricePerCarat)]);
    expect(cells[4]).toMatch(o.belowMinimum ? /^Below/ : /^At or above/);
  }
  const destinations = page.getByRole('table', { name: `Exports by destination, ${QUARTER}` }).locator('tbody tr');
  await expect(destinations).toHaveCount(review.byDestination.length);
  for (const [i, dest] of review.byDestination.entries()) {
    await expect(destinations.nth(i).getByRole('cell')).toHaveText([String(dest.exports), carats(dest.carats), usd(dest.valueUsd), perCarat(dest.pricePerCarat)]);
  }
  const flagged = (kind: string) => review.flags.filter((f) => f.kind === kind).length;
  const checks = page.getByRole('table', { name: `Checks, ${QUARTER}` });
  for (const [title, kind] of [['Sanctioned party', 'sanctionedParty'], ['Buying office below minimum', 'officeBelowMinimum'], ['Price outlier', 'priceOutlier']] as const) {
    const n = flagged(kind);
    await expect(checks.getByRole('row', { name: new RegExp(`^${title}`) }).getByRole('cell').first()).toHaveText(n === 0 ? 'none' : String(n));
  }

  // One control is labelled Quarter (other views' tests pick it by that label).
  await expect(page.getByLabel('Quarter')).toHaveCount(1);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(json.suggestedFilename()).toBe(`review-${QUARTER}.json`);
  expect(readFileSync(await json.path(), 'utf8')).toBe(cli(QUARTER));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe(`review-${QUARTER}.csv`);
  expect(readFileSync(await csv.path(), 'utf8')).toBe(cli(QUARTER, 'csv'));
});

test('a flag links to its record in the Notifications view', async ({ page }) => {
  const review = JSON.parse(cli(QUARTER)) as QuarterlyReview;
  const sanctioned = review.flags.find((f) => f.kind === 'sanctionedParty')!.certificate!;
  await page.goto(`/review/${QUARTER}`);
  // A mark on the page tells an in-app navigation from the browser loading a new page.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('table', { name: /^Sanctioned party, / }).getByRole('link', { name: sanctioned }).click();
  await expect(page).toHaveURL(`/notifications?quarter=${QUARTER}&cert=${sanctioned}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('findings and sign-off are kept in this browser across a reload', async ({ page }) => {
  await page.goto('/review/2024-Q3');
  const form = page.getByRole('form', { name: 'New finding' });
  await form.getByLabel('Severity').selectOption('info');
  await form.getByLabel('Finding', { exact: true }).fill('Checked with BECDOR: nothing further.');
  await form.getByRole('button', { name: 'Add finding' }).click();
  const signOff = page.getByRole('form', { name: 'Sign-off' });
  await signOff.getByLabel('Signed by').fill('Ana Diallo');
  await signOff.getByLabel('Date signed').fill('2024-11-20');
  await signOff.getByRole('button', { name: 'Sign off as final' }).click();
  await expect(page.getByRole('button', { name: 'Reopen review' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('1 local change, not in the source')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Findings, 2024-Q3' }).getByRole('row', { name: /^2024-Q3-3 Information Checked with BECDOR/ })).toBeVisible();
  await expect(page.getByText('Signed off on 20 Nov 2024 by:')).toBeVisible();
  await expect(page.getByRole('form', { name: 'New finding' })).toHaveCount(0);
});

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

test('the report prints to an A4 PDF: title page, figures, charts, flags, findings, sign-off, page numbers', async ({ page }) => {
  test.setTimeout(60_000);
  rmSync(REPORT_DIR, { recursive: true, force: true });
  mkdirSync(REPORT_DIR, { recursive: true });
  const file = `${REPORT_DIR}/review-${QUARTER}.pdf`;
  await page.goto(`/review/${QUARTER}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quarterly review ${QUARTER}`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true, displayHeaderFooter: false });

  const pages = pdfPages(file);
  expect(pages).toBeGreaterThanOrEqual(6);
  // Eight pages on the sample; a print stylesheet overridden by the screen's (tables at screen size,
  // cut at the right edge) gives eleven.
  expect(pages).toBeLessThanOrEqual(10);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const d = sample();
  for (const expected of [
    `Quarterly review ${QUARTER}`, 'Certificates issued 1 Jul 2021 to 30 Sep 2021', 'Synthetic data', 'Statuses as of', '10 Dec 2024',
    'Headline figures', 'US$2,812,398', '24,402.45 ct', 'Carats and value by month', 'Value by buying office against the US$3 M minimum',
    'Last eight quarters', 'Checks, 2021-Q3', 'Findings', 'Sign-off', 'Monitoring Team chair (government)', 'Signed off on',
    'Page 1 of', `Page ${pages} of ${pages}`,
  ]) {
    expect(text, `the PDF says "${expected}"`).toContain(expected);
  }
  expect(text.replace(/\s+/g, ' ')).toContain(d.meta.title);
  // Nothing of the screen's controls.
  for (const absent of ['Print report', 'Download JSON', 'Compare with', 'Reopen review', 'Skip to content']) expect(text).not.toContain(absent);

  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(Math.min(pages, 4)), file, `${REPORT_DIR}/page`]);
  expect(readdirSync(REPORT_DIR).filter((f) => f.endsWith('.png'))).toHaveLength(Math.min(pages, 4));
});

test('with ?lang=fr the report prints in French: title page, headings, figures and page numbers', async ({ page }) => {
  test.setTimeout(60_000);
  const dir = `${REPORT_DIR}-fr`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/review-${QUARTER}.pdf`;
  await page.goto(`/review/${QUARTER}?lang=fr`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Examen trimestriel ${QUARTER}`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true, displayHeaderFooter: false });

  const pages = pdfPages(file);
  expect(pages).toBeGreaterThanOrEqual(6);
  // Eight pages on the sample; a print stylesheet overridden by the screen's (tables at screen size,
  // cut at the right edge) gives eleven.
  expect(pages).toBeLessThanOrEqual(10);
  // French puts no-break spaces in figures ("2 812 398 $ US"); the layout spreads table cells apart.
  // (The title page's first line is in capitals, by its style.)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    `Examen trimestriel ${QUARTER}`, 'PROCESSUS DE KIMBERLEY · ÉQUIPE DE SUIVI DE LA RCA', 'Certificats délivrés du 1 juil. 2021 au 30 sept. 2021',
    'Données synthétiques', 'Statuts au', '10 déc. 2024', 'Sommaire', 'Chiffres clés', '2 812 398 $ US', '24 402,45 ct',
    'Carats et valeur par mois', 'Valeur par bureau d’achat au regard du minimum de 3 M$ US', 'Huit derniers trimestres',
    `Contrôles, ${QUARTER}`, 'Constats', 'Validation', 'Validé le', 'Page 1 sur', `Page ${pages} sur ${pages}`,
  ]) {
    expect(text, `the PDF says "${expected}"`).toContain(expected);
  }
  for (const absent of ['Quarterly review', 'Headline figures', 'Page 1 of', 'Imprimer le rapport', 'Comparer avec']) {
    expect(text, `the PDF does not say "${absent}"`).not.toContain(absent);
  }

  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, `${dir}/page`]);
  expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(3);
});
