/** The hand-computed fixture, parsed, and helpers to make variants of it. */
import raw from '../fixtures/small-dataset.json';
import { parseDataset, type Dataset, type DatasetInput } from '../../src/core';

export function fixtureInput(): DatasetInput {
  return structuredClone(raw) as DatasetInput;
}

export function load(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.dataset;
}

export function fixture(): Dataset {
  return load(fixtureInput());
}

export const AS_OF = '2021-09-30';
