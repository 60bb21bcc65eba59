/**
 * A certificate beside its confirmation, for the detail panel. Which
 * differences count, and their tolerances, come from the core
 * (`differencesOf` through the reconciliation); the importer's name is shown
 * compared too, for the team's eye, but the status rule does not use it.
 */
import { addDays, days, differencesOf, type ExportReconciliation, type Notification, type Settings } from '../../core';
import { formatCarats, formatCount, formatDate, formatNumber, formatUsd } from '../../lib/format';
import { notificationText as say } from './messages';

export interface ComparisonLine {
  /** Stable id of the compared field. */
  id: 'carats' | 'parcels' | 'valueUsd' | 'importer';
  /** Its name, in the current language. */
  field: string;
  certificate: string;
  confirmation: string;
  /** The rule that applies, in words. */
  rule: string;
  /** Beyond tolerance (counted in the status), or a different importer name (not counted). */
  differs: boolean;
  /** How far apart, when it differs. */
  gap: string | null;
}

const pct = (n: number) => say('compare.percent', { n: formatNumber(n) });

function signed(n: number, format: (n: number) => string): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0);
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return a === undefined || b === undefined || norm(a) === norm(b);
}

/** `n` is the confirmation or a duplicate; a duplicate is held to the same rule (the core's `differencesOf`). */
export function compareLines(rec: ExportReconciliation, n: Notification, s: Settings): ComparisonLine[] {
  const e = rec.export;
  const differences = rec.confirmation?.id === n.id ? rec.differences : differencesOf(e, n, s);
  const beyond = (field: 'carats' | 'parcels' | 'valueUsd') => differences.some((d) => d.field === field);
  const caratTolerance = (e.carats * s.caratTolerancePct) / 100;
  const valueTolerance = (e.valueUsd * s.valueTolerancePct) / 100;
  const caratGap = n.carats - e.carats;
  const notGiven = say('compare.notGiven');
  const lines: ComparisonLine[] = [
    {
      id: 'carats', field: say('compare.carats'), certificate: formatCarats(e.carats), confirmation: formatCarats(n.carats),
      rule: say('compare.within', { pct: pct(s.caratTolerancePct), amount: formatCarats(caratTolerance) }),
      differs: beyond('carats'),
      gap: caratGap === 0 ? null : `${signed(caratGap, formatCarats)} (${signed((caratGap / e.carats) * 100, pct)})`,
    },
    {
      id: 'parcels', field: say('compare.parcels'), certificate: formatCount(e.parcels),
      confirmation: n.parcels === undefined ? notGiven : formatCount(n.parcels),
      rule: n.parcels === undefined ? say('compare.exactNotGiven') : say('compare.exact'),
      differs: beyond('parcels'),
      gap: n.parcels === undefined || n.parcels === e.parcels ? null : signed(n.parcels - e.parcels, formatCount),
    },
    {
      id: 'valueUsd', field: say('compare.value'), certificate: formatUsd(e.valueUsd),
      confirmation: n.valueUsd === undefined ? notGiven : formatUsd(n.valueUsd),
      rule: n.valueUsd === undefined
        ? say('compare.withinNotGiven', { pct: pct(s.valueTolerancePct) })
        : say('compare.within', { pct: pct(s.valueTolerancePct), amount: formatUsd(valueTolerance) }),
      differs: beyond('valueUsd'),
      gap: n.valueUsd === undefined || n.valueUsd === e.valueUsd ? null : signed(n.valueUsd - e.valueUsd, formatUsd),
    },
    {
      id: 'importer', field: say('compare.importer'), certificate: e.importer, confirmation: n.importer ?? notGiven,
      rule: say('compare.sameName'),
      differs: !sameName(e.importer, n.importer),
      gap: null,
    },
  ];
  return lines;
}

/** "12 days" (French: "12 jours"), a noun phrase the timing sentences take whole. */
const dayCount = (n: number) => say('timing.days', { count: n, n: formatCount(n) });

/** The due date and how the confirmation (or its absence) stands against it, in words. */
export function timing(rec: ExportReconciliation, s: Settings, asOf: string): { due: string; verdict: string; late: boolean } {
  const dueDays = s.notificationDueDays;
  const due = say('timing.due', { count: dueDays, n: formatCount(dueDays), date: formatDate(addDays(rec.export.issuedOn, dueDays)) });
  if (rec.confirmation !== null && rec.daysToNotify !== null) {
    const over = rec.daysToNotify - dueDays;
    const facts = { days: dayCount(rec.daysToNotify), date: formatDate(rec.confirmation.notifiedOn), over: dayCount(over) };
    return { due, verdict: over > 0 ? say('timing.late', facts) : say('timing.onTime', facts), late: over > 0 };
  }
  const waiting = rec.daysWaiting ?? days(rec.export.issuedOn, asOf);
  const over = waiting - dueDays;
  const facts = { days: dayCount(waiting), date: formatDate(asOf), over: dayCount(over), left: dayCount(-over) };
  return { due, verdict: over > 0 ? say('timing.overdue', facts) : say('timing.waiting', facts), late: over > 0 };
}
