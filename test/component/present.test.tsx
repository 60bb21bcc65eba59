/**
 * The presentation in jsdom on the component fixture: the start screen and
 * its URL state, every slide reached by keyboard with its heading and one
 * figure a presenter would point at, anonymised names, Esc, auto-advance and
 * its pause, and French. Layout (sizes, the map's geometry, full screen) is
 * checked in Chromium: test/browser/present.spec.ts.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { parseDataset, reviewQuarter } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { fixture } from './fixtures';
import { renderApp } from './render';

const slide = (n: number) => screen.getByRole('group', { name: new RegExp(`^${n} of 6: `) });
const findSlide = (n: number) => screen.findByRole('group', { name: new RegExp(`^${n} of 6: `) });
/** The figure a big-number card shows under its label. */
const figure = (container: HTMLElement, label: string) =>
  within(container).getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

function fixtureReview(quarter: string) {
  const parsed = parseDataset(fixture);
  if (!parsed.ok) throw new Error('the fixture must be valid');
  return reviewQuarter(parsed.dataset, quarter, '2021-09-30');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('presentation: start screen', () => {
  it('offers the latest quarter with exports, the switches, the six slides and a Start button', async () => {
    const { location, user } = renderApp('/present');
    expect(await screen.findByRole('heading', { level: 1, name: 'Present' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('Fixture: western zones 2021');
    expect(screen.getByLabelText('Quarter')).toHaveValue('2021-Q3');
    expect(screen.getByLabelText('Anonymise names')).not.toBeChecked();
    expect(screen.getByLabelText('Auto-advance')).toHaveValue('off');
    expect(screen.getByLabelText('High-contrast theme')).not.toBeChecked();
    const slides = screen.getByRole('heading', { name: 'The slides' }).nextElementSibling as HTMLElement;
    expect(within(slides).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The regime and its timeline',
      'Compliant zones on 30 Sep 2021',
      'Headline figures, 2021-Q3',
      'Exports over the regime',
      'Reconciliation health, 2021-Q3',
      'Flags, 2021-Q3',
    ]);
    await user.selectOptions(screen.getByLabelText('Quarter'), '2021-Q2');
    expect(location().search).toContain('quarter=2021-Q2');
    expect(within(slides).getByText('Compliant zones on 30 Jun 2021')).toBeInTheDocument();
    expect(within(slides).getByText('Headline figures, 2021-Q2')).toBeInTheDocument();
  });

  it('keeps its settings in the URL and degrades a bad value to the default', async () => {
    const { location, user } = renderApp('/present?quarter=2031-Q9&slide=nine&auto=7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Present' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('2031-Q9 is not a quarter of this regime; showing 2021-Q3.');
    expect(screen.getByLabelText('Quarter')).toHaveValue('2021-Q3');
    expect(screen.getByLabelText('Auto-advance')).toHaveValue('off');
    // No deck: "nine" is not a slide.
    expect(screen.queryByRole('region', { name: /^Presentation/ })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Anonymise names'));
    expect(location().search).toContain('anon=1');
    await user.selectOptions(screen.getByLabelText('Auto-advance'), 'Every 20 seconds');
    expect(location().search).toContain('auto=20');
  });

  it('switches the projector theme on, and gives the previous theme back', async () => {
    const { user } = renderApp('/present');
    const contrast = await screen.findByLabelText('High-contrast theme');
    await user.click(contrast);
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(contrast).toBeChecked();
    await user.click(contrast);
    expect(document.documentElement.dataset.theme).not.toBe('contrast');
    expect(localStorage.getItem('kp-car-monitor:theme')).toBe('system');
  });
});

describe('presentation: the deck', () => {
  it('walks all six slides by keyboard, each with its heading and figures', async () => {
    const review = fixtureReview('2021-Q3');
    const { location, user } = renderApp('/present?quarter=2021-Q3');
    await user.click(await screen.findByRole('button', { name: 'Start presentation' }));
    expect(screen.getByRole('region', { name: 'Presentation, 2021-Q3' })).toHaveFocus();

    const one = slide(1);
    expect(within(one).getByRole('heading', { name: 'The regime and its timeline' })).toBeInTheDocument();
    expect(one).toHaveTextContent('Monitoring since 22 Nov 2019');
    expect(one).toHaveTextContent('Data as of 30 Sep 2021');
    const timeline = within(one).getByRole('list', { name: /^Timeline/ });
    expect(within(timeline).getByText('Berbérati').parentElement).toHaveTextContent('compliant from 1 Jun 2016');
    expect(within(timeline).getByText('Gadzi').parentElement).toHaveTextContent('approximate date: compliant from 1 Oct 2021');
    expect(screen.getByText('1 / 6')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    const two = slide(2);
    expect(within(two).getByRole('heading', { name: 'Compliant zones on 30 Sep 2021' })).toBeInTheDocument();
    expect(two).toHaveTextContent('2 compliant zones');
    expect(within(two).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 Berbérati', '2 Carnot']);
    expect(two).toHaveTextContent('Not compliant on that date: Gadzi.');
    expect(screen.getByText('Slide 2 of 6: Compliant zones on 30 Sep 2021')).toHaveAttribute('aria-live', 'polite');
    expect(location().search).toContain('slide=2');

    await user.keyboard('{PageDown}');
    const three = slide(3);
    expect(within(three).getByRole('heading', { name: 'Headline figures, 2021-Q3' })).toBeInTheDocument();
    expect(figure(three, 'Carats')).toHaveTextContent('2,050.50 ct');
    expect(figure(three, 'Value')).toHaveTextContent('US$253,000');
    expect(figure(three, 'Exports')).toHaveTextContent(String(review.totals.exports));
    expect(figure(three, 'Exports').nextElementSibling).toHaveTextContent('Up 3 (150%) on 2021-Q2');

    await user.keyboard(' ');
    const four = slide(4);
    expect(within(four).getByRole('heading', { name: 'Exports over the regime' })).toBeInTheDocument();
    const table = within(four).getByRole('table', { name: 'Exports per quarter, 2019-Q4 to 2021-Q3' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8);
    expect(within(table).getByRole('row', { name: /^2021-Q3/ })).toHaveTextContent('2,050.50 ct');

    await user.keyboard('{ArrowDown}');
    const five = slide(5);
    expect(within(five).getByRole('heading', { name: 'Reconciliation health, 2021-Q3' })).toBeInTheDocument();
    const r = review.reconciliation;
    expect([r.confirmed, r.discrepancy, r.awaiting, r.overdue, r.unmatched]).toEqual([1, 1, 2, 1, 1]);
    expect(figure(five, 'Confirmed')).toHaveTextContent('1');
    expect(figure(five, 'Awaiting')).toHaveTextContent('2');
    expect(figure(five, 'Overdue').nextElementSibling).toHaveTextContent('no confirmation after 30 days');
    expect(figure(five, 'Unmatched')).toHaveTextContent('1');

    await user.keyboard('{ArrowRight}');
    const six = slide(6);
    expect(within(six).getByRole('heading', { name: 'Flags, 2021-Q3' })).toBeInTheDocument();
    expect(figure(six, 'Non-compliant origin')).toHaveTextContent('2');
    expect(figure(six, 'Sanctioned party')).toHaveTextContent('1');
    expect(figure(six, 'Buying office below minimum')).toHaveTextContent('2');
    expect(six).toHaveTextContent('CF0003 — issued 1 Sep 2021 from Gadzi, compliant only from 1 Oct 2021');
    expect(six).toHaveTextContent('buying office BADICA is marked as sanctioned');
    expect(screen.getByText('6 / 6')).toBeInTheDocument();

    // The last slide stays; the other keys move back and to either end.
    await user.keyboard('{ArrowRight}');
    expect(slide(6)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(slide(5)).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(slide(1)).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(slide(6)).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    await user.keyboard('{ArrowUp}');
    expect(slide(4)).toBeInTheDocument();
  });

  it('moves on with a click on the slide and with the buttons; Esc and Leave return to Start', async () => {
    const { location, user } = renderApp('/present?quarter=2021-Q3');
    await user.click(await screen.findByRole('button', { name: 'Start presentation' }));
    await user.click(within(slide(1)).getByRole('heading'));
    expect(slide(2)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    expect(slide(3)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Previous/ }));
    expect(slide(2)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /^Presentation/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start presentation' })).toHaveFocus();
    expect(location().search).not.toContain('slide=');

    await user.click(screen.getByRole('button', { name: 'Start presentation' }));
    await user.click(screen.getByRole('button', { name: 'Leave the presentation (Esc)' }));
    expect(screen.queryByRole('region', { name: /^Presentation/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start presentation' })).toHaveFocus();
  });

  it('opens on the slide the URL names', async () => {
    renderApp('/present?quarter=2021-Q2&slide=3');
    const three = await findSlide(3);
    expect(within(three).getByRole('heading', { name: 'Headline figures, 2021-Q2' })).toBeInTheDocument();
    expect(figure(three, 'Carats')).toHaveTextContent('1,100.00 ct');
  });
});

describe('presentation: anonymised names', () => {
  const NAMES = ['Alpha Diamonds', 'BADICA', 'Antwerp Rough NV', 'Dubai Gems DMCC'];

  it('names buying offices and importers when asked not to hide them', async () => {
    renderApp('/present?quarter=2021-Q3&slide=6');
    const six = await findSlide(6);
    expect(six).toHaveTextContent('Buying office BADICA · Importer Dubai Gems DMCC');
    expect(six).toHaveTextContent('Buying office Alpha Diamonds exported US$223,000, below the US$3 M minimum');
  });

  it('replaces them with neutral labels on every slide', async () => {
    const { user } = renderApp('/present?quarter=2021-Q3&anon=1');
    await user.click(await screen.findByRole('button', { name: 'Start presentation' }));
    const deck = screen.getByRole('region', { name: /^Presentation/ });
    for (let n = 1; n <= 6; n += 1) {
      expect(slide(n)).toBeInTheDocument();
      for (const name of NAMES) expect(deck.textContent, `slide ${n}`).not.toContain(name);
      await user.keyboard('{ArrowRight}');
    }
    const six = slide(6);
    // Offices in dataset order (A, B), importers in order of first export (1, 2): the same label on every line.
    expect(six).toHaveTextContent('CF0003 — buying office B is marked as sanctioned; buying office B is on the sanctions list');
    expect(six).toHaveTextContent('Buying office B · Importer 2');
    expect(six).toHaveTextContent('Buying office A exported US$223,000, below the US$3 M minimum');
    expect(six).toHaveTextContent('Buying offices and importers are anonymised.');
    expect(deck).toHaveTextContent('Names anonymised');
  });
});

describe('presentation: auto-advance', () => {
  it('moves on every interval, stops when paused, holds while the controls have the focus', async () => {
    renderApp('/present?quarter=2021-Q3&auto=10');
    const start = await screen.findByRole('button', { name: 'Start presentation' });
    // Fake timers only once the app has loaded: loading itself waits on real ones.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(start);
    expect(slide(1)).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(9_000));
    expect(slide(1)).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_000));
    expect(slide(2)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Pause auto-advance' }));
    act(() => vi.advanceTimersByTime(60_000));
    expect(slide(2)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Resume auto-advance' }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(slide(3)).toBeInTheDocument();

    // The focus on a control holds it; leaving the controls lets it go on.
    const next = screen.getByRole('button', { name: /^Next/ });
    fireEvent.focusIn(next);
    act(() => vi.advanceTimersByTime(30_000));
    expect(slide(3)).toBeInTheDocument();
    fireEvent.focusOut(next);
    act(() => vi.advanceTimersByTime(10_000));
    expect(slide(4)).toBeInTheDocument();
  });
});

describe('presentation: in French', () => {
  it('reads the start screen and the slides in French, with French dates and numbers', async () => {
    const { user } = renderApp('/present?quarter=2021-Q3');
    await screen.findByRole('heading', { level: 1, name: 'Present' });
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('heading', { level: 1, name: 'Présentation' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lancer la présentation' }));
    const one = screen.getByRole('group', { name: /^1 sur 6\s: Le régime et sa chronologie$/ });
    expect(one).toHaveTextContent('Suivi depuis le 22 nov. 2019');
    expect(one).toHaveTextContent('Données au 30 sept. 2021');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const three = screen.getByRole('group', { name: /^3 sur 6\s: Chiffres clés, 2021-Q3$/ });
    // Exact characters (toHaveTextContent would fold the French no-break spaces into plain ones).
    expect(figure(three, 'Carats').textContent).toBe('2\u202f050,50 ct');
    expect(figure(three, 'Valeur').textContent).toBe('253\u202f000\u00a0$\u00a0US');
    expect(figure(three, 'Exportations').nextElementSibling!.textContent).toBe('En hausse de 3 (150\u202f%) par rapport à 2021-Q2');
    expect(screen.getByRole('button', { name: /^Suivante/ })).toBeInTheDocument();
  });
});
