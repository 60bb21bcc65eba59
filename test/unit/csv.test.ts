import { toCsv } from '../../src/core';

describe('CSV writing', () => {
  it('neutralises cells a spreadsheet would run as formulas, but not numbers', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', -5]]);
    expect(csv.split('\n')[1]).toBe(`"'=HYPERLINK(""x"")","'+1","'-2","'@SUM(A1)",-5`);
  });
  it('quotes commas, quotes and newlines, and writes null as empty', () => {
    expect(toCsv(['x', 'y'], [['a, "b"\nc', null]])).toBe('x,y\n"a, ""b""\nc",\n');
  });
});
