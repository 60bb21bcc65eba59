/**
 * npm run bench:browser — the built app in Chromium on a generated dataset
 * of 100,000 exports (run `npm run build` first): navigation → quarterly
 * review painted, a quarter switch, a table filter, and the longest
 * main-thread task while loading. Prints the figures and writes
 * reports/bench-browser.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { scaledDataset } from './scale';

const { values } = parseArgs({ options: { exports: { type: 'string', default: '100000' }, port: { type: 'string', default: '4196' } } });
const N = Number(values.exports);
const BASE = `http://127.0.0.1:${values.port}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Records long tasks from the first script on, for the whole page life. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

async function timed(page: Page, act: () => Promise<unknown>, done: () => Promise<unknown>): Promise<number> {
  const t0 = Date.now();
  await act();
  await done();
  // One more frame so the figure includes the paint.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return Date.now() - t0;
}

async function main() {
  const body = JSON.stringify(scaledDataset(N));
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', values.port, '--strictPort'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.route((url) => url.pathname === '/bench.json', (route) => route.fulfill({ body, contentType: 'application/json' }));

    const heading = page.getByRole('heading', { level: 1, name: /^Quarterly review 2021-Q3/ });
    const reviewPaintMs = await timed(page, async () => { await page.goto(`${BASE}/review/2021-Q3?data=/bench.json`); }, () => heading.waitFor({ timeout: 60_000 }));
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

    const quarterSwitchMs = await timed(page, () => page.getByLabel('Quarter', { exact: true }).first().selectOption('2022-Q1'),
      () => page.getByRole('heading', { level: 1, name: /^Quarterly review 2022-Q1/ }).waitFor());

    await page.goto(`${BASE}/notifications?quarter=all&data=/bench.json`);
    const caption = page.locator('.table-caption');
    await caption.waitFor({ timeout: 60_000 });
    const before = await caption.textContent();
    const tableFilterMs = await timed(page, () => page.getByLabel('Status', { exact: true }).selectOption('overdue'),
      () => page.waitForFunction((text) => document.querySelector('.table-caption')?.textContent !== text, before));

    const result = {
      exports: N, megabytes: body.length / 1e6, reviewPaintMs, quarterSwitchMs, tableFilterMs,
      longestTaskWhileLoadingMs: Math.round(Math.max(0, ...longTasks)), longTasksWhileLoading: longTasks.length,
    };
    console.log(`browser, ${N.toLocaleString('en-US')} exports (${result.megabytes.toFixed(1)} MB):`);
    console.log(`  navigation → review painted   ${reviewPaintMs} ms   (target ≤ 2000)`);
    console.log(`  quarter switch                ${quarterSwitchMs} ms   (target ≤ 100)`);
    console.log(`  table filter                  ${tableFilterMs} ms   (target ≤ 100)`);
    console.log(`  longest main-thread task      ${result.longestTaskWhileLoadingMs} ms over ${longTasks.length} long tasks while loading (target ≤ 200)`);
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/bench-browser.json', `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
