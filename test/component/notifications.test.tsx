import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render';
import { fixtureCopy } from './fixtures';

// Whole-app flows with user-event in jsdom: slow when the machine is busy, not stuck.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  // A fresh browser storage for every test.
  globalThis.indexedDB = new IDBFactory();
});

const certificates = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent?.replace(/⚠.*$/, ''));

describe('notifications view: the table', () => {
  it("shows the default quarter's certificates, counts by status and the data-quality mark", async () => {
    renderApp('/notifications');
    const table = await screen.findByRole('table', { name: /^5 certificates, 2021-Q3$/ });
    expect(table).toHaveAttribute('aria-rowcount', '6');
    expect(certificates(table)).toEqual(['CF0001', 'CF0002', 'CF0003', 'CF0004', 'CF0007']);
    const marked = within(table).getByRole('row', { name: /CF0004/ });
    expect(within(marked).getByText(/data quality/)).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /CF0001/ })).not.toHaveTextContent(/data quality/);
    expect(within(table).getByRole('row', { name: /CF0007/ })).toHaveTextContent('Overdue');
    const counts = screen.getByRole('list', { name: /Certificates by status/ });
    expect(counts).toHaveTextContent('Confirmed 1');
    expect(counts).toHaveTextContent('Discrepancy 1');
    expect(counts).toHaveTextContent('Awaiting 2');
    expect(counts).toHaveTextContent('Overdue 1');
    expect(counts).toHaveTextContent('Late 0');
  });

  it('lists unmatched and duplicate notifications in the second list', async () => {
    const data = fixtureCopy();
    data.notifications.push({ id: 'N6', certificate: 'CF0001', participant: 'EU', receivedOn: '2021-07-10', notifiedOn: '2021-07-25', carats: 1000 });
    const { user } = renderApp('/notifications', { dataset: data });
    const lists = await screen.findByRole('group', { name: 'List' });
    await user.click(within(lists).getByRole('button', { name: /Unmatched notifications 1/ }));
    const unmatched = await screen.findByRole('table', { name: '1 unmatched notification, 2021-Q3' });
    expect(within(unmatched).getByRole('row', { name: /N5/ })).toHaveTextContent('CF9999');
    await user.click(within(lists).getByRole('button', { name: /Duplicate notifications 1/ }));
    const duplicates = await screen.findByRole('table', { name: '1 duplicate notification, 2021-Q3' });
    expect(within(duplicates).getByRole('row', { name: /N6/ })).toHaveTextContent('CF0001');
  });

  it('filters with the controls, by role, and keeps the filters in the URL', async () => {
    const { user, location } = renderApp('/notifications?data=%2Fteam.json');
    await screen.findByRole('table', { name: /5 certificates/ });
    const filters = screen.getByRole('group', { name: 'Filters' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Zone' }), 'Carnot');
    const table = await screen.findByRole('table', { name: '2 certificates, 2021-Q3, zone Carnot' });
    expect(certificates(table)).toEqual(['CF0002', 'CF0007']);
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Overdue');
    expect(await screen.findByRole('table', { name: '1 certificate, 2021-Q3, overdue, zone Carnot' })).toBeInTheDocument();
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'All statuses');
    await user.type(within(filters).getByRole('searchbox', { name: 'Search' }), 'dubai');
    const searched = await screen.findByRole('table', { name: '1 certificate, 2021-Q3, zone Carnot, matching “dubai”' });
    expect(certificates(searched)).toEqual(['CF0002']);
    expect(Object.fromEntries(new URLSearchParams(location().search))).toEqual({ data: '/team.json', zone: 'z-carnot', q: 'dubai' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Quarter' }), 'All quarters');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Destination' }), 'United Arab Emirates (AE)');
    expect(await screen.findByRole('table', { name: /^2 certificates, all quarters, zone Carnot, to United Arab Emirates \(AE\)/ })).toBeInTheDocument();
    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('table', { name: '5 certificates, 2021-Q3' })).toBeInTheDocument();
    expect(location().search).toBe('?data=%2Fteam.json');
  });

  it('filters by status, buying office and late from the URL, and says when nothing matches', async () => {
    renderApp('/notifications?quarter=all&status=late&office=bo-alpha');
    const table = await screen.findByRole('table', { name: /^1 certificate, all quarters, late/ });
    expect(within(table).getByRole('row', { name: /CF0005/ })).toHaveTextContent('Late');
    expect(screen.getByRole('combobox', { name: 'Buying office' })).toHaveValue('bo-alpha');
  });

  it('shows an empty state when nothing matches', async () => {
    renderApp('/notifications?quarter=2021-Q2&status=overdue');
    expect(await screen.findByText('No certificates match these filters (status “Overdue”).')).toBeInTheDocument();
  });

  it('sorts by a column header, and the sort is in the URL', async () => {
    const { user, location } = renderApp('/notifications');
    const table = await screen.findByRole('table', { name: /5 certificates/ });
    const header = within(table).getByRole('columnheader', { name: /Carats/ });
    await user.click(within(header).getByRole('button', { name: 'Carats' }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(certificates(table)).toEqual(['CF0001', 'CF0002', 'CF0007', 'CF0003', 'CF0004']);
    expect(location().search).toBe('?sort=carats&dir=desc');
    await user.click(within(header).getByRole('button', { name: 'Carats' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(certificates(table)).toEqual(['CF0004', 'CF0003', 'CF0007', 'CF0002', 'CF0001']);
  });

  it('degrades bad parameters to the defaults with a notice', async () => {
    renderApp('/notifications?quarter=banana&status=lost&zone=atlantis&destination=ZZ&office=nobody&list=all&sort=colour&cert=CF0404');
    expect(await screen.findByText('banana is not a quarter of this regime; showing 2021-Q3.')).toBeInTheDocument();
    for (const text of [
      'lost is not a status; showing all statuses.',
      'atlantis is not a zone in this dataset; showing all zones.',
      'ZZ is not a destination in this dataset; showing all destinations.',
      'nobody is not a buying office in this dataset; showing all buying offices.',
      'all is not a list; showing the exports.',
      'colour is not a column to sort by; showing the dataset order.',
      'No export or notification names certificate CF0404 in this dataset.',
    ]) expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '5 certificates, 2021-Q3' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});

describe('notifications view: the detail panel', () => {
  it('opens from a map-style link and says how overdue the certificate is', async () => {
    renderApp('/notifications?quarter=2021-Q3&zone=z-carnot&status=overdue&cert=CF0007');
    const panel = await screen.findByRole('complementary', { name: 'Certificate CF0007' });
    expect(panel).toHaveTextContent('No confirmation 91 days after issue (as of 30 Sep 2021): overdue by 61 days.');
    expect(panel).toHaveTextContent('due within 30 days of issue, by 31 Jul 2021');
    const row = screen.getByRole('row', { name: /CF0007/ });
    expect(row).toHaveAttribute('aria-current', 'true');
  });

  it('sets the certificate beside its confirmation and highlights the difference with its tolerance', async () => {
    const { user, location } = renderApp('/notifications');
    const table = await screen.findByRole('table', { name: /5 certificates/ });
    await user.click(within(table).getByRole('link', { name: 'CF0002' }));
    expect(location().search).toBe('?cert=CF0002');
    const panel = await screen.findByRole('complementary', { name: 'Certificate CF0002' });
    const compare = within(panel).getByRole('table', { name: 'Certificate CF0002 beside confirmation N2' });
    const carats = within(compare).getByRole('row', { name: /^Carats/ });
    expect(carats).toHaveClass('differs');
    expect(carats).toHaveTextContent('500.50 ct480.00 ctDiffers: −20.50 ct (−4.1 %)± 0.5 % = 2.50 ct');
    const parcels = within(compare).getByRole('row', { name: /^Parcels/ });
    expect(parcels).not.toHaveClass('differs');
    expect(parcels).toHaveTextContent('not given');
    expect(panel).toHaveTextContent('Notified 15 days after issue, on 25 Aug 2021: on time.');
    expect(within(panel).getByRole('heading', { name: 'Certificate CF0002' })).toHaveFocus();
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(location().search).toBe('');
    expect(within(table).getByRole('link', { name: 'CF0002' })).toHaveFocus();

    // From the keyboard: Enter on a certificate opens it, Escape closes it.
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('complementary', { name: 'Certificate CF0002' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
  });

  it('explains a certificate no export has', async () => {
    renderApp('/notifications?list=unmatched&cert=CF9999');
    const panel = await screen.findByRole('complementary', { name: 'Certificate CF9999' });
    expect(panel).toHaveTextContent('No export has certificate CF9999: 1 notification names it (unmatched).');
    expect(within(panel).getByRole('article', { name: 'notification N5' })).toHaveTextContent('Unknown Trader');
  });
});

describe('notifications view: CSV of the table', () => {
  it('downloads the rows and columns shown, formula-looking cells neutralised', async () => {
    const data = fixtureCopy();
    data.exports[1]!.importer = '=HYPERLINK("http://x")';
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    // jsdom cannot follow a download link; the blob is what matters.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp('/notifications?zone=z-carnot&sort=carats&dir=asc', { dataset: data });
    await screen.findByRole('table', { name: /2 certificates/ });
    await user.click(screen.getByRole('button', { name: /Download CSV/ }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await blobs[0]!.text()).toBe([
      'Certificate,Issued on,Zone,Buying office,Importer,Destination,Carats,Value (US$),US$/ct,Status,Days to notify,Notified by',
      'CF0007,2021-07-01,Carnot,Alpha Diamonds,Antwerp Rough NV,BE,250,31000,124,Overdue,,',
      `CF0002,2021-08-10,Carnot,Alpha Diamonds,"'=HYPERLINK(""http://x"")",AE,500.5,60000,119.88,Discrepancy,15,AE`,
      '',
    ].join('\n'));
  });
});
