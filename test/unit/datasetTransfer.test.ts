/** The worker's sliced hand-over puts every dataset back exactly as parsed. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseDatasetText } from '../../src/core';
import { assembler, buffersOf, contentText, looksLikeMarkup, messagesFor, SLICE } from '../../src/lib/dataset-transfer';
import { validDataset } from './datasetArbitrary';
import { fixtureInput } from './fixture';

function roundTrip(text: string) {
  const parsed = parseDatasetText(text);
  const add = assembler();
  let result = null;
  let count = 0;
  // structuredClone: what postMessage does to each message.
  for (const message of messagesFor(7, parsed)) {
    count += 1;
    result = add(structuredClone(message));
  }
  return { parsed, result, count };
}

describe('dataset hand-over from the worker', () => {
  it('gives back the dataset and its quality issues, lists in order, keys in order', () => {
    const big = fixtureInput();
    // More than one slice of each list.
    const e = big.exports[0]!;
    const n = big.notifications[0]!;
    big.exports = Array.from({ length: SLICE * 2 + 3 }, (_, i) => ({ ...e, certificate: `CF${i}` }));
    big.notifications = Array.from({ length: SLICE + 1 }, (_, i) => ({ ...n, id: `N${i}`, certificate: `CF${i}`, notifiedOn: '2000-01-01' }));
    for (const text of [JSON.stringify(fixtureInput()), readFileSync('public/data/sample.json', 'utf8'), JSON.stringify(big)]) {
      const { parsed, result } = roundTrip(text);
      expect(result).toStrictEqual(parsed);
      if (result?.ok) expect(Object.keys(result.dataset)).toEqual(Object.keys((parsed as { dataset: object }).dataset));
    }
    const { count, result } = roundTrip(JSON.stringify(big));
    const issues = result?.ok ? result.quality.length : 0;
    // Notified before received: at least one issue a notification, so the quality list is sliced too.
    expect(issues).toBeGreaterThan(SLICE);
    // head, 3 + 2 slices of the lists, the quality slices, done
    expect(count).toBe(1 + 3 + 2 + Math.ceil(issues / SLICE) + 1);
  });

  it('gives back any valid dataset exactly (the slices travel as JSON text)', () => {
    fc.assert(fc.property(validDataset, (input) => {
      const { parsed, result } = roundTrip(JSON.stringify(input));
      expect(result).toStrictEqual(parsed);
    }), { numRuns: 200 });
  });

  it('gives back the errors of a refused dataset in one message', () => {
    const { parsed, result, count } = roundTrip('{"schemaVersion": 1}');
    expect(count).toBe(1);
    expect(result).toStrictEqual(parsed);
    expect(result?.ok).toBe(false);
  });
});

describe('a download handed to the worker as bytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  /** The bytes of `text` cut at the given offsets, as a download may arrive. */
  const cut = (text: string, ...at: number[]) => {
    const all = bytes(text);
    return [0, ...at].map((from, k) => all.slice(from, [...at, all.length][k]));
  };

  it('decodes to the same text, a character cut between two pieces included', () => {
    const text = readFileSync('public/data/sample.json', 'utf8');
    const pieces = cut(text, 1, 4096, 70000);
    expect(contentText(pieces)).toBe(text);
    // "é" is two bytes: the cut falls between them.
    expect(contentText(cut('{"title":"Bérbérati"}', 12))).toBe('{"title":"Bérbérati"}');
    expect(contentText([])).toBe('');
    expect(contentText('as it is')).toBe('as it is');
  });

  it('drops a byte order mark, as the text of a file does', () => {
    expect(contentText([new Uint8Array([0xef, 0xbb, 0xbf]), bytes('{"a":1}')])).toBe('{"a":1}');
  });

  it('tells a web page from a dataset by its first character other than white space', () => {
    expect(looksLikeMarkup(cut('  \n<!doctype html><html>', 1))).toBe(true);
    expect(looksLikeMarkup([new Uint8Array([0xef, 0xbb, 0xbf]), bytes('<html>')])).toBe(true);
    expect(looksLikeMarkup(cut(' {"zones": "<b>"}', 2))).toBe(false);
    expect(looksLikeMarkup([])).toBe(false);
    expect(looksLikeMarkup('\t<html>')).toBe(true);
    expect(looksLikeMarkup('{}')).toBe(false);
  });

  it('lists each buffer of a download once, to hand over; none for text', () => {
    const shared = new ArrayBuffer(16);
    const pieces = [new Uint8Array(shared, 0, 8), new Uint8Array(shared, 8, 8), bytes('{"a":1}')];
    expect(buffersOf(pieces)).toEqual([shared, pieces[2]!.buffer]);
    expect(buffersOf('{"a":1}')).toEqual([]);
    // Handing them over leaves the page without them: the reason the page reads what it needs first.
    structuredClone(pieces, { transfer: buffersOf(pieces) });
    expect(pieces.every((piece) => piece.byteLength === 0)).toBe(true);
  });
});
