/**
 * WCAG 2.2 AA, checked by axe-core on every route of the built app, in both
 * languages and both colour themes (and the projector theme on the
 * presentation), with the panels and dialogs a person opens.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { quarterOf, reconcile } from '../../src/core';
import { sample } from './helpers';

const d = sample();
const rec = reconcile(d, d.meta.asOf!);
const discrepancy = rec.exports.find((r) => r.status === 'discrepancy')!.export;
const QUARTER = quarterOf(discrepancy.issuedOn);

interface Route {
  name: string;
  path: string;
  /** What must be on screen before axe looks. */
  ready: (page: Page) => Promise<void>;
}

const h1 = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();

/** Charts are drawn when scrolled near: go down the whole page so axe sees every one. */
async function scrollThrough(page: Page) {
  for (let i = 0; i < 40; i += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (atEnd) break;
  }
}

const routes: Route[] = [
  { name: 'map', path: '/map', ready: async (p) => { await h1(p); await expect(p.locator('.leaflet-container')).toBeVisible(); } },
  { name: 'map, zone open', path: `/map?zone=${d.zones[0]!.id}`, ready: async (p) => { await h1(p); await expect(p.getByRole('complementary')).toBeVisible(); } },
  { name: 'notifications', path: `/notifications?quarter=${QUARTER}`, ready: async (p) => { await h1(p); await expect(p.getByRole('table').first()).toBeVisible(); } },
  { name: 'notifications, certificate open', path: `/notifications?quarter=all&cert=${discrepancy.certificate}`, ready: async (p) => { await h1(p); await expect(p.getByRole('complementary')).toBeVisible(); } },
  {
    name: 'review',
    path: `/review/${QUARTER}`,
    ready: async (p) => {
      await h1(p);
      await expect(p.getByRole('heading', { level: 2, name: /Sign-off|Validation/ })).toBeVisible();
      await scrollThrough(p);
      expect(await p.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(5);
    },
  },
  { name: 'data quality', path: '/quality', ready: h1 },
  { name: 'present', path: '/present', ready: h1 },
  { name: 'not found', path: '/no-such-page', ready: h1 },
];

const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'fr'] as const;

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // Leaflet's own panes are drawing surfaces; the zone list is the accessible way in.
    .exclude('.leaflet-pane')
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
}

async function open(page: Page, path: string, theme: string, lang: string) {
  await page.addInitScript((t) => localStorage.setItem('kp-car-monitor:theme', t), theme);
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
}

for (const route of routes) {
  for (const theme of THEMES) {
    for (const lang of LANGS) {
      test(`axe: ${route.name}, ${lang}, ${theme} theme`, async ({ page }) => {
        await open(page, route.path, theme, lang);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await route.ready(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
}

test('axe: the presentation slides in the projector theme', async ({ page }) => {
  await open(page, `/present?quarter=${QUARTER}`, 'contrast', 'en');
  await page.getByRole('button', { name: /Start/ }).click();
  for (let slide = 1; slide <= 6; slide += 1) {
    await expect(page.getByRole('group', { name: new RegExp(`^${slide} `) })).toBeVisible();
    expect(await violations(page), `slide ${slide}`).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
});
