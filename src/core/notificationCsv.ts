/**
 * Notifications from text: an importing authority's CSV file (columns mapped
 * to fields, every row checked) and the entry form (the same text-to-value
 * rules). Both validate with the dataset's own `notificationSchema`, so a
 * notification accepted here is one the dataset accepts.
 */
import Papa from 'papaparse';
import { notificationSchema } from './schema';
import { toStructuralErrors } from './validation';
import type { Notification } from './types';

export const NOTIFICATION_FIELDS = [
  'id', 'certificate', 'participant', 'authority', 'receivedOn', 'notifiedOn', 'carats', 'parcels', 'valueUsd', 'importer',
] as const;
export type NotificationField = (typeof NOTIFICATION_FIELDS)[number];

export const FIELD_LABELS: Record<NotificationField, string> = {
  id: 'Notification id',
  certificate: 'Certificate',
  participant: 'Participant',
  authority: 'Authority',
  receivedOn: 'Received on',
  notifiedOn: 'Notified on',
  carats: 'Carats',
  parcels: 'Parcels',
  valueUsd: 'Value (US$)',
  importer: 'Importer',
};

/** Fields a file must provide; the id is made up when the file has none. */
export const REQUIRED_COLUMNS: readonly NotificationField[] = ['certificate', 'participant', 'receivedOn', 'notifiedOn', 'carats'];

const NUMBER_FIELDS = new Set<NotificationField>(['carats', 'parcels', 'valueUsd']);
const DATE_FIELDS = new Set<string>(['receivedOn', 'notifiedOn']);
const DATE_WORDS = 'a date written YYYY-MM-DD (a real calendar day)';

/** Values as typed or read from a cell. */
export type NotificationText = Partial<Record<NotificationField, string>>;

export interface FieldError {
  field: NotificationField | '(notification)';
  message: string;
}

export type NotificationFromText =
  | { ok: true; notification: Notification }
  | { ok: false; errors: FieldError[] };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number for a plain decimal ("1234.5", spaces between digits allowed); the text itself otherwise, for the schema to refuse. */
function toNumber(text: string): number | string {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return PLAIN_NUMBER.test(compact) ? Number(compact) : text;
}

/** Text values to a candidate: trimmed, empty means absent, numbers read as plain decimals. */
export function candidateFromText(values: NotificationText): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of NOTIFICATION_FIELDS) {
    const text = values[field]?.trim() ?? '';
    if (text === '') continue;
    out[field] = NUMBER_FIELDS.has(field) ? toNumber(text) : text;
  }
  return out;
}

/** Validates typed or imported text with the dataset schema; errors come one per field, in field order. */
export function notificationFromText(values: NotificationText): NotificationFromText {
  const result = notificationSchema.safeParse(candidateFromText(values), { reportInput: true });
  if (result.success) return { ok: true, notification: result.data };
  const errors = toStructuralErrors(result.error.issues).map((e): FieldError => {
    const field = (NOTIFICATION_FIELDS as readonly string[]).includes(e.path) ? (e.path as NotificationField) : '(notification)';
    // A missing date is asked for as a date, not as "a text" (its type in JSON).
    const message = DATE_FIELDS.has(field) && e.message.startsWith('missing:') ? `missing: expected ${DATE_WORDS}` : e.message;
    return { field, message };
  });
  const order = (f: FieldError['field']) => (f === '(notification)' ? -1 : NOTIFICATION_FIELDS.indexOf(f));
  const firstPerField = errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);
  return { ok: false, errors: firstPerField.sort((a, b) => order(a.field) - order(b.field)) };
}

// ---------- Reading a file ----------

export interface CsvRecord {
  /** The line of the file the record starts on (the header is usually row 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Problems reading the file itself (quotes left open...). */
  problems: string[];
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 10) n += 1;
  return n;
}

/** Parses CSV text (delimiter detected, blank lines skipped); the first record is the header. */
export function readCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const all: CsvRecord[] = [];
  const problems: string[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The record starts at the first non-blank character after the previous one.
      let start = cursor;
      while (start < text.length && /\s/.test(text[start]!)) start += 1;
      line += countNewlines(text, cursor, start);
      const end = result.meta.cursor;
      all.push({ row: line, cells: result.data.map((c) => String(c)) });
      // A file with one column has no delimiter to detect: not a problem.
      for (const e of result.errors) if (e.code !== 'UndetectableDelimiter') problems.push(`row ${line}: ${e.message}`);
      line += countNewlines(text, start, end);
      cursor = end;
    },
  });
  const [head, ...records] = all;
  return { header: (head?.cells ?? []).map((h) => h.trim()), records, problems };
}

// ---------- Mapping columns to fields ----------

/** For each field, the index of the file column it is read from, or null. */
export type ColumnMapping = Record<NotificationField, number | null>;

/** Header words each field is known by (English and French), compared without case, accents or punctuation. */
const SYNONYMS: Record<NotificationField, string[]> = {
  id: ['id', 'notificationid', 'notification', 'reference', 'ref', 'referenceno', 'confirmationid'],
  certificate: ['certificate', 'certificateno', 'certificatenumber', 'kpcertificate', 'kpcertificateno', 'kpc', 'cert', 'certno', 'certificat', 'numerocertificat', 'certificatkp'],
  participant: ['participant', 'importingparticipant', 'country', 'importingcountry', 'pays', 'paysimportateur'],
  authority: ['authority', 'importingauthority', 'autorite', 'autoriteimportatrice'],
  receivedOn: ['receivedon', 'received', 'datereceived', 'receiptdate', 'dateofreceipt', 'datereception', 'recule'],
  notifiedOn: ['notifiedon', 'notified', 'datenotified', 'notificationdate', 'dateofnotification', 'datenotification', 'notifiele'],
  carats: ['carats', 'carat', 'weight', 'caratweight', 'weightct', 'ct', 'poids', 'poidscarats'],
  parcels: ['parcels', 'parcel', 'numberofparcels', 'parcelcount', 'noofparcels', 'colis', 'nombredecolis'],
  valueUsd: ['valueusd', 'value', 'usd', 'valueinusd', 'usvalue', 'valeur', 'valeurusd'],
  importer: ['importer', 'importername', 'consignee', 'importateur', 'destinataire'],
};

export function normaliseHeader(header: string): string {
  return header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Suggested mapping for a header row: a column whose name is a known word for
 * the field, else one that starts with such a word (4 letters or more). Each
 * column serves at most one field.
 */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const names = header.map(normaliseHeader);
  const used = new Set<number>();
  const mapping = Object.fromEntries(NOTIFICATION_FIELDS.map((f) => [f, null])) as ColumnMapping;
  const pick = (field: NotificationField, matches: (name: string, word: string) => boolean) => {
    if (mapping[field] !== null) return;
    for (const word of SYNONYMS[field]) {
      const at = names.findIndex((name, i) => !used.has(i) && matches(name, word));
      if (at !== -1) {
        mapping[field] = at;
        used.add(at);
        return;
      }
    }
  };
  for (const field of NOTIFICATION_FIELDS) pick(field, (name, word) => name === word);
  for (const field of NOTIFICATION_FIELDS) pick(field, (name, word) => word.length >= 4 && name.startsWith(word));
  return mapping;
}

/** Required fields no column is mapped to. */
export function unmappedRequired(mapping: ColumnMapping): NotificationField[] {
  return REQUIRED_COLUMNS.filter((f) => mapping[f] === null);
}

/** The text values of one record under a mapping. */
export function recordValues(record: CsvRecord, mapping: ColumnMapping): NotificationText {
  const values: NotificationText = {};
  for (const field of NOTIFICATION_FIELDS) {
    const column = mapping[field];
    if (column !== null) values[field] = record.cells[column] ?? '';
  }
  return values;
}

// ---------- Checking every row ----------

export interface ImportRow {
  row: number;
  values: NotificationText;
  /** Set when the row is valid. */
  notification: Notification | null;
  /** `row N, field: message`, one per field at fault. */
  errors: string[];
}

export interface ImportPreview {
  rows: ImportRow[];
  /** The notifications of the valid rows, in file order. */
  valid: Notification[];
  invalidCount: number;
}

export interface ImportOptions {
  /** Notifications already in the dataset (ids must stay unique; the same confirmation twice is refused). */
  existing: readonly Notification[];
  /** An id for a row whose file gives none. */
  makeId: (row: number) => string;
}

const sameConfirmation = (n: Notification) => `${n.certificate}\u0000${n.participant}\u0000${n.notifiedOn}\u0000${n.carats}`;

/** Every record checked: valid rows become notifications, the others carry their errors. Nothing is applied. */
export function prepareImport(table: CsvTable, mapping: ColumnMapping, options: ImportOptions): ImportPreview {
  const ids = new Set(options.existing.map((n) => n.id));
  const recorded = new Map(options.existing.map((n) => [sameConfirmation(n), n.id]));
  const rows: ImportRow[] = [];
  const valid: Notification[] = [];
  for (const record of table.records) {
    const values = recordValues(record, mapping);
    if ((values.id ?? '').trim() === '') values.id = options.makeId(record.row);
    const result = notificationFromText(values);
    const errors = result.ok ? [] : result.errors.map((e) => `row ${record.row}, ${e.field}: ${e.message}`);
    if (result.ok) {
      const n = result.notification;
      const twin = recorded.get(sameConfirmation(n));
      if (ids.has(n.id)) errors.push(`row ${record.row}, id: "${n.id}" is already used by another notification`);
      else if (twin !== undefined) errors.push(`row ${record.row}, certificate: the same confirmation is already recorded (notification ${twin})`);
    }
    const notification = result.ok && errors.length === 0 ? result.notification : null;
    if (notification !== null) {
      valid.push(notification);
      ids.add(notification.id);
      recorded.set(sameConfirmation(notification), notification.id);
    }
    rows.push({ row: record.row, values, notification, errors });
  }
  return { rows, valid, invalidCount: rows.length - valid.length };
}
