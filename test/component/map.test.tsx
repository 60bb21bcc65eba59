/**
 * The Map view in jsdom: structure, names, URL state, list ↔ map selection.
 * Leaflet draws its shapes here but the map is 0×0: geometry and clicks on
 * the map are in test/browser/map.spec.ts.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { parseDataset, zoneQuarterFigures, type Dataset } from '../../src/core';
import { formatCarats, formatUsd } from '../../src/lib/format';
import { renderApp } from './render';
import { fixture, fixtureCopy } from './fixtures';

function parsedFixture(): Dataset {
  const result = parseDataset(fixture);
  if (!result.ok) throw new Error('the fixture must be valid');
  return result.dataset;
}

const shapes = (container: HTMLElement) => [...container.querySelectorAll<SVGPathElement>('.zone-map path.zone-shape')];

// The first test loads the lazy map view: on a busy 2-core machine that alone can pass Vitest's 5 s default.
describe('map view', { timeout: 15_000 }, () => {
  it('draws one named shape per zone of the data, and lists the zones as buttons', async () => {
    const { container } = renderApp('/map');
    expect(await screen.findByRole('heading', { level: 1, name: 'Zones' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: /Zones: choose one/ });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual([
      expect.stringContaining('Berbérati'), expect.stringContaining('Carnot'), expect.stringContaining('Gadzi'),
    ]);
    await waitFor(() => expect(shapes(container)).toHaveLength(3));
    const names = shapes(container).map((p) => p.getAttribute('aria-label'));
    // As of 30 Sep 2021; coloured by carats of 2021-Q3 (the default quarter and metric).
    expect(names).toEqual([
      'Berbérati: compliant on 30 Sep 2021; carats in 2021-Q3: 1,000.00 ct',
      'Carnot: compliant on 30 Sep 2021; carats in 2021-Q3: 750.50 ct',
      'Gadzi: not yet compliant on 30 Sep 2021; carats in 2021-Q3: 200.00 ct',
    ]);
    // Words, not colour alone: the list says the status too.
    expect(within(list).getByRole('button', { name: /^Gadzi, not yet compliant/ })).toBeInTheDocument();
  });

  it('keeps the zones table, the restricted areas and the export point', async () => {
    const { container } = renderApp('/map');
    const table = await screen.findByRole('table', { name: /Compliant zones/ });
    const gadzi = within(table).getByRole('row', { name: /Gadzi/ });
    expect(gadzi).toHaveTextContent('Not yet compliant');
    expect(gadzi).toHaveTextContent('1 Oct 2021');
    expect(within(table).getByRole('row', { name: /Carnot/ })).toHaveTextContent('750.50 ct');
    const areas = screen.getByRole('list', { name: 'Restricted areas' });
    expect(within(areas).getByRole('listitem')).toHaveTextContent('Bria: no KP-compliant exports');
    await waitFor(() => expect(container.querySelector('.zone-map [aria-label="Bangui: capital and export point"]')).not.toBeNull());
    expect(container.querySelector('.zone-map path.area-shape')?.getAttribute('aria-label'))
      .toBe('Bria: restricted area, no KP-compliant exports');
  });

  it('never shows a zone that is not in the data', async () => {
    const data = fixtureCopy();
    data.zones = data.zones.filter((z) => z.id === 'z-carnot');
    const { container } = renderApp('/map', { dataset: data });
    const list = await screen.findByRole('list', { name: /Zones: choose one/ });
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    await waitFor(() => expect(shapes(container)).toHaveLength(1));
    expect(screen.queryByText('Berbérati')).not.toBeInTheDocument();
  });

  it('choosing a zone in the list selects it in the URL, the list and the map, and opens its panel', async () => {
    const { user, location, container } = renderApp('/map');
    const carnot = await screen.findByRole('button', { name: /^Carnot,/ });
    expect(carnot).toHaveAttribute('aria-pressed', 'false');
    await user.click(carnot);
    expect(location().search).toBe('?zone=z-carnot');
    expect(screen.getByRole('button', { name: /^Carnot,/ })).toHaveAttribute('aria-pressed', 'true');
    // The map draws its shapes in steps after the view (ZoneMap's useDrawingSteps).
    await waitFor(() => {
      const shape = shapes(container).find((p) => p.getAttribute('aria-label')?.startsWith('Carnot'));
      expect(shape).toHaveAttribute('stroke-width', '4');
    });

    const panel = screen.getByRole('complementary', { name: 'Carnot' });
    const expected = zoneQuarterFigures(parsedFixture(), '2021-Q3', '2021-09-30').find((z) => z.zoneId === 'z-carnot')!;
    const figures = within(panel).getByRole('table', { name: 'Carnot: 2021-Q3 beside 2021-Q2' });
    expect(within(figures).getByRole('row', { name: /^Carats/ })).toHaveTextContent(`${formatCarats(expected.carats)}300.00 ct`);
    expect(within(figures).getByRole('row', { name: /^Value/ })).toHaveTextContent(`${formatUsd(expected.valueUsd)}US$33,000`);
    expect(within(figures).getAllByRole('row', { name: /^Open problems/ })[0]).toHaveTextContent(/^Open problems20$/);
    expect(within(figures).getByRole('row', { name: /Overdue/ })).toHaveTextContent(/Overdue10$/);
    expect(within(figures).getByRole('row', { name: /Discrepancy/ })).toHaveTextContent(/Discrepancy10$/);

    await user.click(within(panel).getByRole('button', { name: 'Close Carnot' }));
    expect(location().search).toBe('');
    expect(screen.queryByRole('complementary', { name: 'Carnot' })).not.toBeInTheDocument();
  });

  it('restores zone, quarter, metric and date from the URL', async () => {
    const { container } = renderApp('/map?zone=z-berberati&quarter=2021-Q2&metric=value&date=2016-07-01');
    expect(await screen.findByRole('complementary', { name: 'Berbérati' })).toBeInTheDocument();
    expect(screen.getByLabelText('Quarter')).toHaveValue('2021-Q2');
    expect(screen.getByLabelText('Colour zones by')).toHaveValue('value');
    expect(screen.getByLabelText('Exact date')).toHaveValue('2016-07-01');
    expect(screen.getByText('On 1 Jul 2016: 1 of 3 zones compliant.')).toBeInTheDocument();
    await waitFor(() => expect(shapes(container)[0]).toHaveAttribute('aria-label', 'Berbérati: compliant on 1 Jul 2016; value in 2021-Q2: US$100,000'));
  });

  it('falls back to the defaults with a notice for each bad value', async () => {
    renderApp('/map?zone=z-nowhere&quarter=2031-Q9&metric=weight&date=2030-02-30');
    expect(await screen.findByText('2031-Q9 is not a quarter of this regime; showing 2021-Q3.')).toBeInTheDocument();
    expect(screen.getByText('weight is not a metric; showing carats.')).toBeInTheDocument();
    expect(screen.getByText('2030-02-30 is not a date between 1 Jun 2016 and 30 Sep 2021; showing 30 Sep 2021.')).toBeInTheDocument();
    expect(screen.getByText('z-nowhere is not a zone of this dataset; no zone is selected.')).toBeInTheDocument();
    expect(screen.getByLabelText('Quarter')).toHaveValue('2021-Q3');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('moves through time: the previous change button, the caption and the hatched zones follow', async () => {
    const { user, location, container } = renderApp('/map');
    expect(await screen.findByText('On 30 Sep 2021: 2 of 3 zones compliant.')).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('.zone-map path[fill="url(#kp-map-hatch-off)"]')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Previous change: 22 Nov 2019' }));
    expect(location().search).toBe('?date=2019-11-22');
    expect(screen.getByText('On 22 Nov 2019: 2 of 3 zones compliant.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous change: 19 Sep 2016' }));
    expect(screen.getByText('On 19 Sep 2016: 2 of 3 zones compliant.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous change: 1 Jun 2016' }));
    expect(screen.getByText('On 1 Jun 2016: 1 of 3 zones compliant.')).toBeInTheDocument();
    expect(screen.getByText(/Berbérati\. This is before the regime monitored here, which began on 22 Nov 2019\./)).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('.zone-map path[fill="url(#kp-map-hatch-off)"]')).toHaveLength(2));
  });

  it('after the regime ends, says the restrictions were lifted', async () => {
    const data = fixtureCopy();
    data.regime = { start: '2019-11-22', end: '2021-09-15' };
    const { container } = renderApp('/map', { dataset: data });
    expect(await screen.findByText('On 30 Sep 2021: the regime had ended.')).toBeInTheDocument();
    expect(screen.getByText(/Remaining restrictions lifted on 15 Sep 2021/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Restricted areas' })).getByRole('listitem'))
      .toHaveTextContent('Bria: restrictions lifted on 15 Sep 2021');
    await waitFor(() => expect(container.querySelector('.zone-map path.area-shape'))
      .toHaveAttribute('aria-label', 'Bria: formerly restricted area, restrictions lifted'));
  });

  it('the street map is off by default and its switch is kept in the URL', async () => {
    const { user, location, container } = renderApp('/map');
    const toggle = await screen.findByRole('checkbox', { name: /Street map/ });
    expect(toggle).not.toBeChecked();
    expect(container.querySelector('.leaflet-tile-pane img')).toBeNull();
    await user.click(toggle);
    expect(location().search).toBe('?tiles=1');
    expect(screen.getByRole('checkbox', { name: /Street map/ })).toBeChecked();
  });
});
