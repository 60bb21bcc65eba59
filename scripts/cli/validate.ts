/**
 * npm run validate -- FILE
 * Prints structural errors (exit 1) or data-quality warnings (exit 0).
 */
import { parseArgs } from 'node:util';
import { readDatasetFile, run, UsageError } from './common';

const USAGE = 'npm run validate -- FILE';

function main(): number {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (positionals.length > 1) throw new UsageError('give exactly one dataset file');
  const file = positionals[0];
  const result = readDatasetFile(file);
  if (!result.ok) {
    console.log(`${file}: ${result.errors.length} structural error(s); the file cannot be loaded.`);
    for (const e of result.errors) console.log(`error ${e.path}: ${e.message}`);
    return 1;
  }
  const { dataset, quality } = result;
  console.log(`${file}: valid dataset v1 "${dataset.meta.title}" — ${dataset.zones.length} zones, ${dataset.exports.length} exports, ${dataset.notifications.length} notifications.`);
  console.log(`${quality.length} data-quality warning(s).`);
  for (const q of quality) console.log(`warning ${q.path}: ${q.message}`);
  return 0;
}

run('validate', USAGE, main);
