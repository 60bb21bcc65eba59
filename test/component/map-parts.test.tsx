/** The Map view's parts on their own: zone list, zone panel, legend and colour scale. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { parseDataset, zoneHistory, zoneQuarterFigures, type Dataset } from '../../src/core';
import { MapLegend } from '../../src/features/map/MapLegend';
import { colourScale, niceStep, NONE_COLOUR, ZERO_COLOUR } from '../../src/features/map/scale';
import { ZoneList } from '../../src/features/map/ZoneList';
import { ZonePanel } from '../../src/features/map/ZonePanel';
import raw from '../fixtures/small-dataset.json';

function dataset(): Dataset {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error('the fixture must be valid');
  return result.dataset;
}
const AS_OF = '2021-09-30';

describe('zone list', () => {
  const items = [
    { id: 'z1', name: 'Alpha', status: 'compliant' as const, value: 420, colour: '#3182bd' },
    { id: 'z2', name: 'Beta', status: 'notYet' as const, value: 60, colour: '#deebf7' },
  ];

  it('is one button per zone, named with its status and figure in words', () => {
    render(<ZoneList items={items} metric="carats" selectedId={null} onSelect={() => {}} />);
    const buttons = within(screen.getByRole('list', { name: /Zones/ })).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Alpha, compliant, 420.00 ct',
      'Beta, not yet compliant, 60.00 ct',
    ]);
    expect(buttons[1]).toHaveTextContent('BetaNot yet60.00 ct');
  });

  it('marks the selected zone pressed; pressing a zone selects it, pressing it again clears it', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { rerender } = render(<ZoneList items={items} metric="exports" selectedId={null} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: /^Beta/ }));
    expect(onSelect).toHaveBeenLastCalledWith('z2');
    rerender(<ZoneList items={items} metric="exports" selectedId="z2" onSelect={onSelect} />);
    expect(screen.getByRole('button', { name: /^Beta/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Alpha/ })).toHaveAttribute('aria-pressed', 'false');
    // By keyboard too.
    screen.getByRole('button', { name: /^Beta/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('says so when the dataset has no zones', () => {
    render(<ZoneList items={[]} metric="carats" selectedId={null} onSelect={() => {}} />);
    expect(screen.getByText('This dataset lists no zones.')).toBeInTheDocument();
  });
});

describe('zone panel', () => {
  function renderPanel(zoneId: string, search = '', quarter = '2021-Q3', before = '2021-Q2') {
    const d = dataset();
    const zone = d.zones.find((z) => z.id === zoneId)!;
    const current = zoneQuarterFigures(d, quarter, AS_OF).find((z) => z.zoneId === zoneId)!;
    const previous = zoneQuarterFigures(d, before, AS_OF).find((z) => z.zoneId === zoneId)!;
    const history = zoneHistory(d, zoneId, ['2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3'], AS_OF)!;
    const onClose = vi.fn();
    const view = render(
      <MemoryRouter>
        <ZonePanel
          zone={zone}
          status="compliant"
          date="2021-09-30"
          asOf={AS_OF}
          quarter={quarter}
          current={current}
          previous={previous}
          history={history}
          metric="carats"
          dataSearch={search}
          onClose={onClose}
        />
      </MemoryRouter>,
    );
    return { ...view, onClose, panel: screen.getByRole('complementary', { name: zone.name }) };
  }

  it('says what the zone is: prefecture, compliant since and until, certainty, note', () => {
    const { panel } = renderPanel('z3');
    const facts = (label: string) => within(panel).getByText(label).nextElementSibling;
    expect(facts('Prefecture')).toHaveTextContent('Prefecture C');
    expect(facts('Compliant since')).toHaveTextContent('1 Jan 2020');
    expect(facts('Compliant until')).toHaveTextContent('31 Jul 2021');
    expect(facts('Certainty')).toHaveTextContent('Approximate');
    expect(facts('Boundary')).toHaveTextContent('Indicative (not surveyed)');
    expect(within(panel).getByText('No longer compliant after July 2021.')).toBeInTheDocument();
  });

  it("gives the quarter's figures beside the previous quarter's, as the core computes them", () => {
    // Alpha, hand-computed in test/unit/zoneMetrics.test.ts: 4 exports, 420 ct, US$49,000 in 2021-Q3; 1, 100 ct, US$13,000 in 2021-Q2.
    const { panel } = renderPanel('z1');
    const table = within(panel).getByRole('table', { name: 'Alpha: 2021-Q3 beside 2021-Q2' });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/^Exports/)).toHaveTextContent(/^Exports41$/);
    expect(row(/^Carats/)).toHaveTextContent('Carats420.00 ct100.00 ct');
    expect(row(/^Value/)).toHaveTextContent('ValueUS$49,000US$13,000');
    expect(row(/^US\$\/ct/)).toHaveTextContent('US$/ctUS$116.67/ctUS$130.00/ct');
    expect(row(/Overdue/)).toHaveTextContent(/Overdue10$/);
    expect(row(/Discrepancy/)).toHaveTextContent(/Discrepancy01$/);
    expect(row(/Flags/)).toHaveTextContent(/Flags20$/);
  });

  it('lists the open problems, each linking to Notifications filtered to the zone, keeping the data source', () => {
    const { panel } = renderPanel('z2', '?data=%2Fother.json');
    const problems = within(panel).getByRole('list', { name: 'Open problems, Beta, 2021-Q3' });
    const items = within(problems).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'CF003Discrepancy with the confirmationissued 15 Aug 2021',
      'CF004Discrepancy with the confirmationissued 20 Jul 2021',
      'CF004Flag: non-compliant originissued 20 Jul 2021',
      'CF003Flag: sanctioned partyissued 15 Aug 2021',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'CF003' }))
      .toHaveAttribute('href', '/notifications?quarter=2021-Q3&zone=z2&cert=CF003&data=%2Fother.json');
    expect(within(panel).getByRole('link', { name: 'discrepancy (2)' }))
      .toHaveAttribute('href', '/notifications?quarter=2021-Q3&zone=z2&status=discrepancy&data=%2Fother.json');
    expect(within(panel).getByRole('link', { name: 'all certificates' }))
      .toHaveAttribute('href', '/notifications?quarter=2021-Q3&zone=z2&data=%2Fother.json');
    expect(within(panel).queryByRole('link', { name: /overdue/ })).not.toBeInTheDocument();
  });

  it('charts the last quarters, with the figures also as a table for screen readers', async () => {
    const { panel, container } = renderPanel('z1');
    const table = within(panel).getByRole('table', { name: 'Carats by quarter, Alpha, 2020-Q4 to 2021-Q3' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      '2020-Q4100.00 ct', '2021-Q10.00 ct', '2021-Q2100.00 ct', '2021-Q3420.00 ct',
    ]);
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
  });

  it('closes with its button and with Escape', async () => {
    const user = userEvent.setup();
    const { panel, onClose } = renderPanel('z1');
    await user.click(within(panel).getByRole('button', { name: 'Close Alpha' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    within(panel).getByRole('link', { name: 'all certificates' }).focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says when there is no open problem', () => {
    // Gamma in 2021-Q2: CF008 confirmed, no flag.
    const { panel } = renderPanel('z3', '', '2021-Q2', '2021-Q1');
    expect(within(panel).getByText('No open problems in 2021-Q2.')).toBeInTheDocument();
    expect(within(panel).queryByRole('list', { name: /Open problems/ })).not.toBeInTheDocument();
  });
});

describe('legend', () => {
  const base = {
    quarter: '2021-Q3', date: '2021-09-30', indicative: true, points: true, someOff: true, hasAreas: true, restrictionsLifted: false,
  };

  it('states the metric, the quarter and the scale', () => {
    const scale = colourScale('carats', [420, 60, 40]);
    render(<MapLegend {...base} metric="carats" scale={scale} />);
    expect(screen.getByText('Carats')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Colour scale: Carats, 2021-Q3' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Up to 100', '100–200', '200–300', '300–400', '400–500',
    ]);
  });

  it('explains every other mark, and what an open problem is', () => {
    const scale = colourScale('problems', [3, 4, 0]);
    render(<MapLegend {...base} metric="problems" scale={scale} />);
    expect(within(screen.getByRole('list', { name: 'Colour scale: Open problems, 2021-Q3' })).getAllByRole('listitem')
      .map((li) => li.textContent)).toEqual(['None', '1', '2', '3', '4']);
    expect(screen.getByText(/office-below-minimum flag concerns a buying office, not a zone/)).toBeInTheDocument();
    const marks = within(screen.getByRole('list', { name: 'Map marks' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(marks).toEqual([
      'Dashed outline: indicative boundary, not surveyed',
      'Circle: zone without a boundary, at its main town',
      'Hatched: not compliant on 30 Sep 2021',
      'Restricted area: no KP-compliant exports',
      'Bangui: capital and export point',
      'Thick outline: the selected zone',
    ]);
  });

  it('after the regime, shows former restricted areas as lifted; leaves out marks not on the map', () => {
    render(<MapLegend {...base} indicative={false} points={false} someOff={false} restrictionsLifted metric="value" scale={colourScale('value', [0])} />);
    const marks = within(screen.getByRole('list', { name: 'Map marks' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(marks).toEqual(['Former restricted area: restrictions lifted', 'Bangui: capital and export point', 'Thick outline: the selected zone']);
    expect(within(screen.getByRole('list', { name: /Colour scale/ })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['No exports']);
  });
});

describe('colour scale', () => {
  it('uses round steps', () => {
    expect([niceStep(84, false), niceStep(0.7, true), niceStep(230, false), niceStep(1800, false)]).toEqual([100, 1, 250, 2000]);
  });
  it('gives zero and "no figure" classes of their own, and darker colours to larger figures', () => {
    const scale = colourScale('ppc', [116.67, 125, null, 300]);
    expect(scale.classes.map((c) => c.label)).toEqual(['No exports, so no figure', 'US$100–US$150', 'US$150–US$200', 'US$200–US$250', 'US$250–US$300']);
    expect(scale.colourOf(null)).toBe(NONE_COLOUR);
    expect(scale.colourOf(116.67)).toBe(scale.classes[1]!.colour);
    expect(scale.colourOf(300)).toBe(scale.classes[4]!.colour);
    expect(colourScale('carats', [0, 5]).colourOf(0)).toBe(ZERO_COLOUR);
  });
});
