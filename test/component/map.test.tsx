import { screen, within } from '@testing-library/react';
import { renderApp } from './render';
import { fixtureCopy } from './fixtures';

describe('map view (starting version)', () => {
  it("lists the dataset's zones with their status on the as-of date", async () => {
    renderApp('/map');
    const table = await screen.findByRole('table', { name: /Compliant zones/ });
    for (const name of ['Berbérati', 'Carnot', 'Gadzi']) {
      expect(within(table).getByRole('rowheader', { name })).toBeInTheDocument();
    }
    const gadzi = within(table).getByRole('row', { name: /Gadzi/ });
    expect(gadzi).toHaveTextContent('Not yet compliant');
    expect(gadzi).toHaveTextContent('1 Oct 2021');
    expect(within(table).getByRole('row', { name: /Carnot/ })).toHaveTextContent(/Compliant/);
    expect(screen.getByText('Bria')).toBeInTheDocument();
    expect(screen.getByText(/no KP-compliant exports/)).toBeInTheDocument();
  });

  it('never shows a zone that is not in the data', async () => {
    const data = fixtureCopy();
    data.zones = data.zones.filter((z) => z.id === 'z-carnot');
    renderApp('/map', { dataset: data });
    const table = await screen.findByRole('table', { name: /Compliant zones/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByText('Berbérati')).not.toBeInTheDocument();
  });
});
