import { expect, test } from '@playwright/test';
import { carats, path, readJson, reviewOfSample, sample } from './helpers';

test('the built app opens on the embedded sample: its zones, title, as-of date and synthetic badge', async ({ page }) => {
  const d = sample();
  await page.goto('/');
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  const zones = page.getByRole('table', { name: /Compliant zones/ });
  for (const zone of d.zones) await expect(zones.getByRole('rowheader', { name: zone.name })).toBeVisible();
  expect(d.zones).toHaveLength(8);
  const header = page.getByRole('banner');
  await expect(header.getByText(d.meta.title)).toBeVisible();
  await expect(header.getByText('as of 10 Dec 2024')).toBeVisible();
  await expect(header.getByText('Synthetic data')).toBeVisible();
});

test('a first visit asks for the dataset once, whether the sample or a ?data= address', async ({ page }) => {
  // The page's entry asks for the dataset before the loader has arrived; the loader must take
  // that answer, not download the file a second time (a large dataset would cost twice).
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() !== 'document' && new URL(request.url()).pathname.endsWith('.json')) asked.push(request.url());
  });
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByRole('table', { name: /certificates?, / })).toBeVisible();
  expect(asked).toEqual([expect.stringMatching(/\/data\/sample\.json$/)]);

  asked.length = 0;
  await page.route(path('/other.json'), (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(readJson('public/data/sample.json')) }));
  await page.goto('/review/2021-Q3?data=/other.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly review 2021-Q3' })).toBeVisible();
  expect(asked).toEqual([expect.stringMatching(/\/other\.json$/)]);
});

test('every view is reachable from the navigation and keeps the synthetic badge', async ({ page }) => {
  await page.goto('/map');
  const nav = page.getByRole('navigation', { name: 'Views' });
  const views: Array<[RegExp, RegExp]> = [
    [/^Notifications$/, /^Notifications$/],
    [/^Quarterly review$/, /^Quarterly review \d{4}-Q[1-4]$/],
    [/^Data quality/, /^Data quality$/],
    [/^Present$/, /^Present$/],
    [/^Map$/, /^Zones$/],
  ];
  for (const [link, heading] of views) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Synthetic data')).toBeVisible();
  }
});

test('changing the quarter in the URL changes the numbers, which are the core\'s', async ({ page }) => {
  const headline = page.getByRole('table', { name: /^Headline figures/ });
  for (const quarter of ['2020-Q2', '2021-Q3']) {
    const review = reviewOfSample(quarter);
    await page.goto(`/review/${quarter}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quarterly review ${quarter}`);
    const exportsRow = headline.getByRole('row', { name: /^Exports/ });
    await expect(exportsRow.getByRole('cell').first()).toHaveText(String(review.totals.exports));
    const caratsRow = headline.getByRole('row', { name: /^Carats/ });
    await expect(caratsRow.getByRole('cell').first()).toHaveText(carats(review.totals.carats));
  }
  expect(reviewOfSample('2020-Q2').totals.carats).not.toBe(reviewOfSample('2021-Q3').totals.carats);
});

test('choosing a quarter updates the URL, and a bad quarter falls back with a notice', async ({ page }) => {
  await page.goto('/review/2021-Q3');
  await page.getByLabel('Quarter').selectOption('2020-Q4');
  await expect(page).toHaveURL(/\/review\/2020-Q4$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quarterly review 2020-Q4');
  await page.goto('/review/2031-Q9');
  await expect(page.getByText('2031-Q9 is not a quarter of this regime; showing 2024-Q4.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quarterly review 2024-Q4');
});

test('a dataset with other zones shows those zones', async ({ page }) => {
  await page.route(path('/other-zones.json'), (route) =>
    route.fulfill({ json: readJson('test/fixtures/small-dataset.json') }));
  await page.goto('/map?data=/other-zones.json');
  const zones = page.getByRole('table', { name: /Compliant zones/ });
  for (const name of ['Alpha', 'Beta', 'Gamma']) await expect(zones.getByRole('rowheader', { name })).toBeVisible();
  await expect(zones.getByRole('rowheader', { name: 'Berbérati' })).toHaveCount(0);
  await expect(page.getByRole('banner').getByText('Hand-computed review fixture')).toBeVisible();
});
