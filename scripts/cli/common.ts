/**
 * What the command-line tools share: reading a dataset file and failing
 * with a one-line reason (exit 2) instead of a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseDatasetText, type ParseResult } from '../../src/core';

export class UsageError extends Error {}

export function readDatasetFile(file: string | undefined): ParseResult {
  if (file === undefined || file === '') throw new UsageError('no dataset file given');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  return parseDatasetText(text);
}

/** Runs a command; any failure becomes one line on stderr and exit 2. */
export function run(name: string, usage: string, main: () => number): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`usage: ${usage}\n`);
    return;
  }
  try {
    process.exitCode = main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: ${message}\n`);
    process.exitCode = 2;
  }
}
