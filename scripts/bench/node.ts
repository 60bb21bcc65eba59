/**
 * npm run bench:node [-- --sizes 1000,10000,100000,1000000]
 *
 * Times the pipeline in Node on generated datasets (scale.ts): JSON.parse of
 * the text (the floor: nothing can read the file faster), validate (schema
 * and quality checks, `parseDataset` as the app's worker calls it), reconcile,
 * one quarterly review; prints a table and writes reports/bench-node.json.
 *
 * - ×parse: the whole pipeline over the bare JSON.parse of the same bytes
 *   (target ≤ 3);
 * - growth: the pipeline's time over the previous size's, for 10 times the
 *   data (linear is 10; target ≤ 11); beside it the same for JSON.parse alone
 *   and for a bare Set of the exports' certificate numbers (what the quality
 *   checks and the indexes do once per list), which show what the JavaScript
 *   engine's memory does at that size.
 *
 * The core caches indexes and reconciliations per dataset object, so the
 * reconcile and review runs each start from a fresh copy of the dataset
 * object: the figures include building them. The pipeline first runs a few
 * times untimed, so no figure includes the JIT compiler's warm-up. Each size
 * then runs a few times (the fastest is kept: the least disturbed by the rest
 * of the machine), each run after a garbage collection (the npm script runs
 * Node with `--expose-gc`) so that no run pays for the garbage of the one
 * before. The million needs a bigger heap than Node's default; the npm script
 * gives it 8 GB (`--max-old-space-size=8192`) and it takes a few minutes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDataset, reconcile, reviewQuarter, type Dataset } from '../../src/core';
import { scaledDataset } from './scale';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000,1000000' } } });
const sizes = values.sizes.split(',').map(Number);
const QUARTER = '2021-Q3';
const TARGET_RATIO = 3;
const TARGET_GROWTH = 11;

/** Runs for a size: more for the small sizes (noisier), fewer for the large (slow). */
function runsFor(n: number): number {
  return n <= 10_000 ? 7 : n <= 100_000 ? 5 : 3;
}

/** Collects garbage when Node allows it (`--expose-gc`), so a run is not charged for an earlier one's. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The smallest of the milliseconds each run reports for the part it times. */
function best(n: number, run: () => number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runsFor(n); i += 1) {
    collect();
    min = Math.min(min, run());
  }
  return min;
}

function since(t0: number): number {
  return performance.now() - t0;
}

/*
 * Warm-up: the whole pipeline a few times on a small dataset, untimed, so the
 * figures are the code's steady state rather than the JIT compiler's first
 * passes (JSON.parse, the floor, is native and needs none).
 */
{
  const text = JSON.stringify(scaledDataset(1000));
  for (let i = 0; i < 30; i += 1) {
    const result = parseDataset(JSON.parse(text), { adopt: true });
    if (!result.ok) throw new Error('generated dataset does not validate');
    const fresh = { ...result.dataset };
    reviewQuarter(fresh, QUARTER, fresh.meta.asOf!, reconcile(fresh, fresh.meta.asOf!));
  }
}

interface Row {
  exports: number; megabytes: number; jsonParseMs: number; validateMs: number; reconcileMs: number; reviewMs: number;
  pipelineMs: number; ratio: number; growth: number | null; floorGrowth: number | null;
  /** A bare Set of the exports' certificate numbers, and its growth: the engine's hash tables beyond the processor's caches. */
  setMs: number; setGrowth: number | null;
}
const rows: Row[] = [];

for (const n of sizes) {
  let text = JSON.stringify(scaledDataset(n));
  const megabytes = text.length / 1e6;
  const jsonParseMs = best(n, () => {
    const t0 = performance.now();
    JSON.parse(text);
    return since(t0);
  });
  let dataset: Dataset | null = null;
  const validateMs = best(n, () => {
    const json = JSON.parse(text);
    const t0 = performance.now();
    // As the app's worker does (parseDatasetText): the JSON just parsed is the validator's to keep.
    const result = parseDataset(json, { adopt: true });
    const ms = since(t0);
    if (!result.ok) throw new Error('generated dataset does not validate');
    dataset = result.dataset;
    return ms;
  });
  text = '';
  const loaded = dataset as unknown as Dataset;
  const asOf = loaded.meta.asOf!;
  const reconcileMs = best(n, () => {
    const fresh = { ...loaded };
    const t0 = performance.now();
    reconcile(fresh, asOf);
    return since(t0);
  });
  const setMs = best(n, () => {
    const t0 = performance.now();
    const seen = new Set<string>();
    for (const e of loaded.exports) seen.add(e.certificate);
    return since(t0);
  });
  const reviewMs = best(n, () => {
    const fresh = { ...loaded };
    const rec = reconcile(fresh, asOf);
    const t0 = performance.now();
    reviewQuarter(fresh, QUARTER, asOf, rec);
    return since(t0);
  });
  const pipelineMs = jsonParseMs + validateMs + reconcileMs + reviewMs;
  const previous = rows.at(-1);
  const tenfold = previous !== undefined && n === previous.exports * 10;
  const growth = tenfold ? pipelineMs / previous.pipelineMs : null;
  const floorGrowth = tenfold ? jsonParseMs / previous.jsonParseMs : null;
  const setGrowth = tenfold ? setMs / previous.setMs : null;
  rows.push({ exports: n, megabytes, jsonParseMs, validateMs, reconcileMs, reviewMs, pipelineMs, ratio: pipelineMs / jsonParseMs, growth, floorGrowth, setMs, setGrowth });
}

const ms = (x: number) => x.toFixed(1).padStart(9);
console.log(`Node ${process.version}, one quarterly review (${QUARTER}); milliseconds, fastest of ${sizes.map(runsFor).join('/')} runs:`);
console.log('  exports       MB  JSON.parse   validate  reconcile     review   pipeline  ×parse  growth for 10× data');
for (const r of rows) {
  const growth = r.growth === null ? '' : `${r.growth.toFixed(1)}× (JSON.parse alone ${r.floorGrowth!.toFixed(1)}×, a Set of the certificates ${r.setGrowth!.toFixed(1)}×)`;
  console.log(`  ${r.exports.toLocaleString('en-US').padStart(9)} ${r.megabytes.toFixed(1).padStart(6)} ${ms(r.jsonParseMs)}  ${ms(r.validateMs)}  ${ms(r.reconcileMs)}  ${ms(r.reviewMs)}  ${ms(r.pipelineMs)}  ${r.ratio.toFixed(2).padStart(6)}  ${growth}`);
}
const worstRatio = Math.max(...rows.map((r) => r.ratio));
const growths = rows.flatMap((r) => (r.growth === null ? [] : [r.growth]));
const worstGrowth = growths.length ? Math.max(...growths) : null;
console.log(`  pipeline ÷ JSON.parse at most ${worstRatio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${worstRatio <= TARGET_RATIO ? 'met' : 'NOT met'})`
  + (worstGrowth === null ? '' : `; growth for 10× data at most ${worstGrowth.toFixed(1)}× (target ≤ ${TARGET_GROWTH}: ${worstGrowth <= TARGET_GROWTH ? 'met' : 'NOT met'})`));
console.log('  (pipeline = JSON.parse + validate + reconcile + review; figures in reports/bench-node.json)');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-node.json', `${JSON.stringify({ node: process.version, quarter: QUARTER, rows }, null, 2)}\n`);
