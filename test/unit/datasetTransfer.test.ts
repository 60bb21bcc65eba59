/** The worker's sliced hand-over puts every dataset back exactly as parsed. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseDatasetText } from '../../src/core';
import { readingMessages } from '../../src/lib/dataset-reading';
import { assembler, buffersOf, contentText, looksLikeMarkup, messagesFor, SLICE, type ResultMessage } from '../../src/lib/dataset-transfer';
import { validDataset } from './datasetArbitrary';
import { fixtureInput } from './fixture';

/** What the page puts together from the worker's messages for `text`, and the messages' kinds. */
function roundTrip(text: string) {
  const parsed = parseDatasetText(text);
  const add = assembler();
  let result = null;
  const kinds: string[] = [];
  const messages = readingMessages(7, text);
  for (let step = messages.next(); !step.done; step = messages.next()) {
    kinds.push(step.value.kind === 'slice' ? `slice:${step.value.list}` : step.value.kind);
    expect(result).toBeNull();
    // structuredClone: what postMessage does to each message.
    result = add(structuredClone(step.value));
  }
  return { parsed, result, kinds };
}

/** The fixture with more than one slice of each list (and of quality issues: notified before received). */
function bigInput() {
  const big = fixtureInput();
  const e = big.exports[0]!;
  const n = big.notifications[0]!;
  big.exports = Array.from({ length: SLICE * 2 + 3 }, (_, i) => ({ ...e, certificate: `CF${i}` }));
  big.notifications = Array.from({ length: SLICE + 1 }, (_, i) => ({ ...n, id: `N${i}`, certificate: `CF${i}`, notifiedOn: '2000-01-01' }));
  return big;
}


describe('dataset hand-over from the worker', () => {
  it('gives back the dataset and its quality issues, lists in order, keys in order', () => {
    for (const text of [JSON.stringify(fixtureInput()), readFileSync('public/data/sample.json', 'utf8'), JSON.stringify(bigInput())]) {
      const { parsed, result } = roundTrip(text);
      expect(result).toStrictEqual(parsed);
      if (result?.ok) expect(Object.keys(result.dataset)).toEqual(Object.keys((parsed as { dataset: object }).dataset));
    }
  });

  it('sends the lists slice by slice as they are read, then the head, the quality issues and done', () => {
    const { result, kinds } = roundTrip(JSON.stringify(bigInput()));
    const issues = result?.ok ? result.quality.length : 0;
    expect(issues).toBeGreaterThan(SLICE);
    const qualitySlices = Math.ceil(issues / SLICE);
    expect(kinds).toEqual([
      ...Array<string>(3).fill('slice:exports'),
      ...Array<string>(2).fill('slice:notifications'),
      'head',
      ...Array<string>(qualitySlices).fill('slice:quality'),
      'done',
    ]);
  });

  it('gives back any valid dataset exactly (the slices travel as JSON text)', () => {
    fc.assert(fc.property(validDataset, (input) => {
      const { parsed, result } = roundTrip(JSON.stringify(input));
      expect(result).toStrictEqual(parsed);
    }), { numRuns: 200 });
  });

  it('gives back the errors of a refused dataset in one message', () => {
    const { parsed, result, kinds } = roundTrip('{"schemaVersion": 1}');
    expect(kinds).toEqual(['failed']);
    expect(result).toStrictEqual(parsed);
    expect(result?.ok).toBe(false);
  });

  it('ends with the errors, and nothing of the slices sent, when a later record is refused', () => {
    const big = bigInput();
    (big.exports[SLICE * 2 + 1] as { carats: unknown }).carats = -1;
    const { parsed, result, kinds } = roundTrip(JSON.stringify(big));
    expect(kinds).toEqual(['slice:exports', 'slice:exports', 'failed']);
    expect(result).toStrictEqual(parsed);
    expect(result?.ok).toBe(false);
    expect(JSON.stringify(result)).toContain(`exports[${SLICE * 2 + 1}].carats`);
  });

  it('forgets the slices sent when told to restart, and puts the lists sent again back together', () => {
    const parsed = parseDatasetText(JSON.stringify(bigInput()));
    if (!parsed.ok) throw new Error('the fixture must load');
    const add = assembler();
    const early: ResultMessage[] = [...messagesFor(7, parsed)].filter((m) => m.kind === 'slice' && m.list === 'exports').slice(0, 2);
    for (const message of early) expect(add(structuredClone(message))).toBeNull();
    expect(add({ id: 7, kind: 'restart' })).toBeNull();
    let result = null;
    for (const message of messagesFor(7, parsed)) result = add(structuredClone(message));
    expect(result).toStrictEqual(parsed);
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
