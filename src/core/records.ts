/**
 * The schema's rules for the two long lists of a dataset — exports and
 * notifications — written out as plain code, so that a dataset of a million
 * records validates in a fraction of the time the generic validator takes.
 *
 * This is a fast path, not a second definition: each reader either returns
 * exactly what `exportSchema` / `notificationSchema` would (same keys in the
 * same order, text trimmed, unknown keys dropped) or null, and on null the
 * document goes through the zod schema, which gives the errors. So a reader
 * may refuse anything it is unsure of, but must never accept what the schema
 * refuses; test/unit/records.test.ts holds them to the schema, record by
 * record, on generated and mutated input.
 *
 * `adopt`: the input is the caller's to give away (JSON just parsed, seen by
 * no one else). A record already in the schema's form (its keys, in its
 * order, text already trimmed) is then used as it is rather than copied, and
 * a list of such records is the list itself: half the memory, and much less
 * work for the garbage collector with a million records.
 */
import { regexes } from 'zod';
import type { Export, Notification } from './types';

const DATE = regexes.date;
const CERTIFICATE = /^CF\S+$/;
const COUNTRY = /^[A-Z]{2}$/;

type Plain = Record<string, unknown>;

function isPlainObject(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** `z.string().trim().min(1)`: the trimmed text, or null. */
function text(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length > 0 ? t : null;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v);

/** The record's own keys are some of `order` (all the required ones are checked present), in that order. */
function inOrder(v: Plain, order: readonly string[]): boolean {
  let at = 0;
  for (const key in v) {
    while (at < order.length && order[at] !== key) at += 1;
    if (at === order.length) return false;
    at += 1;
  }
  return true;
}
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;

/** Each schema's keys in its order (the optional ones included). */
const EXPORT_KEYS = ['certificate', 'issuedOn', 'zoneId', 'buyingOfficeId', 'importer', 'destination', 'carats', 'valueUsd', 'parcels', 'hsCode'];
const NOTIFICATION_KEYS = ['id', 'certificate', 'participant', 'authority', 'receivedOn', 'notifiedOn', 'carats', 'parcels', 'valueUsd', 'importer'];

/** An export as `exportSchema` outputs it, or null. */
export function readExport(v: unknown, adopt = false): Export | null {
  if (!isPlainObject(v)) return null;
  const { certificate, issuedOn, destination, carats, valueUsd, parcels } = v;
  if (typeof certificate !== 'string' || !CERTIFICATE.test(certificate) || !isDate(issuedOn)) return null;
  const zoneId = text(v.zoneId);
  const buyingOfficeId = text(v.buyingOfficeId);
  const importer = text(v.importer);
  if (zoneId === null || buyingOfficeId === null || importer === null) return null;
  if (typeof destination !== 'string' || !COUNTRY.test(destination)) return null;
  if (!isNumber(carats) || !(carats > 0) || !isNumber(valueUsd) || !(valueUsd >= 0) || !isCount(parcels)) return null;
  if ('hsCode' in v && typeof v.hsCode !== 'string') return null;
  if (adopt && zoneId === v.zoneId && buyingOfficeId === v.buyingOfficeId && importer === v.importer && inOrder(v, EXPORT_KEYS)) {
    return v as Export;
  }
  const out: Export = { certificate, issuedOn, zoneId, buyingOfficeId, importer, destination, carats, valueUsd, parcels };
  if ('hsCode' in v) out.hsCode = v.hsCode as string;
  return out;
}

/** A notification as `notificationSchema` outputs it, or null. */
export function readNotification(v: unknown, adopt = false): Notification | null {
  if (!isPlainObject(v)) return null;
  const id = text(v.id);
  const certificate = text(v.certificate);
  const participant = text(v.participant);
  if (id === null || certificate === null || participant === null) return null;
  const { receivedOn, notifiedOn, carats } = v;
  if (!isDate(receivedOn) || !isDate(notifiedOn) || !isNumber(carats) || !(carats > 0)) return null;
  if (adopt && id === v.id && certificate === v.certificate && participant === v.participant && inOrder(v, NOTIFICATION_KEYS)
    && optionalsValid(v)) {
    return v as Notification;
  }
  // Keys in the schema's order; an optional one only when present, as the schema does.
  const out = { id, certificate, participant } as Notification;
  if ('authority' in v) {
    if (typeof v.authority !== 'string') return null;
    out.authority = v.authority;
  }
  out.receivedOn = receivedOn;
  out.notifiedOn = notifiedOn;
  out.carats = carats;
  if ('parcels' in v) {
    if (!isCount(v.parcels)) return null;
    out.parcels = v.parcels;
  }
  if ('valueUsd' in v) {
    if (!isNumber(v.valueUsd) || !(v.valueUsd >= 0)) return null;
    out.valueUsd = v.valueUsd;
  }
  if ('importer' in v) {
    if (typeof v.importer !== 'string') return null;
    out.importer = v.importer;
  }
  return out;
}

/** The optional fields of a notification, where present, are what the schema accepts. */
function optionalsValid(v: Plain): boolean {
  return (!('authority' in v) || typeof v.authority === 'string')
    && (!('parcels' in v) || isCount(v.parcels))
    && (!('valueUsd' in v) || (isNumber(v.valueUsd) && v.valueUsd >= 0))
    && (!('importer' in v) || typeof v.importer === 'string');
}

/** Records `from` to `to` of `items`, read and accepted (`readInSlices`). */
export interface ReadRange<T> {
  items: readonly T[];
  from: number;
  to: number;
}

/**
 * Every item read by `read`, `size` at a time: after each slice is read and accepted, yields where
 * it is (so a caller can send it on while the rest is read). Returns the items, or null as soon
 * as one is not accepted; with `adopt`, the list itself when every item was used as it is.
 */
export function* readInSlices<T>(
  list: unknown,
  read: (v: unknown, adopt: boolean) => T | null,
  adopt: boolean,
  size: number,
): Generator<ReadRange<T>, T[] | null> {
  if (!Array.isArray(list)) return null;
  let out: T[] | null = null;
  for (let from = 0; from < list.length; from += size) {
    const to = Math.min(list.length, from + size);
    for (let i = from; i < to; i += 1) {
      const item = read(list[i], adopt);
      if (item === null) return null;
      if (out === null && item !== list[i]) {
        out = new Array<T>(list.length);
        for (let j = 0; j < i; j += 1) out[j] = list[j] as T;
      }
      if (out !== null) out[i] = item;
    }
    yield { items: out ?? (list as T[]), from, to };
  }
  return out ?? (adopt && Object.getPrototypeOf(list) === Array.prototype ? (list as T[]) : [...(list as T[])]);
}
