/**
 * A small dataset for component tests: two quarters of exports, each status
 * once or more, a flagged origin, a sanctioned office and one planted
 * data-quality problem (CF0004 names a zone that does not exist).
 */
import type { DatasetInput } from '../../src/core';

const square = (lon: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[lon - 0.1, lat - 0.1], [lon + 0.1, lat - 0.1], [lon + 0.1, lat + 0.1], [lon - 0.1, lat + 0.1], [lon - 0.1, lat - 0.1]]],
});

export const fixture: DatasetInput = {
  schemaVersion: 1,
  meta: { title: 'Fixture: western zones 2021', asOf: '2021-09-30', synthetic: true },
  settings: { notificationDueDays: 30, minQuarterlyExportUsd: 3_000_000 },
  regime: { start: '2019-11-22', end: null },
  zones: [
    {
      id: 'z-berberati', name: 'Berbérati', prefecture: 'Mambéré-Kadéï', compliantFrom: '2016-06-01', compliantUntil: null,
      location: { lat: 4.2593, lon: 15.7878 }, boundary: square(15.7878, 4.2593), boundaryIndicative: true, certainty: 'confirmed', note: '',
    },
    {
      id: 'z-carnot', name: 'Carnot', prefecture: 'Mambéré', compliantFrom: '2016-09-19', compliantUntil: null,
      location: { lat: 4.9421, lon: 15.8691 }, boundary: null, boundaryIndicative: true, certainty: 'confirmed', note: '',
    },
    {
      id: 'z-gadzi', name: 'Gadzi', prefecture: 'Mambéré', compliantFrom: '2021-10-01', compliantUntil: null,
      location: { lat: 4.783, lon: 16.7 }, boundary: null, boundaryIndicative: true, certainty: 'approximate', note: 'date invented for the test',
    },
  ],
  restrictedAreas: [{ id: 'r-bria', name: 'Bria', location: { lat: 6.5423, lon: 21.9863 }, boundary: null }],
  buyingOffices: [
    { id: 'bo-alpha', name: 'Alpha Diamonds', sanctioned: false },
    { id: 'bo-badica', name: 'BADICA', sanctioned: true },
  ],
  sanctionedEntities: [{ name: 'BADICA' }],
  exports: [
    { certificate: 'CF0001', issuedOn: '2021-07-05', zoneId: 'z-berberati', buyingOfficeId: 'bo-alpha', importer: 'Antwerp Rough NV', destination: 'BE', carats: 1000, valueUsd: 120000, parcels: 2 },
    { certificate: 'CF0002', issuedOn: '2021-08-10', zoneId: 'z-carnot', buyingOfficeId: 'bo-alpha', importer: 'Dubai Gems DMCC', destination: 'AE', carats: 500.5, valueUsd: 60000, parcels: 1 },
    { certificate: 'CF0003', issuedOn: '2021-09-01', zoneId: 'z-gadzi', buyingOfficeId: 'bo-badica', importer: 'Dubai Gems DMCC', destination: 'AE', carats: 200, valueUsd: 30000, parcels: 1 },
    { certificate: 'CF0004', issuedOn: '2021-09-20', zoneId: 'z-nowhere', buyingOfficeId: 'bo-alpha', importer: 'Antwerp Rough NV', destination: 'BE', carats: 100, valueUsd: 12000, parcels: 1 },
    { certificate: 'CF0007', issuedOn: '2021-07-01', zoneId: 'z-carnot', buyingOfficeId: 'bo-alpha', importer: 'Antwerp Rough NV', destination: 'BE', carats: 250, valueUsd: 31000, parcels: 1 },
    { certificate: 'CF0005', issuedOn: '2021-04-15', zoneId: 'z-berberati', buyingOfficeId: 'bo-alpha', importer: 'Antwerp Rough NV', destination: 'BE', carats: 800, valueUsd: 100000, parcels: 2 },
    { certificate: 'CF0006', issuedOn: '2021-05-20', zoneId: 'z-carnot', buyingOfficeId: 'bo-alpha', importer: 'Dubai Gems DMCC', destination: 'AE', carats: 300, valueUsd: 33000, parcels: 1 },
  ],
  notifications: [
    { id: 'N1', certificate: 'CF0001', participant: 'EU', receivedOn: '2021-07-10', notifiedOn: '2021-07-20', carats: 1000, parcels: 2 },
    { id: 'N2', certificate: 'CF0002', participant: 'AE', receivedOn: '2021-08-15', notifiedOn: '2021-08-25', carats: 480 },
    { id: 'N3', certificate: 'CF0005', participant: 'EU', receivedOn: '2021-04-20', notifiedOn: '2021-06-01', carats: 800 },
    { id: 'N4', certificate: 'CF0006', participant: 'AE', receivedOn: '2021-05-25', notifiedOn: '2021-05-30', carats: 300 },
    { id: 'N5', certificate: 'CF9999', participant: 'AE', receivedOn: '2021-07-28', notifiedOn: '2021-08-01', carats: 90, importer: 'Unknown Trader' },
  ],
  reviews: [],
};

/** A copy to alter in one test without touching the others. */
export function fixtureCopy(): DatasetInput {
  return structuredClone(fixture);
}
