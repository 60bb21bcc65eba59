/**
 * CSV writing for every export the product makes. Cells that a spreadsheet
 * would run as a formula (starting =, +, -, @, tab or CR) are neutralised.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

export function toCsv(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const body = rows.map((row) => row.map((cell) => (cell === null ? '' : cell)));
  return `${Papa.unparse({ fields: [...header], data: body }, { escapeFormulae: true, newline: '\n' })}\n`;
}
