/**
 * The flags slide's examples in words: the record, why it was flagged (the
 * figures the core's rule compared) and who was involved, every buying
 * office and importer named through PartyNames (so anonymised when asked).
 */
import { exportOfCertificate, type Dataset, type FlagKind } from '../../core';
import { formatDate, formatNumber, formatPricePerCarat, formatUsd, formatUsdShort } from '../../lib/format';
import { presentText } from './messages';
import type { FlagItem } from './model';
import type { PartyNames } from './parties';

export interface FlagExample {
  key: string;
  kind: FlagKind;
  /** The certificate, or null for a buying office's flag. */
  certificate: string | null;
  reason: string;
  /** "Buying office B · Importer 2" for a certificate; null otherwise. */
  parties: string | null;
}

function zoneName(dataset: Dataset, id: string): string {
  return dataset.zones.find((z) => z.id === id)?.name ?? id;
}

function reasonOf(item: FlagItem, dataset: Dataset, names: PartyNames): string {
  switch (item.kind) {
    case 'nonCompliantOrigin': {
      const { zone } = item;
      if (zone === null) return presentText('flags.reason.unknownZone', { zone: item.zoneId });
      const early = item.issuedOn < zone.compliantFrom || zone.compliantUntil === null;
      return early
        ? presentText('flags.reason.before', { date: formatDate(item.issuedOn), zone: zone.name, from: formatDate(zone.compliantFrom) })
        : presentText('flags.reason.after', { date: formatDate(item.issuedOn), zone: zone.name, until: formatDate(zone.compliantUntil) });
    }
    case 'sanctionedParty':
      // Each reason is a whole clause; a record with several lists them.
      return item.reasons.map((r) => {
        const name = r.reason === 'listedImporter' ? names.importer(r.name) : names.officeNamed(r.name);
        return presentText(`flags.reason.${r.reason}`, { name });
      }).join(presentText('flags.separator'));
    case 'priceOutlier':
      return presentText('flags.reason.price', {
        price: formatPricePerCarat(item.pricePerCarat),
        ratio: formatNumber(item.ratio),
        zone: zoneName(dataset, item.zoneId),
        median: formatPricePerCarat(item.median),
      });
    case 'officeBelowMinimum':
      return presentText('flags.reason.below', {
        name: names.office(item.buyingOfficeId), value: formatUsd(item.valueUsd), minimum: formatUsdShort(item.minimum),
      });
  }
}

export function flagExample(item: FlagItem, dataset: Dataset, names: PartyNames): FlagExample {
  const certificate = item.kind === 'officeBelowMinimum' ? null : item.certificate;
  const e = certificate === null ? undefined : exportOfCertificate(dataset, certificate);
  return {
    key: `${item.kind} ${certificate ?? (item.kind === 'officeBelowMinimum' ? item.buyingOfficeId : '')}`,
    kind: item.kind,
    certificate,
    reason: reasonOf(item, dataset, names),
    parties: e ? presentText('flags.parties', { office: names.office(e.buyingOfficeId), importer: names.importer(e.importer) }) : null,
  };
}

/**
 * Up to `max` examples taken in turn from each kind (first of each kind,
 * then second of each…), so every kind that fired shows at least one.
 */
export function pickExamples(items: readonly FlagItem[], kinds: readonly FlagKind[], max: number): FlagItem[] {
  const byKind = kinds.map((k) => items.filter((i) => i.kind === k));
  const out: FlagItem[] = [];
  for (let round = 0; out.length < max && byKind.some((list) => list.length > round); round += 1) {
    for (const list of byKind) {
      const item = list[round];
      if (item && out.length < max) out.push(item);
    }
  }
  return out;
}
