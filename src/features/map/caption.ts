/** The sentence under the date control: which zones were compliant that day, or that the regime had ended. */
import { compliantZonesOn, regimeEndedOn, type Dataset, type IsoDate } from '../../core';
import { formatCount, formatDate } from '../../lib/format';
import { mapText } from './messages';

export interface DateCaption {
  headline: string;
  detail: string;
}

/** "A", "A and B", "A, B and C" (French: "A, B et C"). */
function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return mapText('caption.list', { items: names.slice(0, -1).join(', '), last: names.at(-1) });
}

/** Written in the current language at call time. */
export function dateCaption(dataset: Dataset, date: IsoDate): DateCaption {
  const day = formatDate(date);
  const { start, end } = dataset.regime;
  if (end !== null && regimeEndedOn(dataset, date)) {
    return {
      headline: mapText('caption.ended', { date: day }),
      detail: mapText('caption.endedDetail', { date: formatDate(end) }),
    };
  }
  const compliant = compliantZonesOn(dataset, date);
  const total = dataset.zones.length;
  const before = date < start ? ` ${mapText('caption.before', { date: formatDate(start) })}` : '';
  if (compliant.length === 0) {
    return {
      headline: mapText('caption.none', { date: day }),
      detail: `${mapText('caption.noneDetail', { count: total, n: formatCount(total) })}${before}`,
    };
  }
  // English agrees with the total ("1 of 3 zones"), French with the compliant zones ("1 zone conforme sur 3").
  const counts = { date: day, n: formatCount(compliant.length), total: formatCount(total) };
  return {
    headline: total === 1 ? mapText('caption.single', counts) : mapText('caption.some', { ...counts, count: compliant.length }),
    detail: `${listOf(compliant.map((z) => z.name))}.${before}`,
  };
}
