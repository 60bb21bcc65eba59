/** A quarterly review written as JSON, CSV or Markdown (the CLI's formats). */
import { toCsv, type CsvCell } from './csv';
import type { QuarterlyReview, Totals } from './review';
import type { Dataset } from './types';

export type ReviewFormat = 'json' | 'csv' | 'md';
export const REVIEW_FORMATS: readonly ReviewFormat[] = ['json', 'csv', 'md'];

export function reviewToJson(review: QuarterlyReview): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}

const TOTAL_KEYS = ['exports', 'carats', 'valueUsd', 'pricePerCarat'] as const;

type Row = [section: string, id: string, name: string, metric: string, value: CsvCell];

function totalRows(section: string, id: string, name: string, t: Totals): Row[] {
  return TOTAL_KEYS.map((k): Row => [section, id, name, k, t[k]]);
}

function namer(dataset: Dataset) {
  const zones = new Map(dataset.zones.map((z) => [z.id, z.name]));
  const offices = new Map(dataset.buyingOffices.map((o) => [o.id, o.name]));
  return {
    zone: (id: string) => zones.get(id) ?? `${id} (unknown zone)`,
    office: (id: string) => offices.get(id) ?? `${id} (unknown office)`,
  };
}

/** Long form, one figure a row: section, id, name, metric, value. */
export function reviewToCsv(review: QuarterlyReview, dataset: Dataset): string {
  const name = namer(dataset);
  const rows: Row[] = [
    ['meta', '', '', 'quarter', review.quarter],
    ['meta', '', '', 'asOf', review.asOf],
    ...totalRows('totals', review.quarter, '', review.totals),
    ...totalRows('previous', review.previous.quarter, '', review.previous.totals),
    ...review.byZone.flatMap((z) => totalRows('byZone', z.zoneId, name.zone(z.zoneId), z)),
    ...review.byDestination.flatMap((d) => totalRows('byDestination', d.destination, d.destination, d)),
    ...review.byBuyingOffice.flatMap((o): Row[] => [
      ...totalRows('byBuyingOffice', o.buyingOfficeId, name.office(o.buyingOfficeId), o),
      ['byBuyingOffice', o.buyingOfficeId, name.office(o.buyingOfficeId), 'belowMinimum', o.belowMinimum],
    ]),
    ...Object.entries(review.reconciliation).map(([k, v]): Row => ['reconciliation', '', '', k, v]),
    ...review.flags.map((f): Row => ['flags', f.certificate ?? f.buyingOfficeId ?? '', f.buyingOfficeId ? name.office(f.buyingOfficeId) : '', 'kind', f.kind]),
  ];
  return toCsv(['section', 'id', 'name', 'metric', 'value'], rows);
}

const num = (n: number | null, digits = 2) =>
  n === null ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (n: number) => n.toLocaleString('en-US');
/** Markdown tables break on pipes and newlines inside a cell. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

function table(header: string[], rows: string[][]): string {
  const line = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const totalsCells = (t: Totals) => [int(t.exports), num(t.carats), num(t.valueUsd), num(t.pricePerCarat)];
const TOTALS_HEADER = ['Exports', 'Carats', 'Value (US$)', 'US$/ct'];

function mdFlags(review: QuarterlyReview, name: ReturnType<typeof namer>): string {
  if (review.flags.length === 0) return 'No flags.';
  return table(['Flag', 'Record'], review.flags.map((f) => [
    f.kind, f.certificate ?? (f.buyingOfficeId ? name.office(f.buyingOfficeId) : ''),
  ]));
}

export function reviewToMarkdown(review: QuarterlyReview, dataset: Dataset): string {
  const name = namer(dataset);
  const r = review.reconciliation;
  const sections = [
    `# Quarterly review ${review.quarter}`,
    `${dataset.meta.title}. ${dataset.meta.synthetic ? 'Synthetic data: the figures are made up. ' : ''}Statuses as of ${review.asOf}.`,
    '## Totals',
    table(['Quarter', ...TOTALS_HEADER], [
      [review.quarter, ...totalsCells(review.totals)],
      [review.previous.quarter, ...totalsCells(review.previous.totals)],
    ]),
    '## By zone',
    table(['Zone', ...TOTALS_HEADER], review.byZone.map((z) => [name.zone(z.zoneId), ...totalsCells(z)])),
    '## By destination',
    table(['Destination', ...TOTALS_HEADER], review.byDestination.map((d) => [d.destination, ...totalsCells(d)])),
    '## By buying office',
    table(['Buying office', ...TOTALS_HEADER, 'Below minimum'], review.byBuyingOffice.map((o) => [
      name.office(o.buyingOfficeId), ...totalsCells(o), o.belowMinimum ? 'yes' : 'no',
    ])),
    '## Reconciliation',
    table(['Confirmed', 'Discrepancy', 'Awaiting', 'Overdue', 'Late', 'Duplicate', 'Unmatched', 'Median days to notify'], [[
      int(r.confirmed), int(r.discrepancy), int(r.awaiting), int(r.overdue), int(r.late),
      int(r.duplicate), int(r.unmatched), num(r.medianDaysToNotify, 1),
    ]]),
    '## Flags',
    mdFlags(review, name),
  ];
  return `${sections.join('\n\n')}\n`;
}
