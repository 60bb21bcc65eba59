import { parseDataset, type QualityIssue } from '../../src/core';
import { fixtureInput } from './fixture';

function qualityOf(mutate: (d: Record<string, any>) => void): Array<Pick<QualityIssue, 'code' | 'path'>> {
  const input = fixtureInput() as Record<string, any>;
  mutate(input);
  const result = parseDataset(input);
  if (!result.ok) throw new Error('expected the dataset to load');
  return result.quality.map(({ code, path }) => ({ code, path }));
}

describe('data-quality problems load but are listed', () => {
  it('unknown zone and buying office', () => {
    expect(qualityOf((d) => { d.exports[4].zoneId = 'nowhere'; d.exports[5].buyingOfficeId = 'ghost'; })).toEqual([
      { code: 'unknownZone', path: 'exports[4].zoneId' },
      { code: 'unknownBuyingOffice', path: 'exports[5].buyingOfficeId' },
    ]);
  });
  it('duplicate certificate numbers, marking the second', () => {
    expect(qualityOf((d) => { d.exports[2].certificate = 'CF007'; })).toEqual([
      { code: 'duplicateCertificate', path: 'exports[2].certificate' },
    ]);
  });
  it('notified before received, and received before the certificate was issued', () => {
    expect(qualityOf((d) => {
      d.notifications[1].notifiedOn = '2021-05-10';
      d.notifications[2].receivedOn = '2021-05-31';
      d.notifications[2].notifiedOn = '2021-06-01';
    })).toEqual([
      { code: 'notifiedBeforeReceived', path: 'notifications[1].notifiedOn' },
      { code: 'receivedBeforeIssued', path: 'notifications[2].receivedOn' },
    ]);
  });
  it('duplicate ids, inverted periods, exports outside the regime, unknown cited certificates', () => {
    expect(qualityOf((d) => {
      d.notifications[1].id = 'n12';
      d.zones[2].compliantUntil = '2019-12-31';
      d.exports[0].issuedOn = '2020-09-30';
      d.reviews[0].findings[0].certificates = ['CF404'];
    })).toEqual([
      { code: 'duplicateId', path: 'notifications[1].id' },
      { code: 'compliantUntilBeforeFrom', path: 'zones[2].compliantUntil' },
      { code: 'exportOutsideRegime', path: 'exports[0].issuedOn' },
      { code: 'unknownFindingCertificate', path: 'reviews[0].findings[0].certificates[0]' },
    ]);
  });
});
