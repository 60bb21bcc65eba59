/**
 * Flags and checks in words a reviewer would write: the rule each applies
 * (with the dataset's settings) and why it fired for a record (the figures
 * it compared). The rules themselves, and the figures, come from the core.
 */
import type { CheckItem, CheckKind, Difference, Quarter, SanctionReason, Settings } from '../../core';
import {
  formatCarats, formatCount, formatDate, formatNumber, formatPricePerCarat, formatUsd, formatUsdShort,
} from '../../lib/format';
import type { Namer } from '../../lib/names';

export const CHECK_TITLES: Record<CheckKind, string> = {
  nonCompliantOrigin: 'Non-compliant origin',
  sanctionedParty: 'Sanctioned party',
  priceOutlier: 'Price outlier',
  officeBelowMinimum: 'Buying office below minimum',
  overdue: 'Overdue confirmation',
  discrepancy: 'Discrepancy',
  late: 'Late confirmation',
  unmatched: 'Unmatched notification',
  duplicate: 'Duplicate notification',
};

/** "All … in Notifications". */
export const CHECK_PLURALS: Record<CheckKind, string> = {
  nonCompliantOrigin: 'non-compliant origins',
  sanctionedParty: 'sanctioned parties',
  priceOutlier: 'price outliers',
  officeBelowMinimum: 'buying offices below minimum',
  overdue: 'overdue confirmations',
  discrepancy: 'discrepancies',
  late: 'late confirmations',
  unmatched: 'unmatched notifications',
  duplicate: 'duplicate notifications',
};

/** The rule of each check, with this dataset's settings and the review's quarter and date. */
export function checkRule(kind: CheckKind, s: Settings, quarter: Quarter, asOf: string, window: { from: Quarter; to: Quarter }): string {
  const due = `${formatCount(s.notificationDueDays)} days`;
  switch (kind) {
    case 'nonCompliantOrigin':
      return 'The export’s zone is not in the dataset, or the certificate was issued before the zone became compliant or after it stopped being compliant.';
    case 'sanctionedParty':
      return 'The buying office is marked as sanctioned, or the importer’s or the office’s name is on the sanctioned-entities list (ignoring case and surrounding spaces).';
    case 'priceOutlier':
      return `The export’s US$/ct is at least ${formatNumber(s.priceOutlierFactor)} × the median US$/ct of its zone’s exports over ${window.from} to ${window.to}, or at most that median ÷ ${formatNumber(s.priceOutlierFactor)}; tested only where that median is over 3 exports or more.`;
    case 'officeBelowMinimum':
      return `The buying office exported less than ${formatUsdShort(s.minQuarterlyExportUsd)} in ${quarter} (decree of September 2019).`;
    case 'overdue':
      return `No confirmation of receipt by ${formatDate(asOf)}, more than ${due} after the certificate was issued.`;
    case 'discrepancy':
      return `The confirmation’s carats differ from the certificate’s by more than ${formatNumber(s.caratTolerancePct)} %, its parcels differ, or its value differs by more than ${formatNumber(s.valueTolerancePct)} %.`;
    case 'late':
      return `The confirmation of receipt reached the Monitoring Team more than ${due} after the certificate was issued.`;
    case 'unmatched':
      return `A confirmation of receipt notified in ${quarter} names a certificate that no export has.`;
    case 'duplicate':
      return 'A further confirmation names a certificate already confirmed; the first (by notification date, then id) counts, the others are duplicates.';
  }
}

const SANCTION_TEXT: Record<SanctionReason['reason'], (name: string) => string> = {
  sanctionedOffice: (name) => `buying office ${name} is marked as sanctioned`,
  listedOffice: (name) => `buying office ${name} is on the sanctioned-entities list`,
  listedImporter: (name) => `importer ${name} is on the sanctioned-entities list`,
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function difference(d: Difference): string {
  if (d.field === 'parcels') return `parcels: certificate ${formatCount(d.certificate)}, confirmation ${formatCount(d.notified)} (must be equal)`;
  const f = d.field === 'carats' ? formatCarats : formatUsd;
  // Tolerances can be fractions of a carat or a dollar: 2 decimals, whatever the field's usual format.
  const tolerance = d.field === 'carats' ? formatCarats(d.tolerance) : `US$${formatNumber(d.tolerance)}`;
  return `${d.field === 'carats' ? 'carats' : 'value'}: certificate ${f(d.certificate)}, confirmation ${f(d.notified)}, more than the ${tolerance} allowed`;
}

/** Why the check fired for this record, with the figures the rule compared. */
export function checkReason(item: CheckItem, names: Namer): string {
  switch (item.kind) {
    case 'nonCompliantOrigin': {
      if (item.zone === null) return `Zone “${item.zoneId}” is not among the dataset’s zones.`;
      const period = item.zone.compliantUntil === null
        ? `compliant from ${formatDate(item.zone.compliantFrom)}`
        : `compliant from ${formatDate(item.zone.compliantFrom)} to ${formatDate(item.zone.compliantUntil)}`;
      return `Issued ${formatDate(item.issuedOn)} from ${item.zone.name}, ${period}.`;
    }
    case 'sanctionedParty':
      return `${capitalise(item.reasons.map((r) => SANCTION_TEXT[r.reason](r.name)).join('; '))}.`;
    case 'priceOutlier':
      return `${formatPricePerCarat(item.pricePerCarat)} (${formatUsd(item.valueUsd)} for ${formatCarats(item.carats)}) is ${formatNumber(item.ratio)} × the ${names.zone(item.zoneId)} median of ${formatPricePerCarat(item.median)} over ${formatCount(item.count)} exports, ${item.from} to ${item.to}; ${item.direction === 'above' ? 'at or above' : 'at or below'} ${formatPricePerCarat(item.threshold)}.`;
    case 'officeBelowMinimum':
      return `Exported ${formatUsd(item.valueUsd)}, ${formatUsd(item.shortfall)} short of the ${formatUsdShort(item.minimum)} minimum.`;
    case 'overdue':
      return `Issued ${formatDate(item.issuedOn)}; no confirmation of receipt ${formatCount(item.daysWaiting)} days later (due within ${formatCount(item.dueDays)}).`;
    case 'discrepancy':
      return `Confirmation ${item.notificationId}: ${item.differences.map(difference).join('; ')}.`;
    case 'late':
      return `Issued ${formatDate(item.issuedOn)}, confirmed ${formatDate(item.notifiedOn)} (${item.notificationId}): ${formatCount(item.daysToNotify)} days, due within ${formatCount(item.dueDays)}.`;
    case 'unmatched':
      return `Notification ${item.notificationId} from ${item.participant}, notified ${formatDate(item.notifiedOn)} for ${formatCarats(item.carats)}, names ${item.certificate}: no export has that certificate.`;
    case 'duplicate':
      return `Notification ${item.notificationId} (notified ${formatDate(item.notifiedOn)}) repeats the confirmation ${item.confirmationId} (notified ${formatDate(item.confirmedOn)}).`;
  }
}

/** The record a check is about, as a reviewer names it. */
export function checkRecord(item: CheckItem, names: Namer): string {
  return item.kind === 'officeBelowMinimum' ? names.office(item.buyingOfficeId) : item.certificate;
}
