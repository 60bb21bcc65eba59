/**
 * The offline app shell: after one visit, the built app and its embedded
 * sample open with no network (the service worker's precache), and the page
 * says it is offline, which data it shows and when that was loaded.
 * Every other spec blocks service workers (playwright.config.ts); this one needs it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sample } from './helpers';

test.use({ serviceWorkers: 'allow' });
// One after another: the last test publishes a new version of the worker in the served folder.
test.describe.configure({ mode: 'serial' });

const SHOTS = process.env.SHOTS_DIR;

/** Waits until the service worker is active and controls this page (a reload, once, if it does not yet). */
async function waitForServiceWorker(page: Page) {
  const controlled = () =>
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
  if (!(await controlled())) {
    await page.reload();
    expect(await controlled()).toBe(true);
  }
  // The page's own code listens to the worker once its client has loaded (after the load event):
  // an update published before that would go unheard.
  await page.waitForLoadState('networkidle');
}

const offlineStatus = (page: Page) => page.getByRole('status').filter({ hasText: 'no network connection' });

test('after a first visit, the map, the review and the notifications open offline, saying the embedded sample is shown and since when', async ({ page, context }) => {
  const zones = sample().zones.length;
  await page.goto('/map');
  await expect(page.locator('.zone-map path.zone-shape')).toHaveCount(zones);
  await waitForServiceWorker(page);
  // Online: no word about being offline.
  await expect(offlineStatus(page)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  await expect(page.locator('.zone-map path.zone-shape')).toHaveCount(zones);
  await expect(page.locator('.leaflet-basemap-pane path')).toHaveCount(9);
  await expect(offlineStatus(page)).toHaveText(
    /^Offline: this computer has no network connection\. The data shown is the embedded sample shipped with this version of the dashboard, loaded \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}\.$/,
  );
  await expect(page.getByRole('banner')).toContainText('the embedded sample');
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/offline-map.png` });
  }

  // A route opened by address (the page comes from the worker) and its lazy view chunk.
  await page.goto('/review/2021-Q3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quarterly review 2021-Q3');
  await expect(offlineStatus(page)).toContainText('the embedded sample shipped with this version');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/offline-review.png` });

  // Through the app's own navigation, too.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(offlineStatus(page)).toBeVisible();

  await context.setOffline(false);
  await expect(offlineStatus(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
});

test('a remote dataset is not kept by the service worker: offline, its own offline copy stands in, marked as such', async ({ page, context }) => {
  const text = JSON.stringify(sample());
  const remote = (url: URL) => url.pathname === '/remote/team.json';
  await page.route(remote, (route) => route.fulfill({ contentType: 'application/json', body: text }));
  await page.goto('/map?data=%2Fremote%2Fteam.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  await waitForServiceWorker(page);

  await page.unroute(remote);
  await context.setOffline(true);
  await page.reload();
  // The page comes from the worker; the dataset does not: the loader's kept copy says so.
  await expect(page.getByRole('alert').filter({ hasText: 'Offline copy' })).toContainText(/Offline copy of \/remote\/team\.json, loaded \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
  await expect(page.getByRole('banner')).toContainText('(offline copy)');
  // One banner only: the status line leaves it to the copy's.
  await expect(offlineStatus(page)).toHaveCount(0);
});

test('a new version waits for the person: Reload is held back while a form holds unsaved input, then loads it', async ({ page }) => {
  // Two versions of the worker install and one takes over: on a busy 2-core machine that takes a while.
  test.setTimeout(60_000);
  await page.goto('/review/2024-Q3');
  const form = page.getByRole('form', { name: 'New finding' });
  await expect(form).toBeVisible();
  await waitForServiceWorker(page);

  // A new version is published: the served worker script changes, and stays changed until the test
  // ends (putting it back sooner would publish a third version, which the reloaded page would offer).
  const served = join(process.env.PW_OUT_DIR ?? 'dist', 'sw.js');
  const published = readFileSync(served, 'utf8');
  writeFileSync(served, `${published}\n// the next version\n`);
  try {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the dashboard is available.' });
    // The new version installs first: it copies every file of the app, seconds on a busy machine.
    await expect(notice).toBeVisible({ timeout: 20_000 });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/update-notice.png` });

    // Half a finding typed: Reload says why it waits, and the text stays.
    const finding = form.getByLabel('Finding', { exact: true });
    await finding.fill('Checked with BECDOR: nothing further.');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(notice).toContainText('Save or close the form first: reloading now would lose what you typed.');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/update-held.png` });
    await expect(finding).toHaveValue('Checked with BECDOR: nothing further.');
    const waiting = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);
    expect(await waiting()).toBe(true);

    // Saved: Reload now lets the new version take over and reloads the page into it.
    await form.getByLabel('Severity').selectOption('info');
    await form.getByRole('button', { name: 'Add finding' }).click();
    await expect(page.getByRole('table', { name: 'Findings, 2024-Q3' }).getByRole('row', { name: /Checked with BECDOR/ })).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('table', { name: 'Findings, 2024-Q3' }).getByRole('row', { name: /Checked with BECDOR/ })).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(await waiting()).toBe(false);
  } finally {
    writeFileSync(served, published);
  }
});
