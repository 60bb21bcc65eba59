// Bundle budget: the JavaScript a first visit loads before any view chunk —
// the entry script and the chunks index.html preloads — must stay within
// BUDGET_KB gzip. Views (map, charts, tables) load on demand and are listed for
// information; so is the dataset parser's Web Worker, which every first visit
// also loads (it starts with the page) but which runs off the main thread.
// Run after `vite build`; exits 1 over budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = Number(process.env.BUNDLE_BUDGET_KB ?? 150);
const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bundle budget: no ${join(dist, 'index.html')}; build first (npm run build), or name the built folder: node scripts/ci/bundle-budget.mjs DIR`);
  process.exit(2);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

let total = 0;
console.log('first visit (entry + preloaded):');
for (const file of initial) {
  const kb = gz(file);
  total += kb;
  console.log(`  ${kb.toFixed(1).padStart(7)} kB  ${file}`);
}
const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
const workers = chunks.filter((f) => f.includes('.worker-'));
console.log('first visit, in a Web Worker (off the main thread; not in the budget):');
for (const file of workers) console.log(`  ${gz(`assets/${file}`).toFixed(1).padStart(7)} kB  assets/${file}`);
console.log('loaded on demand:');
for (const file of chunks.filter((f) => !workers.includes(f))) {
  console.log(`  ${gz(`assets/${file}`).toFixed(1).padStart(7)} kB  assets/${file}`);
}
const verdict = total <= BUDGET_KB ? 'within' : 'OVER';
console.log(`first-visit JavaScript: ${total.toFixed(1)} kB gzip, ${verdict} the ${BUDGET_KB} kB budget`);
process.exit(total <= BUDGET_KB ? 0 : 1);
