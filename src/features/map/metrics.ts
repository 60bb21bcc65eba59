/** The metrics zones can be coloured by: names, units and how a figure is written. */
import type { Zone, ZoneMetric, ZoneProblemKind, ZoneStatus } from '../../core';
import { formatCarats, formatCount, formatPricePerCarat, formatUsd, formatUsdShort, plural } from '../../lib/format';

export const DEFAULT_METRIC: ZoneMetric = 'carats';

interface MetricInfo {
  /** For the select and the legend title. */
  label: string;
  /** In a sentence: "carats in 2024-Q4: ...". */
  noun: string;
  /** A figure in full, as in the review. */
  format: (value: number | null) => string;
  /** A figure where space is short (the zone list): counts without their noun. */
  short: (value: number | null) => string;
  /** A scale bound, no decimals; the legend title gives the unit. */
  bound: (value: number) => string;
}

const usdShort = (n: number) => formatUsd(n);

export const METRICS: Record<ZoneMetric, MetricInfo> = {
  carats: { label: 'Carats', noun: 'carats', format: (v) => (v === null ? '—' : formatCarats(v)), short: (v) => (v === null ? '—' : formatCarats(v)), bound: formatCount },
  value: { label: 'Value (US$)', noun: 'value', format: (v) => (v === null ? '—' : formatUsd(v)), short: (v) => (v === null ? '—' : formatUsdShort(v)), bound: usdShort },
  ppc: { label: 'Price per carat (US$/ct)', noun: 'price per carat', format: formatPricePerCarat, short: formatPricePerCarat, bound: usdShort },
  exports: {
    label: 'Number of exports', noun: 'exports', format: (v) => (v === null ? '—' : plural(v, 'export')), short: (v) => (v === null ? '—' : formatCount(v)), bound: formatCount,
  },
  problems: {
    label: 'Open problems', noun: 'open problems', format: (v) => (v === null ? '—' : plural(v, 'open problem')), short: (v) => (v === null ? '—' : formatCount(v)), bound: formatCount,
  },
};

/** What an open problem is, said where the metric is shown. */
export const PROBLEMS_DEFINITION =
  'Open problems: certificates issued in the quarter that are overdue or in discrepancy, plus the flags on them ' +
  '(non-compliant origin, sanctioned party, price outlier). The office-below-minimum flag concerns a buying office, ' +
  'not a zone, and is not counted.';

export const PROBLEM_LABELS: Record<ZoneProblemKind, string> = {
  overdue: 'Overdue: no confirmation of receipt',
  discrepancy: 'Discrepancy with the confirmation',
  nonCompliantOrigin: 'Flag: non-compliant origin',
  sanctionedParty: 'Flag: sanctioned party',
  priceOutlier: 'Flag: price outlier',
};

/** A zone's status on a date, in words (never colour alone). */
export const STATUS_WORDS: Record<ZoneStatus, string> = {
  compliant: 'Compliant',
  notYet: 'Not yet compliant',
  noLonger: 'No longer compliant',
  lifted: 'Restrictions lifted',
};

export const CERTAINTY_WORDS: Record<Zone['certainty'], string> = {
  confirmed: 'Confirmed',
  partial: 'Partly confirmed',
  approximate: 'Approximate',
};

/** The same, short, where space is tight (the zone list; its buttons carry the full words). */
export const STATUS_SHORT: Record<ZoneStatus, string> = {
  compliant: 'Compliant',
  notYet: 'Not yet',
  noLonger: 'No longer',
  lifted: 'Lifted',
};
