// Prints one closing line, "N passed, N failed, N skipped", over the unit/component
// (Vitest) and browser (Playwright) runs, from their JSON reports.
import { readFileSync } from 'node:fs';

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`summary: missing or unreadable ${file}`);
    process.exit(1);
  }
}

const vitest = read('reports/vitest.json');
const pw = read('reports/playwright.json').stats;
const passed = vitest.numPassedTests + pw.expected + pw.flaky;
const failed = vitest.numFailedTests + pw.unexpected;
const skipped = vitest.numPendingTests + vitest.numTodoTests + pw.skipped;
console.log(`unit+component: ${vitest.numPassedTests} passed; browser: ${pw.expected + pw.flaky} passed (${pw.flaky} flaky)`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
