/**
 * npm run bench:node [-- --sizes 1000,10000,100000,1000000]
 * Times the pipeline in Node on generated datasets: JSON.parse (the floor),
 * validate (schema + quality checks), reconcile, one quarterly review; prints
 * a table and writes reports/bench-node.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDataset, reconcile, reviewQuarter, type Dataset } from '../../src/core';
import { scaledDataset } from './scale';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000,1000000' } } });
const sizes = values.sizes.split(',').map(Number);

/** Runs for a size: best of a few for the small sizes (noise), one for the large. */
function runsFor(n: number): number {
  return n <= 10_000 ? 5 : n <= 100_000 ? 3 : 1;
}

/** The smallest of the milliseconds each run reports for the part it times. */
function best(n: number, run: () => number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runsFor(n); i += 1) min = Math.min(min, run());
  return min;
}

function since(t0: number): number {
  return performance.now() - t0;
}

interface Row { exports: number; megabytes: number; jsonParseMs: number; validateMs: number; reconcileMs: number; reviewMs: number; pipelineMs: number; ratio: number }
const rows: Row[] = [];

for (const n of sizes) {
  const text = JSON.stringify(scaledDataset(n));
  const jsonParseMs = best(n, () => {
    const t0 = performance.now();
    JSON.parse(text);
    return since(t0);
  });
  let dataset: Dataset | null = null;
  const validateMs = best(n, () => {
    const json = JSON.parse(text);
    const t0 = performance.now();
    const result = parseDataset(json);
    const ms = since(t0);
    if (!result.ok) throw new Error('generated dataset does not validate');
    dataset = result.dataset;
    return ms;
  });
  const loaded = dataset as unknown as Dataset;
  const asOf = loaded.meta.asOf!;
  // A fresh dataset object each run: the core caches per object, and the
  // figures must include building the reconciliation and the quarter indexes.
  const reconcileMs = best(n, () => {
    const fresh = { ...loaded };
    const t0 = performance.now();
    reconcile(fresh, asOf);
    return since(t0);
  });
  const reviewMs = best(n, () => {
    const fresh = { ...loaded };
    const rec = reconcile(fresh, asOf);
    const t0 = performance.now();
    reviewQuarter(fresh, '2021-Q3', asOf, rec);
    return since(t0);
  });
  const pipelineMs = jsonParseMs + validateMs + reconcileMs + reviewMs;
  rows.push({ exports: n, megabytes: text.length / 1e6, jsonParseMs, validateMs, reconcileMs, reviewMs, pipelineMs, ratio: pipelineMs / jsonParseMs });
}

const f = (x: number) => x.toFixed(1).padStart(9);
console.log('exports      MB  JSON.parse  validate  reconcile    review  pipeline  ×parse  growth');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const growth = prev ? `${(r.pipelineMs / prev.pipelineMs).toFixed(1)}× for ${(r.exports / prev.exports).toFixed(0)}× data` : '';
  console.log(`${String(r.exports).padStart(7)} ${r.megabytes.toFixed(1).padStart(7)} ${f(r.jsonParseMs)}  ${f(r.validateMs)} ${f(r.reconcileMs)} ${f(r.reviewMs)} ${f(r.pipelineMs)}  ${r.ratio.toFixed(2).padStart(5)}  ${growth}`);
});
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-node.json', `${JSON.stringify({ node: process.version, rows }, null, 2)}\n`);
console.log('(milliseconds; pipeline = JSON.parse + validate + reconcile + review; figures in reports/bench-node.json)');
