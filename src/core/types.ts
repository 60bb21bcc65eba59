/** Dataset types, inferred from the schema so they never drift from it. */
import type { z } from 'zod';
import type {
  buyingOfficeSchema, datasetSchema, exportSchema, findingSchema, notificationSchema,
  restrictedAreaSchema, reviewRecordSchema, settingsSchema, zoneSchema,
} from './schema';

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;
/** A quarter written YYYY-Qn. */
export type Quarter = string;

export type Dataset = z.output<typeof datasetSchema>;
/** The document as a producer writes it (optional fields may be absent). */
export type DatasetInput = z.input<typeof datasetSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type Zone = z.output<typeof zoneSchema>;
export type RestrictedArea = z.output<typeof restrictedAreaSchema>;
export type BuyingOffice = z.output<typeof buyingOfficeSchema>;
export type Export = z.output<typeof exportSchema>;
export type Notification = z.output<typeof notificationSchema>;
export type Finding = z.output<typeof findingSchema>;
export type ReviewRecord = z.output<typeof reviewRecordSchema>;
