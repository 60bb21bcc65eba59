/**
 * Property tests: whatever a dataset file holds, loading it ends in either a
 * loaded dataset or a list of path-precise errors — never an exception — and a
 * loaded one can be reconciled and reviewed for every quarter.
 */
import fc from 'fast-check';
import {
  parseDataset, parseDatasetText, reconcile, regimeQuarters, reviewQuarter, type ParseResult,
} from '../../src/core';
import { loadDataset } from '../../src/lib/dataset-query';
import { isDatasetLoadError } from '../../src/lib/dataset-error';
import { LOAD_LIMITS } from '../../src/lib/load-limits';
import { fixtureInput } from './fixture';

const counts = { arbitrary: 0, mutated: 0, text: 0, deep: 0, loader: 0, loaded: 0, rejected: 0 };

afterAll(() => {
  const total = counts.arbitrary + counts.mutated + counts.text + counts.deep + counts.loader;
  console.log(`fuzz: ${total} datasets tried (${counts.arbitrary} arbitrary JSON, ${counts.mutated} mutated datasets, ${counts.text} mutated texts, ${counts.deep} deeply nested, ${counts.loader} through the app's loader as served bytes): ${counts.loaded} loaded, ${counts.rejected} rejected with errors, 0 exceptions`);
});

/** Checks the outcome's shape, and exercises the rules on a loaded dataset. */
function settle(result: ParseResult): void {
  if (!result.ok) {
    counts.rejected += 1;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(typeof e.path).toBe('string');
      expect(e.path.length).toBeGreaterThan(0);
      expect(e.message.length).toBeGreaterThan(0);
    }
    return;
  }
  counts.loaded += 1;
  const { dataset } = result;
  const asOf = dataset.meta.asOf ?? '2021-09-30';
  const rec = reconcile(dataset, asOf);
  for (const q of regimeQuarters(dataset.regime, asOf).slice(-12)) reviewQuarter(dataset, q, asOf, rec);
}

/** Values that break careless code: wrong types, extremes, NaN-like text, odd Unicode, deep nesting. */
const nasty = fc.oneof(
  fc.constantFrom(
    null, true, 0, -0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'NaN', 'Infinity',
    '-Infinity', 'null', 'undefined', '2021-02-30', '2021-Q5', '0000-00-00', '9999-12-31', 'CF', 'cf1',
    '\u0000', '\u202Eevil', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'é'.normalize('NFD'), '<script>alert(1)</script>', '=cmd|"/c calc"!A1',
    '__proto__', 'constructor', [], {}, [[[[[[[[[[]]]]]]]]]],
  ),
  fc.jsonValue({ maxDepth: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.double(),
  fc.integer(),
);

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside the document, so a mutation can land anywhere. */
function paths(node: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (node === null || typeof node !== 'object') return [prefix];
  const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  return [prefix, ...keys.flatMap((k) => paths((node as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function setAt(doc: Json, path: Array<string | number>, value: unknown, remove: boolean): void {
  let node: unknown = doc;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path.at(-1)!;
  if (remove && Array.isArray(node)) node.splice(Number(last), 1);
  else if (remove) delete (node as Record<string, unknown>)[String(last)];
  else (node as Record<string | number, unknown>)[last] = value;
}

const base = fixtureInput() as unknown as Json;
const allPaths = paths(base).filter((p) => p.length > 0);

describe('loading never throws', () => {
  it('on arbitrary JSON documents', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
      counts.arbitrary += 1;
      settle(parseDataset(value));
    }), { numRuns: 1500 });
  });

  it('on datasets with values replaced, removed or duplicated anywhere', () => {
    const mutation = fc.record({
      edits: fc.array(fc.record({
        at: fc.integer({ min: 0, max: allPaths.length - 1 }),
        value: nasty,
        kind: fc.constantFrom('replace', 'remove', 'duplicate'),
      }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(fc.property(mutation, ({ edits }) => {
      counts.mutated += 1;
      const doc = fixtureInput() as unknown as Json;
      for (const { at, value, kind } of edits) {
        const path = allPaths[at]!;
        try {
          if (kind === 'duplicate') {
            const list = path.slice(0, -1).reduce<unknown>((n, k) => (n as Record<string | number, unknown>)?.[k], doc);
            if (Array.isArray(list) && list.length > 0) list.push(structuredClone(list[0]));
          } else setAt(doc, path, value, kind === 'remove');
        } catch {
          // An earlier edit removed the parent: the edit does not apply.
        }
      }
      settle(parseDataset(doc));
    }), { numRuns: 3000 });
  });

  it('on damaged JSON text: cut short, characters inserted, bytes flipped', () => {
    const text = JSON.stringify(fixtureInput());
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length }), fc.string({ maxLength: 5 }), fc.boolean(), (at, insert, cut) => {
      counts.text += 1;
      const damaged = cut ? text.slice(0, at) : text.slice(0, at) + insert + text.slice(at);
      settle(parseDatasetText(damaged));
    }), { numRuns: 1000 });
  });

  it('on deeply nested documents (up to 100,000 levels) anywhere in the dataset', () => {
    const nest = (depth: number, open: string, close: string, inner = '0') => open.repeat(depth) + inner + close.repeat(depth);
    const text = JSON.stringify(fixtureInput());
    for (const depth of [10, 1_000, 100_000]) {
      for (const [open, close] of [['[', ']'], ['{"a":', '}']] as const) {
        for (const at of ['"meta":', '"zones":', '"exports":', '"coordinates":', '"carats":']) {
          const i = text.indexOf(at) + at.length;
          counts.deep += 1;
          settle(parseDatasetText(text.slice(0, i) + nest(depth, open, close) + text.slice(text.indexOf(',', i))));
        }
        counts.deep += 1;
        settle(parseDatasetText(nest(depth, open, close)));
      }
    }
  });

  it('through the app\'s loader: served bytes (damaged text, invalid UTF-8) end in a dataset or a typed, path-precise error', async () => {
    const text = JSON.stringify(fixtureInput());
    const bytes = new TextEncoder().encode(text);
    const served = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: text.length }), fc.string({ unit: 'binary', maxLength: 6 }))
        .map(([at, insert]) => new TextEncoder().encode(text.slice(0, at) + insert + text.slice(at))),
      fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }))
        .map(([at, byte]) => { const b = bytes.slice(); b[at] = byte; return b; }),
      fc.uint8Array({ maxLength: 64 }),
    );
    const limits = { ...LOAD_LIMITS, retries: 0 };
    await fc.assert(fc.asyncProperty(served, async (body) => {
      counts.loader += 1;
      vi.stubGlobal('fetch', async () => new Response(body));
      try {
        await loadDataset({ kind: 'url', url: '/fuzzed.json', origin: 'query' }, { limits, today: '2021-09-30' });
        counts.loaded += 1;
      } catch (error) {
        expect(isDatasetLoadError(error)).toBe(true);
        if (!isDatasetLoadError(error)) return;
        counts.rejected += 1;
        expect(error.errors.length).toBeGreaterThan(0);
        for (const e of error.errors) expect(e.path.length).toBeGreaterThan(0);
      } finally {
        vi.unstubAllGlobals();
      }
    }), { numRuns: 500 });
  });

  it('on a newer schemaVersion: refused, never half-read', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 1e6 }), (version) => {
      const result = parseDataset({ ...fixtureInput(), schemaVersion: version });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]!.message).toContain(`format version ${version}`);
    }), { numRuns: 100 });
  });
});
