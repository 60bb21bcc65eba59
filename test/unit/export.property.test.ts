/**
 * Property test: "Export dataset" → load the file → "Export dataset" again
 * gives the identical text, for generated valid datasets with and without
 * local changes laid over them; and what loads is what was exported.
 */
import fc from 'fast-check';
import { applyLocalChanges, exportDataset, parseDataset, parseDatasetText, type Dataset } from '../../src/core';
import { localChangesFor, validDataset } from './datasetArbitrary';

const counts = { plain: 0, withChanges: 0 };

afterAll(() => {
  console.log(`export round trip: ${counts.plain + counts.withChanges} generated datasets (${counts.withChanges} with local changes applied): export → load → export identical for every one`);
});

function load(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`a generated dataset does not validate: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.dataset;
}

function roundTrip(dataset: Dataset): void {
  const first = exportDataset(dataset);
  const loaded = parseDatasetText(first);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const second = exportDataset(loaded.dataset);
  expect(second).toBe(first);
  // Nothing lost on the way: the loaded dataset is the exported one.
  expect(JSON.parse(second)).toEqual(JSON.parse(first));
  expect(loaded.dataset.notifications).toHaveLength(dataset.notifications.length);
  expect(loaded.dataset.reviews).toHaveLength(dataset.reviews.length);
}

describe('export → load → export', () => {
  it('is identical for generated valid datasets', () => {
    fc.assert(fc.property(validDataset, (input) => {
      counts.plain += 1;
      roundTrip(load(input));
    }), { numRuns: 400 });
  });

  it('is identical with local changes applied (upserts, deletes, reviews)', () => {
    const withChanges = validDataset.chain((input) => {
      const dataset = load(input);
      return localChangesFor(dataset.notifications.map((n) => n.id)).map((changes) => ({ dataset, changes }));
    });
    fc.assert(fc.property(withChanges, ({ dataset, changes }) => {
      counts.withChanges += 1;
      roundTrip(applyLocalChanges(dataset, changes));
    }), { numRuns: 400 });
  });
});
