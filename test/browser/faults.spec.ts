/**
 * Faults of the data source, simulated by request interception (and, for a
 * body that trickles in, a small local server): each ends in its own message
 * and a Retry, never a blank page; the last dataset that loaded is shown
 * offline, with the time it was loaded, when the source cannot be reached.
 *
 * The loader's limits are lowered for the tests through the one global it
 * reads (src/lib/load-limits.ts), so a timeout takes a second, not thirty.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page, type Route } from '@playwright/test';
import { path, readJson } from './helpers';

test.describe.configure({ mode: 'default' });

const faults: string[] = [];
test.afterAll(() => {
  console.log(`faults simulated: ${faults.length} (${faults.join('; ')})`);
});

const DATA = readJson('test/fixtures/small-dataset.json');
const TEXT = JSON.stringify(DATA);
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const zonesView = (page: Page) => heading(page, 'Zones');
const retry = (page: Page) => page.getByRole('main').getByRole('button', { name: 'Retry' });

async function lowerLimits(page: Page, limits: Record<string, number> = {}) {
  await page.addInitScript((l) => {
    (window as unknown as { __KP_LOAD_LIMITS__: unknown }).__KP_LOAD_LIMITS__ = { timeoutMs: 1500, retryDelayMs: 50, ...l };
  }, limits);
}

/** Answers with `answer` until `fixed` is set, then with the dataset; counts requests. */
function faultyRoute(answer: (route: Route) => Promise<void>) {
  const state = { fixed: false, requests: 0 };
  const handler = async (route: Route) => {
    state.requests += 1;
    if (state.fixed) await route.fulfill({ contentType: 'application/json', body: TEXT });
    else await answer(route);
  };
  return { state, handler };
}

test.beforeEach(async ({ page }) => {
  await lowerLimits(page);
});

test('404: says there is no dataset at the address, with a Retry that loads once it is there', async ({ page }) => {
  faults.push('404');
  const { state, handler } = faultyRoute((route) => route.fulfill({ status: 404, body: 'Not here' }));
  await page.route(path('/gone.json'), handler);
  await page.goto('/map?data=/gone.json');
  await expect(heading(page, 'The dataset could not be fetched')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Loading /gone.json failed: the server answered 404 Not Found: there is no dataset at this address.');
  await expect(page.getByRole('main')).toContainText('Check the address');
  expect(state.requests).toBe(1); // a 404 is not retried by itself
  state.fixed = true;
  await retry(page).click();
  await expect(zonesView(page)).toBeVisible();
});

test('500: retried by itself, then reported; recovered by Retry', async ({ page }) => {
  faults.push('500 then Retry');
  const { state, handler } = faultyRoute((route) => route.fulfill({ status: 500, body: 'Internal error' }));
  await page.route(path('/fragile.json'), handler);
  await page.goto('/map?data=/fragile.json');
  await expect(heading(page, 'The dataset could not be fetched')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('the server answered 500 Internal Server Error: a fault on the server’s side, which often passes');
  await expect(page.getByRole('main')).toContainText('This browser has no earlier copy of this dataset to show instead.');
  expect(state.requests).toBe(3);
  state.fixed = true;
  await retry(page).click();
  await expect(zonesView(page)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Alpha' })).toBeVisible();
});

test('slow: no answer within the timeout has its own message and a Retry', async ({ page }) => {
  faults.push('slow (timeout)');
  const { state, handler } = faultyRoute(async (route) => {
    await new Promise((r) => setTimeout(r, 4000));
    await route.fulfill({ contentType: 'application/json', body: TEXT }).catch(() => undefined);
  });
  await page.route(path('/slow.json'), handler);
  await page.goto('/map?data=/slow.json');
  await expect(page.getByRole('status')).toContainText('Loading dataset from /slow.json');
  await expect(heading(page, 'The dataset could not be fetched')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Loading /slow.json failed: the server did not answer within 1.5 s.');
  await expect(page.getByRole('main')).toContainText('The server may be busy or the connection slow.');
  expect(state.requests).toBe(1); // the person has waited already: a timeout is not retried by itself
  state.fixed = true;
  await retry(page).click();
  await expect(zonesView(page)).toBeVisible();
});

test.describe('a body that trickles in', () => {
  let server: Server;
  let base = '';
  test.beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks = request.url?.startsWith('/endless') ? 1000 : 6;
      const piece = Math.ceil(TEXT.length / 6);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
      if (!request.url?.startsWith('/endless')) headers['content-length'] = String(Buffer.byteLength(TEXT));
      response.writeHead(200, headers);
      let i = 0;
      const timer = setInterval(() => {
        if (request.url?.startsWith('/endless')) response.write(' '.repeat(20_000));
        else response.write(TEXT.slice(i * piece, (i + 1) * piece));
        i += 1;
        if (i >= chunks) {
          clearInterval(timer);
          response.end();
        }
      }, request.url?.startsWith('/endless') ? 20 : 400);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test('slow but arriving: the loading screen shows the bytes received, and the dataset loads', async ({ page }) => {
    faults.push('slow but arriving (progress)');
    // Each piece comes within the silence limit; the whole takes longer than it.
    await page.goto(`/map?data=${encodeURIComponent(`${base}/trickle.json`)}`);
    await expect(page.getByRole('status')).toContainText(/kB of \d+(\.\d)? kB \(\d+ %\) received\./);
    await expect(zonesView(page)).toBeVisible({ timeout: 10_000 });
  });

  test('too large, with no Content-Length: reading stops past the limit', async ({ page }) => {
    faults.push('too large (streamed)');
    await lowerLimits(page, { maxBytes: 200_000 });
    await page.goto(`/map?data=${encodeURIComponent(`${base}/endless.json`)}`);
    await expect(heading(page, 'This dataset is too large to open')).toBeVisible();
    await expect(page.getByRole('main')).toContainText('This file is over 200 kB (reading stopped there); the dashboard reads files up to 200 kB.');
  });
});

test('invalid JSON: a specific message, the problem, and a Retry', async ({ page }) => {
  faults.push('invalid JSON');
  const { state, handler } = faultyRoute((route) => route.fulfill({ contentType: 'application/json', body: TEXT.slice(0, 300) }));
  await page.route(path('/cut.json'), handler);
  await page.goto('/map?data=/cut.json');
  await expect(heading(page, 'This dataset cannot be loaded')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('The document could not be read as JSON');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('(document): not valid JSON');
  state.fixed = true;
  await retry(page).click();
  await expect(zonesView(page)).toBeVisible();
});

test('offline with no copy kept: says no answer, and that there is no earlier copy', async ({ page }) => {
  faults.push('offline, no copy');
  const { state, handler } = faultyRoute((route) => route.abort('internetdisconnected'));
  await page.route(path('/team.json'), handler);
  await page.goto('/map?data=/team.json');
  await expect(heading(page, 'The dataset could not be fetched')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Loading /team.json failed: no answer: the network or the server is unreachable.');
  await expect(page.getByRole('main')).toContainText('This browser has no earlier copy of this dataset to show instead.');
  expect(state.requests).toBe(3);
  state.fixed = true;
  await retry(page).click();
  await expect(zonesView(page)).toBeVisible();
});

test('offline with a copy kept: the last dataset that loaded is shown, with when it was loaded and why; Retry brings the source back', async ({ page }) => {
  faults.push('offline, copy kept');
  let mode: 'ok' | 'offline' = 'ok';
  await page.route(path('/team.json'), (route) =>
    mode === 'ok' ? route.fulfill({ contentType: 'application/json', body: TEXT }) : route.abort('internetdisconnected'));
  await page.goto('/map?data=/team.json');
  await expect(page.getByRole('rowheader', { name: 'Alpha' })).toBeVisible();
  // The copy is written just after the load.
  await page.waitForTimeout(300);

  mode = 'offline';
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: 'Offline copy' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/Offline copy of \/team\.json, loaded \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}; the source could not be reached: no answer: the network or the server is unreachable \(last tried at \d{2}:\d{2}\)\./);
  await expect(page.getByRole('rowheader', { name: 'Alpha' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Data from /team.json (offline copy)');
  // Every view shows it.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Notifications' }).click();
  await expect(heading(page, 'Notifications')).toBeVisible();
  await expect(banner).toBeVisible();

  mode = 'ok';
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('banner')).not.toContainText('offline copy');
});

test('a 5xx with a copy kept shows the copy too, naming the server fault', async ({ page }) => {
  faults.push('503 with copy kept');
  let failing = false;
  await page.route(path('/team.json'), (route) =>
    failing ? route.fulfill({ status: 503, body: '' }) : route.fulfill({ contentType: 'application/json', body: TEXT }));
  await page.goto('/notifications?data=/team.json');
  await expect(heading(page, 'Notifications')).toBeVisible();
  await page.waitForTimeout(300);
  failing = true;
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Offline copy' })).toContainText('the server answered 503 Service Unavailable');
  await expect(heading(page, 'Notifications')).toBeVisible();
});

test('too large by its Content-Length: refused before reading, with the size and the limit', async ({ page }) => {
  faults.push('too large (Content-Length)');
  await page.route(path('/huge.json'), (route) => route.fulfill({
    status: 200, headers: { 'content-type': 'application/json', 'content-length': '1200000000' }, body: TEXT,
  }));
  await page.goto('/map?data=/huge.json');
  await expect(heading(page, 'This dataset is too large to open')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('This file is 1.2 GB; the dashboard reads files up to 200 MB.');
});

test('too large, an opened file: refused from its size', async ({ page }) => {
  faults.push('too large (opened file)');
  await lowerLimits(page, { maxBytes: 1000 });
  await page.route(path('/data/sample.json'), (route) => route.fulfill({ contentType: 'application/json', body: '{}' }));
  await page.goto('/map');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('main').getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(TEXT) });
  await expect(heading(page, 'This dataset is too large to open')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`This file is ${(Buffer.byteLength(TEXT) / 1000).toFixed(1).replace(/\.0$/, '')} kB; the dashboard reads files up to 1 kB.`);
});

test('a newer schemaVersion: refused whole, saying so', async ({ page }) => {
  faults.push('newer schemaVersion');
  await page.route(path('/v2.json'), (route) => route.fulfill({ json: { ...(DATA as object), schemaVersion: 2 } }));
  await page.goto('/map?data=/v2.json');
  await expect(heading(page, 'This dataset is in a newer format')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('this file uses format version 2; this dashboard reads version 1');
  await expect(page.getByRole('main')).toContainText('Nothing in it was read');
});

test('the dataset worker cannot start: the dataset is read on the page instead', async ({ page }) => {
  faults.push('worker blocked');
  let asked = 0;
  await page.route('**/assets/dataset.worker-*.js', (route) => {
    asked += 1;
    return route.abort();
  });
  await page.goto('/map');
  await expect(zonesView(page)).toBeVisible();
  expect(asked).toBeGreaterThan(0);
});

test('the dataset worker stops part-way: says so, and Retry reads the dataset again', async ({ page }) => {
  faults.push('worker stopped');
  // A worker that starts, takes the bytes handed over, then fails as one out of memory would.
  await page.route('**/assets/dataset.worker-*.js', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: "self.postMessage({ kind: 'ready' }); self.onmessage = () => { throw new Error('out of memory'); };",
  }));
  // The dataset comes after the worker has started (within the lowered timeout), so its bytes are handed over, not copied.
  let requests = 0;
  await page.route(path('/late.json'), async (route) => {
    requests += 1;
    if (requests === 1) await new Promise((resolve) => setTimeout(resolve, 800));
    await route.fulfill({ contentType: 'application/json', body: TEXT });
  });
  await page.goto('/map?data=/late.json');
  await expect(heading(page, 'The dataset could not be read')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Loading /late.json failed: the browser stopped reading it part-way, perhaps for lack of memory.');
  await expect(page.getByRole('main')).toContainText('Close other tabs or programs to free memory, then retry');
  await page.unroute('**/assets/dataset.worker-*.js');
  await retry(page).click();
  await expect(zonesView(page)).toBeVisible();
});
