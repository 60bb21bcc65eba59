/**
 * How the presentation names buying offices and importers: their names, or,
 * when the presenter asks for anonymity, neutral labels ("A", "B"… for
 * offices, "1", "2"… for importers; the sentences around them say which is
 * which). Labels follow the dataset's order, so one name keeps one label on
 * every slide and every quarter of the presentation.
 */
import type { Dataset } from '../../core';

export interface PartyNames {
  /** A buying office by id. */
  office: (id: string) => string;
  /** A buying office by name (sanction reasons carry the name). */
  officeNamed: (name: string) => string;
  importer: (name: string) => string;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function letterLabel(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** Gives each new key the next label; a key seen again gets its label back. */
function labeller(label: (index: number) => string) {
  const labels = new Map<string, string>();
  return (key: string) => {
    let found = labels.get(key);
    if (found === undefined) {
      found = label(labels.size);
      labels.set(key, found);
    }
    return found;
  };
}

export function partyNames(dataset: Dataset, anonymise: boolean): PartyNames {
  const nameOf = new Map(dataset.buyingOffices.map((o) => [o.id, o.name]));
  if (!anonymise) {
    return { office: (id) => nameOf.get(id) ?? id, officeNamed: (name) => name, importer: (name) => name };
  }
  const officeLabel = labeller(letterLabel);
  const importerLabel = labeller((i) => String(i + 1));
  // Assigned up front in dataset order, so the labels do not depend on which slide asks first.
  for (const o of dataset.buyingOffices) officeLabel(o.id);
  const idByName = new Map<string, string>();
  for (const o of dataset.buyingOffices) if (!idByName.has(o.name)) idByName.set(o.name, o.id);
  for (const e of dataset.exports) importerLabel(e.importer.trim());
  return {
    office: (id) => officeLabel(id),
    officeNamed: (name) => officeLabel(idByName.get(name) ?? `name:${name}`),
    importer: (name) => importerLabel(name.trim()),
  };
}
