/**
 * The presentation in a real Chromium at the projector's 1366×768, on the
 * embedded sample: every slide walked by keyboard with its figures checked
 * against the core's, the projector theme, anonymised names, auto-advance
 * and its pause, and French. Screenshots go to /tmp/shots-present for a
 * person to look at.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FLAG_KINDS, reconcile, reviewQuarter, type FlagKind } from '../../src/core';
import { carats, sample } from './helpers';

const SHOTS = process.env.PW_SHOTS_DIR ?? '/tmp/shots-present';
mkdirSync(SHOTS, { recursive: true });

const d = sample();
const asOf = d.meta.asOf!;
const QUARTER = '2021-Q3';
const review = reviewQuarter(d, QUARTER, asOf, reconcile(d, asOf));
const count = (n: number) => n.toLocaleString('en-US');
const usd = (n: number) => `US$${Math.round(n).toLocaleString('en-US')}`;

const slide = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^${n} of 6: `) });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

async function start(page: Page, search: string) {
  await page.goto(`/present?${search}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Present' })).toBeVisible();
  await page.getByRole('button', { name: 'Start presentation' }).click();
  await expect(slide(page, 1)).toBeVisible();
}

const FLAG_NAMES: Record<FlagKind, string> = {
  nonCompliantOrigin: 'Non-compliant origin',
  sanctionedParty: 'Sanctioned party',
  priceOutlier: 'Price outlier',
  officeBelowMinimum: 'Buying office below minimum',
};

test('every slide, walked by keyboard, shows the quarter\'s figures as the core computes them', async ({ page }) => {
  await page.goto(`/present?quarter=${QUARTER}`);
  await expect(page.getByLabel('Quarter')).toHaveValue(QUARTER);
  await shot(page, 'light-0-start');
  await start(page, `quarter=${QUARTER}`);
  const deck = page.getByRole('region', { name: `Presentation, ${QUARTER}` });
  await expect(deck).toBeVisible();
  // Start asked for full screen (Chromium grants it on the click).
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);

  // 1: the regime, the as-of date and every zone on the timeline.
  const one = slide(page, 1);
  await expect(one.getByRole('heading', { name: 'The regime and its timeline' })).toBeVisible();
  await expect(one).toContainText('Monitoring from 22 Nov 2019 to 15 Nov 2024');
  await expect(one).toContainText('Data as of 10 Dec 2024');
  const timeline = one.getByRole('list', { name: /^Timeline/ });
  for (const z of d.zones) await expect(timeline).toContainText(z.name);
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Boda' })).toContainText('compliant from 19 Sep 2016');
  await expect(deck.getByText('1 / 6')).toBeVisible();
  await shot(page, 'light-1-regime');

  // 2: the map, zones compliant at the quarter's end, drawn and listed.
  await page.keyboard.press('ArrowRight');
  const two = slide(page, 2);
  await expect(two.getByRole('heading', { name: 'Compliant zones on 30 Sep 2021' })).toBeVisible();
  await expect(two).toContainText('8 compliant zones');
  for (const z of d.zones) await expect(two.getByRole('listitem').filter({ hasText: z.name })).toBeVisible();
  await expect(two.locator('path.present-zone')).toHaveCount(8);
  await expect(two.locator('path.present-restricted')).toHaveCount(d.restrictedAreas.length);
  await expect(two.locator('.leaflet-tile')).toHaveCount(0);
  await shot(page, 'light-2-map');

  // 3: headline figures, with their change in words.
  await page.keyboard.press('PageDown');
  const three = slide(page, 3);
  await expect(three.getByRole('heading', { name: `Headline figures, ${QUARTER}` })).toBeVisible();
  const figure = (label: string) => three.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(figure('Exports')).toHaveText(count(review.totals.exports));
  await expect(figure('Carats')).toHaveText(carats(review.totals.carats));
  await expect(figure('Value')).toHaveText(usd(review.totals.valueUsd));
  await expect(three).toContainText(/(Up|Down) .* on 2021-Q2/);
  await shot(page, 'light-3-headline');

  // 4: the trend over the regime, its table for screen readers.
  await page.keyboard.press(' ');
  const four = slide(page, 4);
  await expect(four.getByRole('heading', { name: 'Exports over the regime' })).toBeVisible();
  await expect(four.locator('.recharts-surface')).toBeVisible();
  const table = four.getByRole('table', { name: /^Exports per quarter, 2019-Q4 to 2024-Q4/ });
  await expect(table.getByRole('row')).toHaveCount(1 + 21);
  await expect(table.getByRole('row', { name: new RegExp(`^${QUARTER} `) })).toContainText(carats(review.totals.carats));
  await shot(page, 'light-4-trend');

  // 5: reconciliation counts.
  await page.keyboard.press('ArrowDown');
  const five = slide(page, 5);
  await expect(five.getByRole('heading', { name: `Reconciliation health, ${QUARTER}` })).toBeVisible();
  const r = review.reconciliation;
  for (const [label, n] of [['Confirmed', r.confirmed], ['Discrepancy', r.discrepancy], ['Awaiting', r.awaiting], ['Overdue', r.overdue], ['Late', r.late], ['Unmatched', r.unmatched], ['Duplicates', r.duplicate]] as const) {
    await expect(five.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]')).toHaveText(count(n));
  }
  await shot(page, 'light-5-reconciliation');

  // 6: flags by kind.
  await page.keyboard.press('ArrowRight');
  const six = slide(page, 6);
  await expect(six.getByRole('heading', { name: `Flags, ${QUARTER}` })).toBeVisible();
  for (const kind of FLAG_KINDS) {
    const n = review.flags.filter((f) => f.kind === kind).length;
    await expect(six.getByRole('term').filter({ hasText: new RegExp(`^${FLAG_NAMES[kind]}$`) }).locator('xpath=following-sibling::dd[1]')).toHaveText(count(n));
  }
  await expect(deck.getByText('6 / 6')).toBeVisible();
  await shot(page, 'light-6-flags');

  // Back, first, last; Esc leaves with the focus on Start.
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page, 5)).toBeVisible();
  await page.keyboard.press('Home');
  await expect(slide(page, 1)).toBeVisible();
  await page.keyboard.press('End');
  await expect(slide(page, 6)).toBeVisible();
  await expect(page).toHaveURL(/slide=6/);
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start presentation' })).toBeFocused();
  await expect(page).not.toHaveURL(/slide=/);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('a click on the slide and the buttons move between slides; type is big enough for a room', async ({ page }) => {
  await start(page, `quarter=${QUARTER}`);
  await slide(page, 1).click();
  await expect(slide(page, 2)).toBeVisible();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(slide(page, 3)).toBeVisible();
  await page.getByRole('button', { name: /^Previous/ }).click();
  await expect(slide(page, 2)).toBeVisible();
  // The base type of a slide at 1366×768, and its title larger.
  const size = async (selector: string) => Number.parseFloat(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontSize));
  expect(await size('.present-slide')).toBeGreaterThanOrEqual(28);
  expect(await size('.present-title')).toBeGreaterThanOrEqual(40);
  // Nothing of a slide runs off the screen.
  for (let n = 1; n <= 6; n += 1) {
    await page.keyboard.press('Home');
    for (let k = 1; k < n; k += 1) await page.keyboard.press('ArrowRight');
    const overflow = await slide(page, n).evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow, `slide ${n} overflows`).toBeLessThanOrEqual(1);
  }
  await page.getByRole('button', { name: /^Leave/ }).click();
  await expect(page.getByRole('button', { name: 'Start presentation' })).toBeFocused();
});

test('projector theme and anonymised names: no buying office or importer is named', async ({ page }) => {
  await page.goto(`/present?quarter=${QUARTER}`);
  await page.getByLabel('High-contrast theme').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  // The switch writes the URL; the box shows what the URL says once the navigation lands.
  await page.getByLabel('Anonymise names').click();
  await expect(page.getByLabel('Anonymise names')).toBeChecked();
  await expect(page).toHaveURL(/anon=1/);
  await page.getByRole('button', { name: 'Start presentation' }).click();
  const deck = page.locator('.present-deck');
  for (let n = 1; n <= 6; n += 1) {
    await expect(slide(page, n)).toBeVisible();
    await shot(page, `contrast-${n}`);
    const text = await deck.innerText();
    for (const office of d.buyingOffices) expect(text, `slide ${n}`).not.toContain(office.name);
    for (const importer of new Set(d.exports.map((e) => e.importer))) expect(text, `slide ${n}`).not.toContain(importer);
    await page.keyboard.press('ArrowRight');
  }
  await expect(deck).toContainText('Names anonymised');
  await expect(slide(page, 6)).toContainText(/Buying office [A-F]/);
  await page.keyboard.press('Escape');
  // The theme that was there before comes back.
  await page.getByLabel('High-contrast theme').uncheck();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'contrast');
});

test('auto-advance moves on by itself and stops when paused', async ({ page }) => {
  await page.clock.install();
  await start(page, `quarter=${QUARTER}&auto=10`);
  const away = async () => {
    // Neither the pointer nor the focus on the controls, which would hold it.
    await page.mouse.move(600, 200);
    await page.locator('.present-deck').focus();
  };
  await away();
  await page.clock.runFor(10_500);
  await expect(slide(page, 2)).toBeVisible();
  await page.getByRole('button', { name: 'Pause auto-advance' }).click();
  await away();
  await page.clock.runFor(35_000);
  await expect(slide(page, 2)).toBeVisible();
  await page.getByRole('button', { name: 'Resume auto-advance' }).click();
  await away();
  await page.clock.runFor(10_500);
  await expect(slide(page, 3)).toBeVisible();
});

test('in French: the start screen, slide titles, dates and numbers', async ({ page }) => {
  await page.goto(`/present?quarter=${QUARTER}&lang=fr`);
  await expect(page.getByRole('heading', { level: 1, name: 'Présentation' })).toBeVisible();
  await shot(page, 'fr-0-start');
  await page.getByRole('button', { name: 'Lancer la présentation' }).click();
  const first = page.getByRole('group', { name: /^1 sur 6\s: Le régime et sa chronologie$/ });
  await expect(first).toContainText('Suivi du 22 nov. 2019 au 15 nov. 2024');
  await expect(first.getByRole('listitem').filter({ hasText: 'Boda' })).toContainText('conformes dès le 19 sept. 2016');
  // The longer French labels still fit the slide, footnote included.
  await expect(first.getByText(/^≈ date approximative ou seulement/)).toBeInViewport({ ratio: 1 });
  expect(await first.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await shot(page, 'fr-1-regime');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = page.getByRole('group', { name: /^3 sur 6\s: Chiffres clés, 2021-Q3$/ });
  const frCarats = `${review.totals.carats.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ct`;
  await expect(third.getByText(frCarats, { exact: true })).toBeVisible();
  await expect(third).toContainText('par rapport à 2021-Q2');
  await shot(page, 'fr-3-headline');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG problem on any slide, ${theme} theme, names anonymised`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('kp-car-monitor:theme', t), theme);
    await start(page, `quarter=${QUARTER}&anon=1&auto=20`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (let n = 1; n <= 6; n += 1) {
      await expect(slide(page, n)).toBeVisible();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .exclude('.leaflet-pane')
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`), `slide ${n}`).toEqual([]);
      if (theme === 'dark') await shot(page, `dark-${n}`);
      await page.keyboard.press('ArrowRight');
    }
  });
}
