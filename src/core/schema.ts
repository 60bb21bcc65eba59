/**
 * Dataset format v1: the one JSON document the dashboard reads.
 * This zod schema is the single definition of the structure; `npm run schema`
 * derives public/dataset.schema.json from it. Descriptions here become the
 * JSON Schema's descriptions, so they are written for data producers.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const isoDate = z.iso.date().describe('Calendar date, YYYY-MM-DD');
const quarter = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, 'quarter')
  .describe('Quarter, written YYYY-Qn, e.g. 2021-Q3');
const text = z.string().trim().min(1);

const position = z.array(z.number()).min(2).max(3);
const ring = z.array(position).min(4);
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});
export const boundarySchema = z
  .discriminatedUnion('type', [polygon, multiPolygon])
  .describe('GeoJSON Polygon or MultiPolygon geometry, coordinates as [lon, lat]');

const location = z
  .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
  .describe('Main town, WGS84 degrees');

export const settingsSchema = z
  .object({
    notificationDueDays: z.number().int().min(0).default(30)
      .describe('Days after issue within which a confirmation of receipt is due'),
    caratTolerancePct: z.number().min(0).default(0.5)
      .describe('Allowed carat difference, % of the certificate weight'),
    valueTolerancePct: z.number().min(0).default(1)
      .describe('Allowed value difference, % of the certificate value'),
    priceOutlierFactor: z.number().gt(1).default(2)
      .describe('A $/ct this many times above (or below) the zone median is an outlier'),
    minQuarterlyExportUsd: z.number().min(0).default(3_000_000)
      .describe('Minimum value each buying office must export per quarter (US$)'),
  })
  .describe('Rule settings; each has a default');

export const zoneSchema = z.object({
  id: text.describe('Stable identifier used by exports[].zoneId'),
  name: text,
  prefecture: z.string(),
  compliantFrom: isoDate.describe('First day the zone is KP-compliant'),
  compliantUntil: isoDate.nullable().describe('Last compliant day, or null while still compliant'),
  location,
  boundary: boundarySchema.nullable(),
  boundaryIndicative: z.boolean().describe('True when the boundary is only indicative'),
  certainty: z.enum(['confirmed', 'partial', 'approximate'])
    .describe('How sure the public record is of the zone and its date'),
  note: z.string(),
});

export const restrictedAreaSchema = z.object({
  id: text,
  name: text,
  location,
  boundary: boundarySchema.nullable(),
});

export const buyingOfficeSchema = z.object({
  id: text,
  name: text,
  sanctioned: z.boolean(),
});

export const exportSchema = z.object({
  certificate: z.string().regex(/^CF\S+$/, 'certificate').describe('KP certificate number, starting CF'),
  issuedOn: isoDate,
  zoneId: text,
  buyingOfficeId: text,
  importer: text,
  destination: z.string().regex(/^[A-Z]{2}$/, 'country').describe('ISO 3166-1 alpha-2 code'),
  carats: z.number().gt(0),
  valueUsd: z.number().min(0),
  parcels: z.number().int().min(1),
  hsCode: z.string().optional().describe('e.g. 7102.10, 7102.21, 7102.31'),
});

export const notificationSchema = z.object({
  id: text,
  certificate: text.describe('The CAR certificate the importer confirms'),
  participant: text.describe('Importing KP participant, e.g. EU, AE'),
  authority: z.string().optional(),
  receivedOn: isoDate.describe('Date the shipment was received'),
  notifiedOn: isoDate.describe('Date the Monitoring Team was notified'),
  carats: z.number().gt(0),
  parcels: z.number().int().min(1).optional(),
  valueUsd: z.number().min(0).optional(),
  importer: z.string().optional(),
});

export const findingSchema = z.object({
  id: text,
  severity: z.enum(['info', 'concern', 'critical']),
  text: text,
  certificates: z.array(z.string()).optional(),
});

export const reviewRecordSchema = z.object({
  quarter,
  status: z.enum(['draft', 'final']),
  findings: z.array(findingSchema),
  signedOff: z.object({ by: z.array(text).min(1), on: isoDate }).nullable(),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    meta: z.object({
      title: text,
      asOf: isoDate.optional().describe('Date statuses are computed at; absent means today'),
      synthetic: z.boolean().describe('True when the data is made up (shown as a badge)'),
      sources: z.array(z.object({ label: text, url: z.string().optional() })).optional(),
    }),
    settings: settingsSchema.prefault({}),
    regime: z
      .object({ start: isoDate, end: isoDate.nullable() })
      .describe('Period the monitoring applies to; end null while it runs'),
    zones: z.array(zoneSchema),
    restrictedAreas: z.array(restrictedAreaSchema).default([]),
    buyingOffices: z.array(buyingOfficeSchema),
    sanctionedEntities: z.array(z.object({ name: text })).default([]),
    exports: z.array(exportSchema).describe('One entry per KP certificate issued by CAR'),
    notifications: z.array(notificationSchema)
      .describe("Importing authorities' confirmations of receipt"),
    reviews: z.array(reviewRecordSchema).default([]),
  })
  .describe('KP CAR Monitoring dataset, format v1');

export const quarterSchema = quarter;
export const isoDateSchema = isoDate;
