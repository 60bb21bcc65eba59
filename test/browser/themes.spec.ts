/**
 * The dark and high-contrast themes on every view: the page is dark, text is
 * readable (axe's colour-contrast rule), the map and the charts take the
 * theme's colours, focus shows, and paper always gets the light theme.
 * Screenshots go to SHOTS_DIR for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reconcile } from '../../src/core';
import { sample } from './helpers';

const SHOTS_DIR = process.env.SHOTS_DIR ?? '/tmp/shots-themes';
mkdirSync(SHOTS_DIR, { recursive: true });

const STORAGE_KEY = 'kp-car-monitor:theme';

interface View {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
}

const h1 = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();

const VIEWS: View[] = [
  { name: 'map', path: '/map?zone=berberati', ready: async (p) => { await h1(p); await expect(p.locator('.zone-map path.zone-shape').first()).toBeVisible(); } },
  { name: 'notifications', path: '/notifications?quarter=2021-Q3', ready: async (p) => { await h1(p); await expect(p.getByRole('table').first()).toBeVisible(); } },
  { name: 'review', path: '/review/2021-Q3', ready: async (p) => { await h1(p); await drawAllCharts(p); } },
  { name: 'quality', path: '/quality', ready: h1 },
];

/** Charts are drawn as they come near the screen: scroll through the page, then back. */
async function drawAllCharts(page: Page) {
  const charts = page.locator('.chart-canvas');
  await expect(charts.first()).toBeAttached();
  for (const chart of await charts.all()) await chart.scrollIntoViewIfNeeded();
  await expect(page.locator('.chart-pending')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Relative luminance of a CSS rgb()/rgba() colour (WCAG's formula). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const computed = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

/** The whole page; a long report section by section (sections off screen are not painted in one capture). */
async function screenshots(page: Page, name: string) {
  const sections = await page.locator('.report-section[id]').all();
  if (sections.length === 0) {
    await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
    return;
  }
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
  for (const section of sections) {
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${SHOTS_DIR}/${name}-${await section.getAttribute('id')}.png` });
  }
}

async function open(page: Page, path: string, theme: string) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, theme]);
  await page.goto(path);
}

async function contrastViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withRules(['color-contrast'])
    // Leaflet's panes are drawing surfaces; the zone list is the accessible way in.
    .exclude('.leaflet-pane')
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  for (const view of VIEWS) {
    test(`${view.name} in the ${theme} theme: ${theme === 'light' ? 'light' : 'dark'} page, readable text`, async ({ page }) => {
      await open(page, view.path, theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await view.ready(page);
      const background = await computed(page, 'body', 'background-color');
      const text = await computed(page, 'body', 'color');
      if (theme === 'light') expect(luminance(background)).toBeGreaterThan(0.9);
      else expect(luminance(background)).toBeLessThan(0.02);
      expect(contrast(text, background)).toBeGreaterThanOrEqual(theme === 'contrast' ? 15 : 7);
      const panel = page.locator('.zone-panel');
      if (await panel.count()) {
        await panel.locator('.history-chart').scrollIntoViewIfNeeded();
        await panel.screenshot({ path: `${SHOTS_DIR}/${view.name}-${theme}-panel.png` });
      }
      await screenshots(page, `${view.name}-${theme}`);
      expect(await contrastViolations(page)).toEqual([]);
    });
  }
}

for (const theme of ['dark', 'contrast'] as const) {
  test(`a certificate's panel and the notification form in the ${theme} theme`, async ({ page }) => {
    const d = sample();
    const discrepancy = reconcile(d, d.meta.asOf!).exports.find((r) => r.status === 'discrepancy')!.export;
    await open(page, `/notifications?quarter=all&cert=${discrepancy.certificate}`, theme);
    const panel = page.getByRole('complementary');
    await expect(panel).toBeVisible();
    // The comparison's differing rows are marked in the panel.
    await expect(panel.locator('tr.differs').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS_DIR}/certificate-${theme}.png` });
    expect(await contrastViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Record a notification', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a notification' });
    await expect(dialog).toBeVisible();
    // Submitting empty shows the errors, in the theme's colours.
    await dialog.getByRole('button', { name: 'Save notification' }).click();
    await expect(dialog.locator('.field-error').first()).toBeVisible();
    expect(luminance(await dialog.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeLessThan(0.02);
    await page.screenshot({ path: `${SHOTS_DIR}/form-${theme}.png` });
    expect(await contrastViolations(page)).toEqual([]);
  });
}

test('the map and its charts follow a theme chosen in the header, at once', async ({ page }) => {
  await open(page, '/map?zone=berberati', 'light');
  const land = page.locator('.leaflet-basemap-pane path').first();
  await expect(land).toHaveAttribute('fill', '#ece8dd');
  await expect(page.locator('.history-chart .recharts-bar-rectangle').first()).toBeVisible();

  await page.getByRole('banner').getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The base map is redrawn dark: land, not a light box on a dark page.
  await expect.poll(async () => luminance(await land.evaluate((el) => getComputedStyle(el).fill))).toBeLessThan(0.05);
  expect(luminance(await computed(page, '.zone-map', 'background-color'))).toBeLessThan(0.05);
  // Zone outlines light on the dark land.
  expect(luminance(await computed(page, '.zone-map path.zone-shape', 'stroke'))).toBeGreaterThan(0.5);
  // The chart's axis text is light too.
  expect(luminance(await computed(page, '.history-chart text', 'fill'))).toBeGreaterThan(0.3);
  await page.screenshot({ path: `${SHOTS_DIR}/map-switched-dark.png` });
  // Remembered for the next visit.
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('dark');
});

/** The outline's colour and width, and the ring's colour drawn around it (box-shadow). */
async function focusMarks(page: Page) {
  return page.locator(':focus').evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), outline: s.outlineColor, ring: s.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? '' };
  });
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`focus shows as an outline that stands out on the header and on the page, ${theme} theme`, async ({ page }) => {
    await open(page, '/notifications?quarter=2021-Q3', theme);
    await h1(page);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to content');
    // On the header's band.
    await page.keyboard.press('Tab');
    const onHeader = await focusMarks(page);
    expect(onHeader.style).toBe('solid');
    expect(onHeader.width).toBeGreaterThanOrEqual(theme === 'contrast' ? 4 : 3);
    const header = await computed(page, '.site-header', 'background-color');
    expect(Math.max(contrast(onHeader.outline, header), contrast(onHeader.ring, header))).toBeGreaterThanOrEqual(3);
    // On the page.
    await page.locator('main a.row-link').first().focus();
    const onPage = await focusMarks(page);
    const paper = await computed(page, 'body', 'background-color');
    expect(Math.max(contrast(onPage.outline, paper), contrast(onPage.ring, paper))).toBeGreaterThanOrEqual(3);
    // The outline against the ring around it: the two read as one strong mark.
    expect(contrast(onPage.outline, onPage.ring)).toBeGreaterThanOrEqual(3);
    const b = (await page.locator(':focus').boundingBox())!;
    await page.screenshot({ path: `${SHOTS_DIR}/focus-${theme}.png`, clip: { x: b.x - 40, y: b.y - 30, width: b.width + 300, height: b.height + 60 } });
  });
}

test('the printed page is light whatever the screen theme', async ({ page }) => {
  await open(page, '/review/2021-Q3', 'dark');
  await h1(page);
  expect(luminance(await computed(page, 'body', 'background-color'))).toBeLessThan(0.02);
  await page.emulateMedia({ media: 'print' });
  expect(luminance(await computed(page, 'body', 'background-color'))).toBeGreaterThan(0.9);
  expect(luminance(await computed(page, 'body', 'color'))).toBeLessThan(0.05);
  expect(await computed(page, 'html', 'color-scheme')).toBe('light');
});
