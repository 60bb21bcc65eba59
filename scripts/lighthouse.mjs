// npm run lighthouse [-- [--dist DIR] [--port N] [--runs N] [/route ...]]
//
// Lighthouse 12.8.2 (mobile, its default: simulated slow 4G and a 4× slower
// CPU) on the built app served by `vite preview` on 127.0.0.1, on each route
// (default: /map, the first view, and /review/2021-Q3), --runs times each
// (default 3). Scores move by several points between runs of one build (the
// page runs on this machine's CPU, multiplied by four), so each route's figure
// is its median run, as Lighthouse's own guidance recommends; every run's
// performance score is printed beside it. Writes the median run's full report
// to reports/lighthouse<route>.json and the scores to
// reports/lighthouse-summary.json. Targets: performance ≥ 95, accessibility
// 100, best practices 100. Lighthouse is fetched by npx, not an app
// dependency; Chromium comes from CHROME_PATH (default /usr/bin/chromium).
// Run it when nothing else is busy.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4195' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 15) {
  console.error(`--runs must be a whole number from 1 to 15, got "${values.runs}"`);
  process.exit(2);
}
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

/** One Lighthouse run on `route`, its report written to `file` and returned. */
function lighthouse(route, file) {
  const run = spawnSync('npx', [
    '--yes', 'lighthouse@12.8.2', `${base}${route}`,
    '--output=json', `--output-path=${file}`, '--quiet',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
  ], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  if (run.status !== 0) throw new Error(`lighthouse exited ${run.status} on ${route}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const performanceOf = (report) => Math.round(report.categories.performance.score * 100);

/** The middle run by performance score (the lower middle for an even count). */
function medianRun(reports) {
  const sorted = [...reports].sort((a, b) => performanceOf(a.report) - performanceOf(b.report));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function print(route, report, all) {
  const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  const metrics = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? '?']));
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && ['binary', 'metricSavings', 'numeric'].includes(a.scoreDisplayMode))
    .map((a) => a.id);
  const runsNote = all.length > 1 ? `, median of ${all.length} runs (performance ${all.join(', ')})` : '';
  console.log(`Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${route}${runsNote}`);
  for (const [id, score] of Object.entries(scores)) {
    const target = TARGETS[id];
    const verdict = target === undefined ? '' : `   target ≥ ${target}: ${score >= target ? 'met' : 'NOT met'}`;
    console.log(`  ${report.categories[id].title.padEnd(16)} ${String(score).padStart(3)}${verdict}`);
  }
  console.log(`  ${METRICS.map((id) => `${id.replace(/-/g, ' ')} ${metrics[id]}`).join(', ')}`);
  if (failing.length) console.log(`  audits below 90: ${failing.join(', ')}`);
  return { route, lighthouse: report.lighthouseVersion, formFactor: report.configSettings.formFactor, runs: all.length, performanceEachRun: all, scores, metrics, failing };
}

const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', values.port, '--strictPort', '--outDir', values.dist], { stdio: 'ignore' });
const summary = [];
try {
  await waitForServer();
  for (const route of routes) {
    const file = `reports/lighthouse${route.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}.json`;
    const done = [];
    for (let i = 0; i < runs; i += 1) {
      const runFile = file.replace(/\.json$/, `.run${i + 1}.json`);
      done.push({ file: runFile, report: lighthouse(route, runFile) });
    }
    const median = medianRun(done);
    renameSync(median.file, file);
    for (const { file: other } of done) if (other !== median.file) rmSync(other, { force: true });
    summary.push(print(route, median.report, done.map(({ report }) => performanceOf(report))));
  }
  writeFileSync('reports/lighthouse-summary.json', `${JSON.stringify(summary, null, 2)}\n`);
} finally {
  server.kill();
}
