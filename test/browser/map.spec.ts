import { expect, test, type Locator, type Page } from '@playwright/test';
import { compliantZonesOn, zoneQuarterFigures } from '../../src/core';
import { carats, path, readJson, reviewOfSample, sample } from './helpers';

const usd = (n: number) => `US$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
const perCarat = (n: number | null) =>
  n === null ? '—' : `US$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}/ct`;

const zoneShapes = (page: Page) => page.locator('.zone-map path.zone-shape');
const hatches = (page: Page) => page.locator('.zone-map path[fill="url(#kp-map-hatch-off)"]');
const shapeOf = (page: Page, name: string) => page.getByRole('img', { name: new RegExp(`^${name}:`) });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not drawn');
  return b;
}

/** Every zone shape lies inside the map's frame. */
async function expectZonesFitted(page: Page) {
  const frame = await box(page.locator('.zone-map'));
  const shapes = await zoneShapes(page).all();
  for (const shape of shapes) {
    const b = await box(shape);
    expect(b.x).toBeGreaterThanOrEqual(frame.x);
    expect(b.y).toBeGreaterThanOrEqual(frame.y);
    expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(b.y + b.height).toBeLessThanOrEqual(frame.y + frame.height);
  }
}

/** The first cell (selected quarter) and second (previous) of a row of the panel's figures. */
async function figure(table: Locator, row: RegExp) {
  const cells = table.getByRole('row', { name: row }).first().getByRole('cell');
  return [await cells.nth(0).textContent(), await cells.nth(1).textContent()];
}

test('draws one named shape per zone of the sample, fitted in the map, over the offline base map', async ({ page }) => {
  const d = sample();
  await page.goto('/map');
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  await expect(zoneShapes(page)).toHaveCount(d.zones.length);
  for (const zone of d.zones) {
    await expect(shapeOf(page, zone.name)).toBeVisible();
    await expect(page.getByRole('list', { name: /Zones: choose one/ }).getByRole('button', { name: new RegExp(`^${zone.name},`) })).toBeVisible();
  }
  await expectZonesFitted(page);
  // Indicative boundaries are dashed, and the legend says what that means.
  await expect(shapeOf(page, 'Boda')).toHaveAttribute('stroke-dasharray', '6 4');
  await expect(page.getByText('Dashed outline: indicative boundary, not surveyed')).toBeVisible();
  await expect(page.locator('.leaflet-basemap-pane path')).toHaveCount(9);
  await expect(page.getByRole('img', { name: 'Bangui: capital and export point' })).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
});

test("choosing a zone in the list opens its panel with the core's figures (those of `npm run review`)", async ({ page }) => {
  const review = reviewOfSample('2021-Q3');
  const previous = reviewOfSample('2021-Q2');
  const d = sample();
  const boda = review.byZone.find((z) => z.zoneId === 'boda')!;
  const bodaBefore = previous.byZone.find((z) => z.zoneId === 'boda')!;
  const problems = zoneQuarterFigures(d, '2021-Q3', d.meta.asOf!).find((z) => z.zoneId === 'boda')!;

  await page.goto('/map?quarter=2021-Q3');
  const button = page.getByRole('button', { name: /^Boda,/ });
  await button.click();
  await expect(page).toHaveURL(/[?&]zone=boda(&|$)/);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(shapeOf(page, 'Boda')).toHaveAttribute('stroke-width', '4');

  const panel = page.getByRole('complementary', { name: 'Boda' });
  const table = panel.getByRole('table', { name: 'Boda: 2021-Q3 beside 2021-Q2' });
  await expect(table).toBeVisible();
  expect(await figure(table, /^Exports/)).toEqual([String(boda.exports), String(bodaBefore.exports)]);
  expect(await figure(table, /^Carats/)).toEqual([carats(boda.carats), carats(bodaBefore.carats)]);
  expect(await figure(table, /^Value/)).toEqual([usd(boda.valueUsd), usd(bodaBefore.valueUsd)]);
  expect(await figure(table, /^US\$\/ct/)).toEqual([perCarat(boda.pricePerCarat), perCarat(bodaBefore.pricePerCarat)]);
  expect((await figure(table, /^Open problems/))[0]).toBe(String(problems.openProblems));
  await expect(panel.getByText('Lobaye', { exact: true })).toBeVisible();
  await expect(panel.getByText('19 Sep 2016')).toBeVisible();
  await expect(panel.locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('choosing a zone on the map selects it in the list too, and its figures are the review\'s', async ({ page }) => {
  const review = reviewOfSample('2022-Q1');
  const nola = review.byZone.find((z) => z.zoneId === 'nola')!;
  await page.goto('/map?quarter=2022-Q1&metric=value');
  await shapeOf(page, 'Nola').click();
  await expect(page).toHaveURL(/[?&]zone=nola(&|$)/);
  await expect(page.getByRole('button', { name: /^Nola,/ })).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('complementary', { name: 'Nola' }).getByRole('table', { name: /^Nola: 2022-Q1/ });
  expect((await figure(table, /^Carats/))[0]).toBe(carats(nola.carats));
  expect((await figure(table, /^Value/))[0]).toBe(usd(nola.valueUsd));
  // The shape's name carries the figure the colour stands for.
  await expect(shapeOf(page, 'Nola')).toHaveAttribute('aria-label', new RegExp(`value in 2022-Q1: ${usd(nola.valueUsd).replace('$', '\\$')}$`));
  // Closing the panel clears the selection in both.
  await page.getByRole('button', { name: 'Close Nola' }).click();
  await expect(page.getByRole('button', { name: /^Nola,/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(shapeOf(page, 'Nola')).toHaveAttribute('stroke-width', '1.5');
});

test('moving the date back shows fewer compliant zones, down to Berbérati alone in mid-2016', async ({ page }) => {
  const d = sample();
  const count = (date: string) => compliantZonesOn(d, date).length;
  expect([count('2016-06-01'), count('2018-06-01'), count('2019-11-01'), count('2019-12-02')]).toEqual([1, 5, 6, 8]);

  await page.goto('/map');
  // The sample's as-of date is after the regime's end.
  await expect(page.getByText('On 10 Dec 2024: the regime had ended.')).toBeVisible();
  await expect(page.getByText('Remaining restrictions lifted on 15 Nov 2024', { exact: false })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Bria: formerly restricted area, restrictions lifted' })).toBeAttached();

  await page.getByLabel('Exact date').fill('2019-11-01');
  await expect(page).toHaveURL(/[?&]date=2019-11-01/);
  await expect(page.getByText('On 1 Nov 2019: 6 of 8 zones compliant.')).toBeVisible();
  await expect(hatches(page)).toHaveCount(2);
  await expect(page.getByRole('img', { name: 'Bria: restricted area, no KP-compliant exports' })).toBeAttached();

  await page.getByLabel('Exact date').fill('2018-06-01');
  await expect(page.getByText('On 1 Jun 2018: 5 of 8 zones compliant.')).toBeVisible();
  await expect(hatches(page)).toHaveCount(3);
  await expect(shapeOf(page, 'Boganda')).toHaveAttribute('aria-label', /^Boganda: not yet compliant on 1 Jun 2018/);

  // By keyboard: Home goes to the first day, then the next change.
  await page.getByRole('slider', { name: 'Zones on' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByText('On 1 Jun 2016: 1 of 8 zones compliant.')).toBeVisible();
  await expect(hatches(page)).toHaveCount(7);
  await page.getByRole('button', { name: 'Next change: 19 Sep 2016' }).click();
  await expect(page.getByText('On 19 Sep 2016: 4 of 8 zones compliant.')).toBeVisible();

  await page.getByLabel('Exact date').fill('2019-12-02');
  await expect(page.getByText('On 2 Dec 2019: 8 of 8 zones compliant.')).toBeVisible();
  await expect(hatches(page)).toHaveCount(0);
});

test('a dataset with other zones shows those: two outlines and a marked point', async ({ page }) => {
  await page.route(path('/other-zones.json'), (route) => route.fulfill({ json: readJson('test/fixtures/small-dataset.json') }));
  await page.goto('/map?data=/other-zones.json');
  await expect(zoneShapes(page)).toHaveCount(3);
  for (const name of ['Alpha', 'Beta', 'Gamma']) await expect(shapeOf(page, name)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Berbérati/ })).toHaveCount(0);
  // Beta has no boundary: a circle at its main town, said so in the legend.
  await expect(shapeOf(page, 'Beta')).toHaveAttribute('d', /a10,10 0 1,0/);
  await expect(page.getByText('Circle: zone without a boundary, at its main town')).toBeVisible();
  await expectZonesFitted(page);
  await shapeOf(page, 'Beta').click();
  const panel = page.getByRole('complementary', { name: 'Beta' });
  await expect(panel.getByRole('link', { name: 'CF003' }).first())
    .toHaveAttribute('href', '/notifications?quarter=2021-Q3&zone=z2&cert=CF003&data=%2Fother-zones.json');
});

test('with the network blocked the base map still draws, and nothing leaves the machine', async ({ page }) => {
  const outside: string[] = [];
  await page.route((url) => url.hostname !== '127.0.0.1', (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  await page.goto('/map');
  await expect(zoneShapes(page)).toHaveCount(8);
  const base = page.locator('.leaflet-basemap-pane path');
  await expect(base).toHaveCount(9);
  // Filled land and countries, not a grey box.
  await expect(base.first()).toHaveAttribute('fill', '#ece8dd');
  await expect(page.locator('.country-label span', { hasText: 'DR Congo' })).toBeVisible();
  expect(outside).toEqual([]);

  // The street map is a choice; offline its tiles fail and the base map stays.
  const toggle = page.getByRole('checkbox', { name: /Street map/ });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page).toHaveURL(/[?&]tiles=1/);
  await expect.poll(() => outside.length).toBeGreaterThan(0);
  expect(outside.every((u) => new URL(u).hostname === 'tile.openstreetmap.org')).toBe(true);
  await expect(base).toHaveCount(9);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
});

test('the URL restores the view; bad values fall back with a notice', async ({ page }) => {
  await page.goto('/map?zone=carnot&quarter=2021-Q3&metric=ppc&date=2018-06-01');
  await expect(page.getByRole('complementary', { name: 'Carnot' })).toBeVisible();
  await expect(page.getByLabel('Quarter')).toHaveValue('2021-Q3');
  await expect(page.getByLabel('Colour zones by')).toHaveValue('ppc');
  await expect(page.getByLabel('Exact date')).toHaveValue('2018-06-01');
  await expect(page.getByRole('list', { name: 'Colour scale: Price per carat (US$/ct), 2021-Q3' })).toBeVisible();

  await page.goto('/map?zone=atlantis&quarter=2031-Q9&metric=weight&date=2015-01-01');
  await expect(page.getByText('2031-Q9 is not a quarter of this regime; showing 2024-Q4.')).toBeVisible();
  await expect(page.getByText('weight is not a metric; showing carats.')).toBeVisible();
  await expect(page.getByText('2015-01-01 is not a date between 1 Jun 2016 and 10 Dec 2024; showing 10 Dec 2024.')).toBeVisible();
  await expect(page.getByText('atlantis is not a zone of this dataset; no zone is selected.')).toBeVisible();
  await expect(page.getByLabel('Colour zones by')).toHaveValue('carats');
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('by keyboard: zoom and reset work, and the zone list opens a zone', async ({ page }) => {
  await page.goto('/map');
  await expect(zoneShapes(page)).toHaveCount(8);
  const width = async () => Math.round((await box(shapeOf(page, 'Boda'))).width);
  /** The width once the zoom animation is over (two equal readings in a row). */
  const settled = async () => {
    let last = -1;
    for (;;) {
      const now = await width();
      if (now === last) return now;
      last = now;
      await page.waitForTimeout(150);
    }
  };
  const before = await settled();
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  // A second press during the zoom animation is not lost.
  await page.keyboard.press('Enter');
  await expect.poll(width).toBeGreaterThan(before * 1.9);
  await page.getByRole('button', { name: 'Zoom out' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(settled).toBeLessThan(before * 1.6);
  await page.getByRole('button', { name: 'Fit zones' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(width).toBe(before);
  await expectZonesFitted(page);

  const gadzi = page.getByRole('button', { name: /^Gadzi,/ });
  await gadzi.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Gadzi' })).toBeVisible();
  await expect(gadzi).toHaveAttribute('aria-pressed', 'true');
  await expect(gadzi).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('the map fits the zones on a projector and when the panel narrows it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/map');
  await expect(zoneShapes(page)).toHaveCount(8);
  await expectZonesFitted(page);
  await page.getByRole('button', { name: /^Bagandou,/ }).click();
  await expect(page.getByRole('complementary', { name: 'Bagandou' })).toBeVisible();
  await expect.poll(async () => {
    try {
      await expectZonesFitted(page);
      return true;
    } catch {
      return false;
    }
  }).toBe(true);
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect.poll(async () => {
    try {
      await expectZonesFitted(page);
      return true;
    } catch {
      return false;
    }
  }).toBe(true);
});

test('a problem links to the Notifications view filtered to its zone and quarter', async ({ page }) => {
  const d = sample();
  const quarter = '2021-Q3';
  const zone = zoneQuarterFigures(d, quarter, d.meta.asOf!).find((z) => z.problems.length > 0);
  test.skip(zone === undefined, 'the sample has no problem in this quarter');
  const first = zone!.problems[0]!;
  await page.goto(`/map?quarter=${quarter}&zone=${zone!.zoneId}&metric=problems`);
  await page.getByRole('link', { name: first.certificate }).first().click();
  await expect(page).toHaveURL(`/notifications?quarter=${quarter}&zone=${zone!.zoneId}&cert=${first.certificate}`);
});

test('in French (?lang=fr): headings, caption, map labels and the zone panel speak French', async ({ page }) => {
  await page.goto('/map?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 2, name: 'Toutes les zones' })).toBeVisible();
  // The sample's as-of date is after the regime's end.
  await expect(page.getByText('Le 10 déc. 2024\u00a0: le régime avait pris fin.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Bangui\u00a0: capitale et point d’exportation' })).toBeVisible();
  await expect(page.locator('.country-label span', { hasText: 'Cameroun' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cadrer les zones' })).toBeVisible();

  await page.getByRole('button', { name: /^Boda,/ }).click();
  const panel = page.getByRole('complementary', { name: 'Boda' });
  await expect(panel.getByRole('table', { name: 'Boda\u00a0: 2024-Q4 comparé à 2024-Q3' })).toBeVisible();
  await expect(panel.getByText('Conforme depuis le')).toBeVisible();
  await expect(panel.getByText('19 sept. 2016')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Les 8 derniers trimestres' })).toBeVisible();

  // On a phone, the longer French words and figures still fit the width: no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});
