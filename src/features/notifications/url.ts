/**
 * The view's state lives in its URL, so a link (from the map, a report, a
 * colleague) opens exactly this table:
 *
 *   /notifications?quarter=2021-Q3|all   default: the latest regime quarter
 *     &status=confirmed|discrepancy|awaiting|overdue|late   default: all
 *     &zone=<zone id>&destination=<ISO code>&office=<buying-office id>
 *     &q=<free text>&sort=<column>&dir=asc|desc
 *     &list=exports|unmatched|duplicates                    default: exports
 *     &cert=<certificate>                                   opens its detail panel
 *
 * Defaults stay out of the URL. A value that is not allowed falls back to
 * the default with a notice; it never breaks the view.
 */
import { useMemo } from 'react';
import { ALL_QUARTERS } from '../../components/QuarterSelect';
import { defaultQuarter, pickQuarter } from '../../lib/quarter-param';
import { parseChoice, shortValue, type SearchParamWriter } from '../../lib/url-state';
import { notificationText as say } from './messages';
import { STATUS_FILTERS, type StatusFilter } from './status';

export const LISTS = ['exports', 'unmatched', 'duplicates'] as const;
export type ListName = (typeof LISTS)[number];

export type Param = 'quarter' | 'status' | 'zone' | 'destination' | 'office' | 'q' | 'sort' | 'dir' | 'list' | 'cert';

export interface Sort {
  id: string;
  desc: boolean;
}

export interface Filters {
  /** A quarter or `all`. */
  quarter: string;
  status: StatusFilter;
  zone: string | null;
  destination: string | null;
  office: string | null;
  q: string;
  list: ListName;
  sort: Sort | null;
  cert: string | null;
}

export interface UrlContext {
  quarters: readonly string[];
  zones: ReadonlyMap<string, string>;
  destinations: ReadonlyMap<string, string>;
  offices: ReadonlyMap<string, string>;
  /** Column ids each list can be sorted by. */
  sortable: Record<ListName, readonly string[]>;
  /** A certificate an export or a notification names. */
  knowsCertificate: (certificate: string) => boolean;
}

type UnknownNotice = 'notices.notZone' | 'notices.notDestination' | 'notices.notOffice';

/** A value from a known set, else null with a notice. */
function pickKnown(raw: string | null, known: ReadonlyMap<string, string>, notice: UnknownNotice) {
  if (raw === null || raw === '') return { value: null, notice: null };
  if (known.has(raw)) return { value: raw, notice: null };
  return { value: null, notice: say(notice, { value: shortValue(raw) }) };
}

export function readFilters(params: URLSearchParams, ctx: UrlContext): { filters: Filters; notices: string[] } {
  const notices: string[] = [];
  const note = (n: string | null) => {
    if (n !== null) notices.push(n);
  };
  const rawQuarter = params.get('quarter');
  const quarter = rawQuarter === ALL_QUARTERS ? { quarter: ALL_QUARTERS, notice: null } : pickQuarter(rawQuarter, ctx.quarters);
  note(quarter.notice);
  const status = parseChoice<StatusFilter>(params.get('status'), STATUS_FILTERS, 'all');
  if (status.rejected !== null) note(say('notices.notStatus', { value: shortValue(status.rejected) }));
  const zone = pickKnown(params.get('zone'), ctx.zones, 'notices.notZone');
  const destination = pickKnown(params.get('destination'), ctx.destinations, 'notices.notDestination');
  const office = pickKnown(params.get('office'), ctx.offices, 'notices.notOffice');
  [zone, destination, office].forEach((p) => note(p.notice));
  const list = parseChoice<ListName>(params.get('list'), LISTS, 'exports');
  if (list.rejected !== null) note(say('notices.notList', { value: shortValue(list.rejected) }));

  let sort: Sort | null = null;
  const rawSort = params.get('sort');
  if (rawSort !== null && rawSort !== '') {
    if (ctx.sortable[list.value].includes(rawSort)) {
      const dir = parseChoice(params.get('dir'), ['asc', 'desc'] as const, 'asc');
      if (dir.rejected !== null) note(say('notices.notDirection', { value: shortValue(dir.rejected) }));
      sort = { id: rawSort, desc: dir.value === 'desc' };
    } else note(say('notices.notColumn', { value: shortValue(rawSort) }));
  }

  const rawCert = params.get('cert')?.trim() ?? '';
  let cert: string | null = null;
  if (rawCert !== '') {
    if (ctx.knowsCertificate(rawCert)) cert = rawCert;
    else note(say('notices.unknownCertificate', { value: shortValue(rawCert) }));
  }

  return {
    filters: {
      quarter: quarter.quarter, status: status.value, zone: zone.value, destination: destination.value,
      office: office.value, q: params.get('q') ?? '', list: list.value, sort, cert,
    },
    notices,
  };
}

/**
 * Writes filters to the URL, leaving defaults out; `data` and the other parameters stay. A pick
 * from a list or a button is shown at once (urgent); the typed text follows as a transition, which
 * typing can interrupt.
 */
export function useFilterWriter(quarters: readonly string[], update: SearchParamWriter) {
  const fallback = defaultQuarter(quarters);
  return useMemo(() => {
    const pick = (changes: Record<string, string | null>) => update(changes, { urgent: true });
    return {
      setQuarter: (q: string) => pick({ quarter: q === fallback ? null : q }),
      setStatus: (s: string) => pick({ status: s === 'all' ? null : s }),
      setZone: (id: string | null) => pick({ zone: id }),
      setDestination: (code: string | null) => pick({ destination: code }),
      setOffice: (id: string | null) => pick({ office: id }),
      setText: (q: string) => update({ q: q.trim() === '' ? null : q }, { replace: true }),
      /** Another list: its own columns, so the sort starts over. */
      setList: (list: ListName) => pick({ list: list === 'exports' ? null : list, sort: null, dir: null }),
      setSort: (sort: Sort | null) => pick({ sort: sort?.id ?? null, dir: sort?.desc ? 'desc' : null }),
      setCert: (cert: string | null) => pick({ cert }),
      clearFilters: () => pick({ quarter: null, status: null, zone: null, destination: null, office: null, q: null }),
    };
  }, [update, fallback]);
}
