// npm run lighthouse [-- [--dist DIR] [--port N] [/route ...]]
//
// Lighthouse 12.8.2 (mobile, its default: simulated slow 4G and a 4× slower
// CPU) on the built app served by `vite preview` on 127.0.0.1, one run per
// route (default: /map, the first view, and /review/2021-Q3). Prints the four
// category scores and the metrics behind performance, writes each full
// report to reports/lighthouse<route>.json and the scores to
// reports/lighthouse-summary.json. Targets: performance ≥ 95, accessibility
// 100, best practices 100. Lighthouse is fetched by npx, not an app
// dependency; Chromium comes from CHROME_PATH (default /usr/bin/chromium).
// Lighthouse measures the page on this machine: run it when nothing else is
// busy, and more than once (scores move by several points between runs).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4195' } },
});
const routes = positionals.length > 0 ? positionals : ['/map', '/review/2021-Q3'];
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const base = `http://127.0.0.1:${values.port}`;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
mkdirSync('reports', { recursive: true });

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${base}`);
}

const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', values.port, '--strictPort', '--outDir', values.dist], { stdio: 'ignore' });
const summary = [];
try {
  await waitForServer();
  for (const route of routes) {
    const file = `reports/lighthouse${route.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}.json`;
    const run = spawnSync('npx', [
      '--yes', 'lighthouse@12.8.2', `${base}${route}`,
      '--output=json', `--output-path=${file}`, '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
    if (run.status !== 0) throw new Error(`lighthouse exited ${run.status} on ${route}`);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    const metrics = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? '?']));
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && ['binary', 'metricSavings', 'numeric'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    summary.push({ route, lighthouse: report.lighthouseVersion, formFactor: report.configSettings.formFactor, scores, metrics, failing });
    console.log(`Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${route}`);
    for (const [id, score] of Object.entries(scores)) {
      const target = TARGETS[id];
      const verdict = target === undefined ? '' : `   target ≥ ${target}: ${score >= target ? 'met' : 'NOT met'}`;
      console.log(`  ${report.categories[id].title.padEnd(16)} ${String(score).padStart(3)}${verdict}`);
    }
    console.log(`  ${METRICS.map((id) => `${id.replace(/-/g, ' ')} ${metrics[id]}`).join(', ')}`);
    if (failing.length) console.log(`  audits below 90: ${failing.join(', ')}`);
  }
  writeFileSync('reports/lighthouse-summary.json', `${JSON.stringify(summary, null, 2)}\n`);
} finally {
  server.kill();
}
