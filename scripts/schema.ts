/**
 * Writes public/dataset.schema.json (JSON Schema) from the zod schema, for
 * people who produce datasets with other tools. `--check` fails when the
 * committed file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText } from '../src/core/jsonSchema';

const target = fileURLToPath(new URL('../public/dataset.schema.json', import.meta.url));
const fresh = datasetJsonSchemaText();

if (process.argv.includes('--check')) {
  let current: string;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (current !== fresh) {
    console.error('public/dataset.schema.json is stale: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('public/dataset.schema.json is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log('wrote public/dataset.schema.json');
}
