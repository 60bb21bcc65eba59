/** The date statuses are computed at. (Kept apart from the schema so the page can use it without the validator.) */
import type { Dataset, IsoDate } from './types';

/** The dataset's own as-of date, else today. */
export function resolveAsOf(dataset: Dataset, today: IsoDate): IsoDate {
  return dataset.meta.asOf ?? today;
}
