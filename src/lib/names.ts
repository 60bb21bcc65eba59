/** Display names for ids a record refers to; an unknown id says so instead of vanishing. */
import type { Dataset } from '../core';
import { sharedText } from './messages';

export interface Namer {
  zone: (id: string) => string;
  office: (id: string) => string;
}

export function namerFor(dataset: Dataset): Namer {
  const zones = new Map(dataset.zones.map((z) => [z.id, z.name]));
  const offices = new Map(dataset.buyingOffices.map((o) => [o.id, o.name]));
  return {
    zone: (id) => zones.get(id) ?? sharedText('names.unknownZone', { id }),
    office: (id) => offices.get(id) ?? sharedText('names.unknownOffice', { id }),
  };
}
