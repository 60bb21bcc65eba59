/**
 * npm run review -- FILE --quarter 2021-Q3 [--as-of YYYY-MM-DD] [--format json|csv|md]
 * The quarterly review, computed by the same core as the dashboard.
 */
import { parseArgs } from 'node:util';
import {
  isIsoDate, isQuarter, localToday, REVIEW_FORMATS, regimeQuarters, resolveAsOf, reviewQuarter,
  reviewToCsv, reviewToJson, reviewToMarkdown, type ReviewFormat,
} from '../../src/core';
import { readDatasetFile, run, UsageError } from './common';

const USAGE = 'npm run review -- FILE --quarter 2021-Q3 [--as-of YYYY-MM-DD] [--format json|csv|md]';

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { quarter: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string', default: 'json' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function checkArgs(values: ReturnType<typeof readArgs>['values'], positionals: string[]) {
  if (positionals.length !== 1) throw new UsageError('give exactly one dataset file');
  const { quarter, format } = values;
  const asOf = values['as-of'];
  if (quarter === undefined) throw new UsageError('--quarter is required, e.g. --quarter 2021-Q3');
  if (!isQuarter(quarter)) throw new UsageError(`--quarter must be written YYYY-Qn, e.g. 2021-Q3 (got "${quarter}")`);
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD (got "${asOf}")`);
  if (!REVIEW_FORMATS.includes(format as ReviewFormat)) throw new UsageError(`--format must be json, csv or md (got "${format}")`);
  return { file: positionals[0]!, quarter, asOf, format: format as ReviewFormat };
}

function main(): number {
  const { values, positionals } = readArgs();
  const args = checkArgs(values, positionals);
  const result = readDatasetFile(args.file);
  if (!result.ok) {
    const first = result.errors[0]!;
    throw new Error(`${args.file} is not a valid dataset (${result.errors.length} structural error(s); first: ${first.path}: ${first.message}); run validate for the full list`);
  }
  const { dataset, quality } = result;
  const asOf = args.asOf ?? resolveAsOf(dataset, localToday());
  const quarters = regimeQuarters(dataset.regime, asOf);
  if (!quarters.includes(args.quarter)) {
    throw new Error(`${args.quarter} is not a quarter of this regime as of ${asOf} (${quarters[0]} to ${quarters.at(-1)})`);
  }
  const review = reviewQuarter(dataset, args.quarter, asOf);
  const out = args.format === 'json' ? reviewToJson(review)
    : args.format === 'csv' ? reviewToCsv(review, dataset) : reviewToMarkdown(review, dataset);
  process.stdout.write(out);
  if (quality.length > 0) process.stderr.write(`note: ${quality.length} data-quality warning(s) in ${args.file}; run validate for details\n`);
  return 0;
}

run('review', USAGE, main);
