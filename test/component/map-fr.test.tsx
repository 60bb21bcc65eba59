/**
 * The Map view in French: headings, dates and figures as a French reader
 * writes them, and the language switch rewriting what is already on screen.
 * French typography: a no-break space (\u00a0) before ":" and a narrow one
 * (\u202f) before ";" and as the thousands separator.
 */
import { act, getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../src/lib/i18n';
import { renderApp } from './render';

const shapes = (container: HTMLElement) => [...container.querySelectorAll<SVGPathElement>('.zone-map path.zone-shape')];
const NB = '\u00a0';
const NNB = '\u202f';
/** Testing Library and jest-dom turn no-break spaces into spaces; these keep them, so the typography is checked. */
const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
const text = (element: Element | null | undefined) => element?.textContent;

// The first test loads the lazy map view: on a busy 2-core machine that alone can pass Vitest's 5 s default.
describe('map view in French', { timeout: 15_000 }, () => {
  it('writes headings, the caption date and the figures in French', async () => {
    await act(() => i18n.changeLanguage('fr'));
    const { container } = renderApp('/map?zone=z-berberati');
    expect(await screen.findByRole('heading', { level: 2, name: 'Toutes les zones' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Zones à accès restreint' })).toBeInTheDocument();
    // As of 30 Sep 2021: Berbérati and Carnot compliant, Gadzi not yet.
    expect(screen.getByText(`Le 30 sept. 2021${NB}: 2 zones conformes sur 3.`, exact)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Au 30 sept. 2021' })).toBeDisabled();
    expect(screen.getByLabelText('Colorer les zones selon')).toHaveValue('carats');
    expect(screen.getByRole('option', { name: 'Prix par carat ($\u00a0US/ct)' })).toBeInTheDocument();

    // Berbérati exported 1,000 ct worth US$120,000 in 2021-Q3.
    const panel = screen.getByRole('complementary', { name: 'Berbérati' });
    const figures = within(panel).getByRole('table', { name: `Berbérati${NB}: 2021-Q3 comparé à 2021-Q2` });
    expect(text(within(figures).getByRole('row', { name: /^Carats/ }))).toBe(`Carats1${NNB}000,00 ct800,00 ct`);
    expect(text(within(figures).getByRole('row', { name: /^Valeur/ }))).toBe(`Valeur120${NNB}000${NB}$${NB}US100${NNB}000${NB}$${NB}US`);
    expect(within(panel).getByText('Conforme depuis le').nextElementSibling).toHaveTextContent('1 juin 2016');
    expect(within(panel).getByRole('button', { name: 'Fermer Berbérati' })).toBeInTheDocument();

    const list = screen.getByRole('list', { name: /^Zones\u00a0: choisissez-en une/ });
    expect(within(list).getByRole('button', { name: 'Gadzi, pas encore conforme, 200,00 ct' })).toBeInTheDocument();
    await waitFor(() => expect(shapes(container)[0])
      .toHaveAttribute('aria-label', `Berbérati${NB}: conforme le 30 sept. 2021${NNB}; carats en 2021-Q3${NB}: 1${NNB}000,00 ct`));
    const scale = screen.getByRole('list', { name: `Échelle de couleurs${NB}: Carats, 2021-Q3` });
    expect(within(scale).getAllByRole('listitem')[0]).toHaveTextContent(/^Jusqu’à /);
    expect(text(within(screen.getByRole('list', { name: 'Zones à accès restreint' })).getByRole('listitem')))
      .toBe(`Bria${NB}: aucune exportation conforme au PK`);
  });

  it('rewrites what is on screen when the language changes, notices and legend included', async () => {
    renderApp('/map?metric=weight');
    expect(await screen.findByText('weight is not a metric; showing carats.')).toBeInTheDocument();
    expect(screen.getByText('On 30 Sep 2021: 2 of 3 zones compliant.')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('fr'));
    expect(await screen.findByText(`«${NB}weight${NB}» n’est pas un indicateur${NNB}; indicateur affiché${NB}: carats.`, exact))
      .toBeInTheDocument();
    expect(screen.getByText(`Le 30 sept. 2021${NB}: 2 zones conformes sur 3.`, exact)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Signes de la carte' }).textContent).toContain(`Hachures${NB}: non conforme le 30 sept. 2021`);
    expect(await screen.findByRole('checkbox', { name: /Plan des rues/ })).toBeInTheDocument();
  });
});
