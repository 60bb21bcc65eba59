/** A sentence per flag, in words a reviewer would write; the rules themselves stay in the core. */
import { sanctionReasons, zonePriceWindow, type Dataset, type SanctionReason, type Flag, type FlagKind, type QuarterlyReview } from '../../core';
import { formatDate, formatPricePerCarat, formatUsd, formatUsdShort } from '../../lib/format';
import type { Namer } from '../../lib/names';

export const FLAG_TITLES: Record<FlagKind, string> = {
  nonCompliantOrigin: 'Non-compliant origin',
  sanctionedParty: 'Sanctioned party',
  priceOutlier: 'Price outlier',
  officeBelowMinimum: 'Buying office below minimum',
};

function nonCompliantOrigin(dataset: Dataset, certificate: string): string {
  const e = dataset.exports.find((x) => x.certificate === certificate);
  if (!e) return 'the certificate is not in the exports';
  const zone = dataset.zones.find((z) => z.id === e.zoneId);
  if (!zone) return `zone "${e.zoneId}" is not in the dataset's zones`;
  const period = zone.compliantUntil === null
    ? `compliant from ${formatDate(zone.compliantFrom)}`
    : `compliant ${formatDate(zone.compliantFrom)} to ${formatDate(zone.compliantUntil)}`;
  return `zone ${zone.name} was not compliant on the export date (${formatDate(e.issuedOn)}; ${period})`;
}

const SANCTION_TEXT: Record<SanctionReason['reason'], (name: string) => string> = {
  sanctionedOffice: (name) => `buying office ${name} is marked as sanctioned`,
  listedOffice: (name) => `buying office ${name} is on the sanctioned-entities list`,
  listedImporter: (name) => `importer ${name} is on the sanctioned-entities list`,
};

function sanctionedParty(dataset: Dataset, certificate: string): string {
  const e = dataset.exports.find((x) => x.certificate === certificate);
  if (!e) return 'the certificate is not in the exports';
  return sanctionReasons(dataset, e).map((r) => SANCTION_TEXT[r.reason](r.name)).join('; ');
}

function priceOutlier(dataset: Dataset, certificate: string, quarter: string): string {
  const e = dataset.exports.find((x) => x.certificate === certificate);
  if (!e) return 'the certificate is not in the exports';
  const window = zonePriceWindow(dataset, e.zoneId, quarter);
  const price = formatPricePerCarat(e.valueUsd / e.carats);
  if (!window) return `price ${price}`;
  return `price ${price} against a zone median of ${formatPricePerCarat(window.median)} over ${window.count} exports in the last four quarters (outlier factor ${dataset.settings.priceOutlierFactor})`;
}

function officeBelowMinimum(dataset: Dataset, review: QuarterlyReview, officeId: string): string {
  const office = review.byBuyingOffice.find((o) => o.buyingOfficeId === officeId);
  const value = office ? formatUsd(office.valueUsd) : 'less';
  return `exported ${value} in ${review.quarter}, below the ${formatUsdShort(dataset.settings.minQuarterlyExportUsd)} minimum`;
}

export function describeFlag(flag: Flag, dataset: Dataset, review: QuarterlyReview, names: Namer): { title: string; record: string; detail: string } {
  const title = FLAG_TITLES[flag.kind];
  const certificate = flag.certificate ?? '';
  switch (flag.kind) {
    case 'nonCompliantOrigin':
      return { title, record: certificate, detail: nonCompliantOrigin(dataset, certificate) };
    case 'sanctionedParty':
      return { title, record: certificate, detail: sanctionedParty(dataset, certificate) };
    case 'priceOutlier':
      return { title, record: certificate, detail: priceOutlier(dataset, certificate, review.quarter) };
    case 'officeBelowMinimum': {
      const id = flag.buyingOfficeId ?? '';
      return { title, record: names.office(id), detail: officeBelowMinimum(dataset, review, id) };
    }
  }
}
