import { expect, test } from '@playwright/test';
import { path, readJson } from './helpers';

function withWrongType() {
  const d = readJson('test/fixtures/small-dataset.json') as { exports: Array<Record<string, unknown>> };
  d.exports[3]!.carats = 'a hundred';
  return d;
}

test('a dataset with a wrong type shows the path-precise error screen', async ({ page }) => {
  await page.route(path('/broken.json'), (route) => route.fulfill({ json: withWrongType() }));
  await page.goto('/review/2021-Q3?data=/broken.json');
  await expect(page.getByRole('heading', { name: 'This dataset cannot be loaded' })).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('exports[3].carats: expected a number, got the text "a hundred"');
  await expect(page.getByText('/broken.json').first()).toBeVisible();
});

test('an unreachable data URL shows what failed and a Retry that loads once it answers', async ({ page }) => {
  let answer = false;
  await page.route(path('/flaky.json'), (route) =>
    answer ? route.fulfill({ json: readJson('test/fixtures/small-dataset.json') }) : route.abort('connectionrefused'));
  await page.goto('/map?data=/flaky.json');
  await expect(page.getByRole('heading', { name: 'The dataset could not be fetched' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('/flaky.json').first()).toBeVisible();
  answer = true;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Alpha' })).toBeVisible();
});

test('a server that is not there at all is reported, not a blank page', async ({ page }) => {
  await page.goto('/map?data=http://127.0.0.1:1/nothing.json');
  await expect(page.getByRole('heading', { name: 'The dataset could not be fetched' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a local file opens with no server, and a broken one is refused with its problems', async ({ page }) => {
  await page.goto('/map');
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles({
    name: 'team.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(readJson('test/fixtures/small-dataset.json'))),
  });
  await expect(page.getByRole('rowheader', { name: 'Gamma' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('team.json');

  const again = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Open file…' }).click();
  await (await again).setFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withWrongType())),
  });
  await expect(page.getByRole('heading', { name: 'This dataset cannot be loaded' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('exports[3].carats');
});

test('an unknown page says so and offers the way back', async ({ page }) => {
  await page.goto('/no-such-view');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('dropping a dataset file on the page opens it', async ({ page }) => {
  await page.goto('/map');
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  const text = JSON.stringify(readJson('test/fixtures/small-dataset.json'));
  const transfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  const target = page.getByRole('main');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a dataset JSON file to open it')).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('rowheader', { name: 'Beta' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('dropped.json');
});

test('a view whose code cannot be fetched says so, and the other views still open', async ({ page }) => {
  await page.route('**/assets/QualityView-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/map');
  await expect(page.getByRole('heading', { level: 1, name: 'Zones' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^Data quality/ }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('This view could not be loaded: check the connection, then reload the page.');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
});

test("a review download whose writer cannot be fetched says so, and the next try downloads", async ({ page }) => {
  let blocked = true;
  await page.route('**/assets/reviewFormat-*.js', (route) => (blocked ? route.abort('internetdisconnected') : route.fallback()));
  await page.goto('/review/2021-Q3');
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly review 2021-Q3' })).toBeVisible();
  await page.getByRole('button', { name: 'Download CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be made' })).toHaveText('The file could not be made: check the connection, then try again.');
  blocked = false;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('review-2021-Q3.csv');
  await expect(page.getByRole('status').filter({ hasText: 'could not be made' })).toHaveCount(0);
});

test('a table download whose CSV writer cannot be fetched says so, and the next try downloads', async ({ page }) => {
  let blocked = true;
  await page.route('**/assets/exportCsv-*.js', (route) => (blocked ? route.abort('internetdisconnected') : route.fallback()));
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await page.getByRole('button', { name: /^Download CSV/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The CSV could not be made' })).toHaveText('The CSV could not be made: check the connection, then try again.');
  blocked = false;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^notifications-exports-.*\.csv$/);
});
