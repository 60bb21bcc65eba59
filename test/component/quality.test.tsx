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
