// npm run lighthouse [-- /route]
// Lighthouse (mobile, its default) on the built app served by `vite preview`
// on 127.0.0.1; prints the four category scores and writes the full report to
// reports/lighthouse.json. Targets: performance ≥ 95, accessibility 100,
// best practices 100. Lighthouse is fetched by npx, not an app dependency.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const PORT = 4195;
const route = process.argv[2] ?? '/map';
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
mkdirSync('reports', { recursive: true });

const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 1500));
  const run = spawnSync('npx', [
    '--yes', 'lighthouse@12.8.2', `http://127.0.0.1:${PORT}${route}`,
    '--output=json', '--output-path=reports/lighthouse.json', '--quiet',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
  ], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  if (run.status !== 0) throw new Error(`lighthouse exited ${run.status}`);
  const report = JSON.parse(readFileSync('reports/lighthouse.json', 'utf8'));
  console.log(`Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${route}`);
  for (const [id, category] of Object.entries(report.categories)) {
    console.log(`  ${category.title.padEnd(16)} ${Math.round(category.score * 100)}   (${id})`);
  }
  const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  if (failing.length) console.log(`failing audits: ${failing.map((a) => a.id).join(', ')}`);
} finally {
  server.kill();
}
