import { screen, within } from '@testing-library/react';
import { renderApp } from './render';
import { fixtureCopy } from './fixtures';

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
});

describe('notifications view (starting version)', () => {
  it("shows the default quarter's certificates, counts and the data-quality mark", async () => {
    renderApp('/notifications');
    const table = await screen.findByRole('table', { name: /certificates, 2021-Q3/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
    const marked = within(table).getByRole('row', { name: /CF0004/ });
    expect(within(marked).getByText(/data quality/)).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /CF0001/ })).not.toHaveTextContent(/data quality/);
    expect(within(table).getByRole('row', { name: /CF0007/ })).toHaveTextContent('Overdue');
    const counts = screen.getByRole('list', { name: 'Certificates by status, 2021-Q3' });
    expect(counts).toHaveTextContent('Confirmed 1');
    expect(counts).toHaveTextContent('Discrepancy 1');
    expect(counts).toHaveTextContent('Awaiting 2');
    expect(counts).toHaveTextContent('Overdue 1');
    expect(screen.getByRole('table', { name: /unmatched notification/ })).toHaveTextContent('CF9999');
  });

  it('filters by status from the URL and shows an empty state when nothing matches', async () => {
    renderApp('/notifications?quarter=2021-Q2&status=overdue');
    expect(await screen.findByText('No certificates with status “Overdue” in 2021-Q2.')).toBeInTheDocument();
  });

  it('degrades bad parameters to the defaults with a notice', async () => {
    renderApp('/notifications?quarter=banana&status=lost');
    expect(await screen.findByText('banana is not a quarter of this regime; showing 2021-Q3.')).toBeInTheDocument();
    expect(screen.getByText('lost is not a status; showing all statuses.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /5 certificates, 2021-Q3/ })).toBeInTheDocument();
  });

  it('marks late confirmations across all quarters', async () => {
    renderApp('/notifications?quarter=all');
    const table = await screen.findByRole('table', { name: /7 certificates, all quarters/ });
    expect(within(table).getByRole('row', { name: /CF0005/ })).toHaveTextContent('Yes');
  });
});
