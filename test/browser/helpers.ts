/** What the browser tests share: the sample and the core's own figures for it. */
import { readFileSync } from 'node:fs';
import { parseDataset, reviewQuarter, type Dataset } from '../../src/core';

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function sample(): Dataset {
  const result = parseDataset(readJson('public/data/sample.json'));
  if (!result.ok) throw new Error('the embedded sample does not load');
  return result.dataset;
}

export function reviewOfSample(quarter: string) {
  const d = sample();
  return reviewQuarter(d, quarter, d.meta.asOf!);
}

/** The app's number formats: thousands separators, 2 decimals for carats. */
export const carats = (n: number) =>
  `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ct`;

/** Matches requests for exactly this path (a glob would also match `?data=/x.json` pages). */
export const path = (pathname: string) => (url: URL) => url.pathname === pathname;
