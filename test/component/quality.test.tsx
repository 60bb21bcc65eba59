import { act, screen, within } from '@testing-library/react';
import { parseDataset, type QualityCode } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { describeIssue } from '../../src/lib/quality-marks';
import { renderApp } from './render';
import { fixtureCopy } from './fixtures';

/** The fixture with one problem of every kind planted in it. */
function everyIssue() {
  const d = fixtureCopy() as any;
  d.zones[1].id = d.zones[0].id;
  d.zones[2].compliantUntil = '2020-01-01';
  d.regime = { start: '2019-11-22', end: '2019-01-01' };
  d.exports[1].buyingOfficeId = 'bo-ghost';
  d.exports[2].certificate = 'CF0001';
  d.notifications[0].notifiedOn = '2021-07-01';
  d.notifications[1].receivedOn = '2021-08-01';
  d.reviews = [
    { quarter: '2021-Q3', status: 'draft', signedOff: null, findings: [{ id: 'F1', text: 'x', severity: 'info', certificates: ['CF4040'] }] },
    { quarter: '2021-Q3', status: 'draft', signedOff: null, findings: [] },
  ];
  const result = parseDataset(d);
  if (!result.ok) throw new Error(`the planted dataset does not load: ${result.errors[0]?.path} ${result.errors[0]?.message}`);
  return result.quality;
}

describe('data quality view', () => {
  it('lists the planted issue under a readable group title', async () => {
    renderApp('/quality');
    expect(await screen.findByRole('heading', { level: 1, name: 'Data quality' })).toBeInTheDocument();
    expect(screen.getByText(/1 data-quality problem found/)).toBeInTheDocument();
    const group = screen.getByRole('region', { name: /Exports naming a zone that is not in the dataset/ });
    const item = within(group).getByRole('listitem');
    expect(item).toHaveTextContent('exports[3].zoneId');
    expect(item).toHaveTextContent('certificate CF0004 names zone "z-nowhere", which is not in zones');
  });

  it('says so when there is nothing to report', async () => {
    const data = fixtureCopy();
    data.exports = data.exports.filter((e) => e.certificate !== 'CF0004');
    renderApp('/quality', { dataset: data });
    expect(await screen.findByText('No data-quality problems found in this dataset.')).toBeInTheDocument();
  });

  it('words every kind of issue in English exactly as the command line prints it', () => {
    const issues = everyIssue();
    const codes = new Set<QualityCode>(issues.map((i) => i.code));
    expect(codes).toEqual(new Set<QualityCode>([
      'unknownZone', 'unknownBuyingOffice', 'duplicateCertificate', 'duplicateId', 'notifiedBeforeReceived',
      'receivedBeforeIssued', 'compliantUntilBeforeFrom', 'regimeEndBeforeStart', 'exportOutsideRegime',
      'unknownFindingCertificate', 'duplicateReview',
    ]));
    for (const issue of issues) expect(describeIssue(issue)).toBe(issue.message);

    // A regime still running has no end date: "to now".
    const open = fixtureCopy();
    open.exports[0]!.issuedOn = '2019-01-01';
    const result = parseDataset(open);
    const outside = result.ok ? result.quality.find((i) => i.code === 'exportOutsideRegime') : undefined;
    expect(outside?.message).toMatch(/to now\)$/);
    expect(describeIssue(outside!)).toBe(outside!.message);
  });

  it('words every kind of issue in French, with the values of the English sentence', async () => {
    const issues = everyIssue();
    await act(() => i18n.changeLanguage('fr'));
    for (const issue of issues) {
      const french = describeIssue(issue);
      expect(french).not.toBe(issue.message);
      expect(french).not.toMatch(/\{\{|\}\}/);
      for (const value of Object.values(issue.params).filter((v) => v !== '')) expect(french).toContain(value);
    }
  });

  it('speaks French: heading, count, group title and the issue itself', async () => {
    await act(() => i18n.changeLanguage('fr'));
    renderApp('/quality');
    expect(await screen.findByRole('heading', { level: 1, name: 'Qualité des données' })).toBeInTheDocument();
    expect(screen.getByText(/^1 problème de qualité des données trouvé\./)).toBeInTheDocument();
    const group = screen.getByRole('region', { name: 'Exportations citant une zone absente du jeu de données (1)' });
    expect(within(group).getByRole('listitem').textContent).toBe(
      'exports[3].zoneId le certificat CF0004 cite la zone «\u00a0z-nowhere\u00a0», absente de la liste zones (certificat CF0004)',
    );
  });
});
