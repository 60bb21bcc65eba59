/**
 * The table as CSV: the rows and columns shown, in the order shown (formula-looking cells neutralised by the core's writer).
 * Headers and status words are the table's, in the current language (a download of what a person sees, not a
 * file format other tools read); numbers and dates stay plain (1234.5, 2021-03-31) so spreadsheets read them.
 * Loaded when someone downloads (the CSV writer is a library of its own), not to show the tables.
 */
import { toCsv } from '../../core';
import type { ColumnSpec } from './columns';

export function tableCsv<T>(specs: readonly ColumnSpec<T>[], rows: readonly T[]): string {
  return toCsv(specs.map((s) => s.label()), rows.map((row) => specs.map((s) => s.csv(row))));
}
