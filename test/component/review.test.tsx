import { screen, within } from '@testing-library/react';
import { parseDataset, reviewQuarter, type Dataset } from '../../src/core';
import { formatCarats, formatCount, formatPricePerCarat, formatUsd } from '../../src/lib/format';
import { renderApp } from './render';
import { fixture } from './fixtures';

function parsedFixture(): Dataset {
  const result = parseDataset(fixture);
  if (!result.ok) throw new Error('the fixture must be valid');
  return result.dataset;
}

describe('quarterly review view (starting version)', () => {
  it("shows the core's figures for the quarter in the URL, beside the previous quarter", async () => {
    const expected = reviewQuarter(parsedFixture(), '2021-Q3', '2021-09-30');
    renderApp('/review/2021-Q3');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quarterly review 2021-Q3' })).toBeInTheDocument();
    const headline = screen.getByRole('table', { name: /Headline figures/ });
    const value = within(headline).getByRole('row', { name: /^Value/ });
    expect(value).toHaveTextContent(formatUsd(expected.totals.valueUsd));
    expect(value).toHaveTextContent(formatUsd(expected.previous.totals.valueUsd));
    // Written out once, so a formatter bug cannot hide behind itself.
    expect(value).toHaveTextContent('US$253,000');
    expect(value).toHaveTextContent('US$133,000');
    expect(within(headline).getByRole('row', { name: /^Carats/ })).toHaveTextContent(formatCarats(expected.totals.carats));
    expect(within(headline).getByRole('row', { name: /^Exports/ })).toHaveTextContent(formatCount(expected.totals.exports));
    expect(within(headline).getByRole('row', { name: /^Price per carat/ })).toHaveTextContent(formatPricePerCarat(expected.totals.pricePerCarat));
    expect(within(headline).getByRole('row', { name: /^Price per carat/ })).toHaveTextContent('US$120.91/ct');

    const counts = screen.getByLabelText('Reconciliation, 2021-Q3');
    const r = expected.reconciliation;
    for (const [label, n] of [['Confirmed', r.confirmed], ['Discrepancy', r.discrepancy], ['Awaiting', r.awaiting], ['Overdue', r.overdue]] as const) {
      expect(within(counts).getByText(label).nextElementSibling).toHaveTextContent(String(n));
    }
  });

  it('lists every zone, the offices below the minimum and the flags in words', async () => {
    renderApp('/review/2021-Q3');
    const zones = await screen.findByRole('table', { name: 'Exports by zone, 2021-Q3' });
    for (const name of ['Berbérati', 'Carnot', 'Gadzi']) expect(within(zones).getByRole('rowheader', { name })).toBeInTheDocument();
    const offices = screen.getByRole('table', { name: 'Exports by buying office, 2021-Q3' });
    expect(within(offices).getByRole('row', { name: /Alpha Diamonds/ })).toHaveTextContent('Below US$3 M minimum');
    const flags = screen.getByRole('list', { name: 'Flags, 2021-Q3' });
    expect(within(flags).getByText(/CF0003: zone Gadzi was not compliant on the export date/)).toBeInTheDocument();
    expect(within(flags).getByText(/CF0003: buying office BADICA is marked as sanctioned/)).toBeInTheDocument();
  });

  it('falls back to the default quarter with a notice for a quarter outside the regime', async () => {
    renderApp('/review/2031-Q9');
    expect(await screen.findByText('2031-Q9 is not a quarter of this regime; showing 2021-Q3.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Quarterly review 2021-Q3' })).toBeInTheDocument();
  });

  it('moves to the chosen quarter through the URL', async () => {
    const { user, router } = renderApp('/review/2021-Q3?data=%2Fdata%2Fsample.json');
    await user.selectOptions(await screen.findByLabelText('Quarter'), '2021-Q2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quarterly review 2021-Q2' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/review/2021-Q2');
    expect(router.state.location.search).toBe('?data=%2Fdata%2Fsample.json');
  });
});
