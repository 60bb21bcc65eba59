/**
 * Flags and checks in words a reviewer would write: the rule each applies
 * (with the dataset's settings) and why it fired for a record (the figures
 * it compared). The rules themselves, and the figures, come from the core.
 */
import type { CheckItem, CheckKind, Difference, Quarter, Settings } from '../../core';
import {
  formatCarats, formatCount, formatDate, formatNumber, formatPricePerCarat, formatUsd, formatUsdShort,
} from '../../lib/format';
import type { Namer } from '../../lib/names';
import { flagWords } from './messages/flags';

/** "Price outlier". */
export function checkTitle(kind: CheckKind): string {
  return flagWords(`titles.${kind}`);
}

/** "All price outliers of 2021-Q3 in Notifications". */
export function checkAllLink(kind: CheckKind, quarter: Quarter): string {
  return flagWords(`all.${kind}`, { quarter });
}

/** The rule of each check, with this dataset's settings and the review's quarter and date. */
export function checkRule(kind: CheckKind, s: Settings, quarter: Quarter, asOf: string, window: { from: Quarter; to: Quarter }): string {
  const days = formatCount(s.notificationDueDays);
  switch (kind) {
    case 'nonCompliantOrigin':
    case 'sanctionedParty':
    case 'duplicate':
      return flagWords(`rules.${kind}`);
    case 'priceOutlier':
      return flagWords('rules.priceOutlier', { factor: formatNumber(s.priceOutlierFactor), from: window.from, to: window.to });
    case 'officeBelowMinimum':
      return flagWords('rules.officeBelowMinimum', { min: formatUsdShort(s.minQuarterlyExportUsd), quarter });
    case 'overdue':
      return flagWords('rules.overdue', { date: formatDate(asOf), days });
    case 'discrepancy':
      return flagWords('rules.discrepancy', { carats: formatNumber(s.caratTolerancePct), value: formatNumber(s.valueTolerancePct) });
    case 'late':
      return flagWords('rules.late', { days });
    case 'unmatched':
      return flagWords('rules.unmatched', { quarter });
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function difference(d: Difference): string {
  if (d.field === 'parcels') return flagWords('differences.parcels', { certificate: formatCount(d.certificate), notified: formatCount(d.notified) });
  const f = d.field === 'carats' ? formatCarats : formatUsd;
  // Tolerances can be fractions of a carat or a dollar: 2 decimals, whatever the field's usual format.
  const tolerance = d.field === 'carats' ? formatCarats(d.tolerance) : flagWords('differences.usd', { n: formatNumber(d.tolerance) });
  return flagWords(`differences.${d.field}`, { certificate: f(d.certificate), notified: f(d.notified), tolerance });
}

/** Why the check fired for this record, with the figures the rule compared. */
export function checkReason(item: CheckItem, names: Namer): string {
  switch (item.kind) {
    case 'nonCompliantOrigin': {
      if (item.zone === null) return flagWords('reasons.unknownZone', { zone: item.zoneId });
      const { compliantFrom, compliantUntil } = item.zone;
      const said = { date: formatDate(item.issuedOn), zone: item.zone.name, from: formatDate(compliantFrom) };
      return compliantUntil === null
        ? flagWords('reasons.compliantSince', said)
        : flagWords('reasons.compliantBetween', { ...said, until: formatDate(compliantUntil) });
    }
    case 'sanctionedParty': {
      const reasons = item.reasons.map((r) => flagWords(`sanctions.${r.reason}`, { name: r.name }));
      return flagWords('reasons.sanctioned', { reasons: capitalise(reasons.join(flagWords('separator'))) });
    }
    case 'priceOutlier':
      return flagWords(item.direction === 'above' ? 'reasons.priceAbove' : 'reasons.priceBelow', {
        price: formatPricePerCarat(item.pricePerCarat),
        value: formatUsd(item.valueUsd),
        carats: formatCarats(item.carats),
        ratio: formatNumber(item.ratio),
        zone: names.zone(item.zoneId),
        median: formatPricePerCarat(item.median),
        exports: formatCount(item.count),
        from: item.from,
        to: item.to,
        threshold: formatPricePerCarat(item.threshold),
      });
    case 'officeBelowMinimum':
      return flagWords('reasons.officeBelowMinimum', {
        value: formatUsd(item.valueUsd), shortfall: formatUsd(item.shortfall), min: formatUsdShort(item.minimum),
      });
    case 'overdue':
      return flagWords('reasons.overdue', { date: formatDate(item.issuedOn), days: formatCount(item.daysWaiting), due: formatCount(item.dueDays) });
    case 'discrepancy':
      return flagWords('reasons.discrepancy', { id: item.notificationId, differences: item.differences.map(difference).join(flagWords('separator')) });
    case 'late':
      return flagWords('reasons.late', {
        issued: formatDate(item.issuedOn), notified: formatDate(item.notifiedOn), id: item.notificationId,
        days: formatCount(item.daysToNotify), due: formatCount(item.dueDays),
      });
    case 'unmatched':
      return flagWords('reasons.unmatched', {
        id: item.notificationId, participant: item.participant, date: formatDate(item.notifiedOn),
        carats: formatCarats(item.carats), certificate: item.certificate,
      });
    case 'duplicate':
      return flagWords('reasons.duplicate', {
        id: item.notificationId, date: formatDate(item.notifiedOn), confirmation: item.confirmationId, confirmedOn: formatDate(item.confirmedOn),
      });
  }
}

/** The record a check is about, as a reviewer names it. */
export function checkRecord(item: CheckItem, names: Namer): string {
  return item.kind === 'officeBelowMinimum' ? names.office(item.buyingOfficeId) : item.certificate;
}
