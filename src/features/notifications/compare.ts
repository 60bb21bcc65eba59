/**
 * A certificate beside its confirmation, for the detail panel. Which
 * differences count, and their tolerances, come from the core
 * (`differencesOf` through the reconciliation); the importer's name is shown
 * compared too, for the team's eye, but the status rule does not use it.
 */
import { addDays, days, differencesOf, type ExportReconciliation, type Notification, type Settings } from '../../core';
import { formatCarats, formatDate, formatNumber, formatUsd, plural } from '../../lib/format';

export interface ComparisonLine {
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

const pct = (n: number) => `${formatNumber(n)} %`;

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
  const lines: ComparisonLine[] = [
    {
      field: 'Carats', certificate: formatCarats(e.carats), confirmation: formatCarats(n.carats),
      rule: `± ${pct(s.caratTolerancePct)} = ${formatCarats(caratTolerance)}`,
      differs: beyond('carats'),
      gap: caratGap === 0 ? null : `${signed(caratGap, formatCarats)} (${signed((caratGap / e.carats) * 100, pct)})`,
    },
    {
      field: 'Parcels', certificate: String(e.parcels), confirmation: n.parcels === undefined ? 'not given' : String(n.parcels),
      rule: n.parcels === undefined ? 'exact (not compared: not given)' : 'exact',
      differs: beyond('parcels'),
      gap: n.parcels === undefined || n.parcels === e.parcels ? null : signed(n.parcels - e.parcels, String),
    },
    {
      field: 'Value', certificate: formatUsd(e.valueUsd), confirmation: n.valueUsd === undefined ? 'not given' : formatUsd(n.valueUsd),
      rule: n.valueUsd === undefined ? `± ${pct(s.valueTolerancePct)} (not compared: not given)` : `± ${pct(s.valueTolerancePct)} = ${formatUsd(valueTolerance)}`,
      differs: beyond('valueUsd'),
      gap: n.valueUsd === undefined || n.valueUsd === e.valueUsd ? null : signed(n.valueUsd - e.valueUsd, formatUsd),
    },
    {
      field: 'Importer', certificate: e.importer, confirmation: n.importer ?? 'not given',
      rule: 'same name, ignoring case and spaces (not part of the status rule)',
      differs: !sameName(e.importer, n.importer),
      gap: null,
    },
  ];
  return lines;
}

/** The due date and how the confirmation (or its absence) stands against it, in words. */
export function timing(rec: ExportReconciliation, s: Settings, asOf: string): { due: string; verdict: string; late: boolean } {
  const due = addDays(rec.export.issuedOn, s.notificationDueDays);
  const dueText = `due within ${plural(s.notificationDueDays, 'day')} of issue, by ${formatDate(due)}`;
  if (rec.confirmation !== null && rec.daysToNotify !== null) {
    const over = rec.daysToNotify - s.notificationDueDays;
    return {
      due: dueText,
      verdict: `Notified ${plural(rec.daysToNotify, 'day')} after issue, on ${formatDate(rec.confirmation.notifiedOn)}: ${over > 0 ? `late by ${plural(over, 'day')}` : 'on time'}.`,
      late: over > 0,
    };
  }
  const waiting = rec.daysWaiting ?? days(rec.export.issuedOn, asOf);
  const over = waiting - s.notificationDueDays;
  return {
    due: dueText,
    verdict: over > 0
      ? `No confirmation ${plural(waiting, 'day')} after issue (as of ${formatDate(asOf)}): overdue by ${plural(over, 'day')}.`
      : `No confirmation yet, ${plural(waiting, 'day')} after issue (as of ${formatDate(asOf)}): ${plural(-over, 'day')} left.`,
    late: over > 0,
  };
}
