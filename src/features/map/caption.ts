/** The sentence under the date control: which zones were compliant that day, or that the regime had ended. */
import { compliantZonesOn, regimeEndedOn, type Dataset, type IsoDate } from '../../core';
import { formatDate } from '../../lib/format';

export interface DateCaption {
  headline: string;
  detail: string;
}

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function dateCaption(dataset: Dataset, date: IsoDate): DateCaption {
  const day = formatDate(date);
  const { start, end } = dataset.regime;
  if (end !== null && regimeEndedOn(dataset, date)) {
    return {
      headline: `On ${day}: the regime had ended`,
      detail: `Remaining restrictions lifted on ${formatDate(end)}: exports are no longer limited to the compliant zones.`,
    };
  }
  const compliant = compliantZonesOn(dataset, date);
  const total = dataset.zones.length;
  const before = date < start ? ` This is before the regime monitored here, which began on ${formatDate(start)}.` : '';
  if (compliant.length === 0) {
    return { headline: `On ${day}: no zone compliant`, detail: `None of the ${total} zones was compliant that day.${before}` };
  }
  return {
    headline: `On ${day}: ${compliant.length} of ${total} zone${total === 1 ? '' : 's'} compliant`,
    detail: `${listOf(compliant.map((z) => z.name))}.${before}`,
  };
}
