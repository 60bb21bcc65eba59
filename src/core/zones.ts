/** Zone compliance through time. */
import type { Dataset, IsoDate, Zone } from './types';

export function isCompliantOn(zone: Zone, date: IsoDate): boolean {
  return zone.compliantFrom <= date && (zone.compliantUntil === null || date <= zone.compliantUntil);
}

export function compliantZonesOn(dataset: Dataset, date: IsoDate): Zone[] {
  return dataset.zones.filter((z) => isCompliantOn(z, date));
}
