/** `npm run sample`: writes the committed sample, public/data/sample.json. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSample } from './build';

const target = fileURLToPath(new URL('../../public/data/sample.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildSample(), null, 2)}\n`);
console.log(`wrote ${target}`);
