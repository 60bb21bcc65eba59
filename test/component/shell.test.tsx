import { act, render, screen, within } from '@testing-library/react';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { ViewCodeError } from '../../src/app/view-chunks';
import { formatDate } from '../../src/lib/format';
import { i18n, initialLocale } from '../../src/lib/i18n';
import { renderApp } from './render';
import { fixture } from './fixtures';

// The first render pays for loading the lazy views' code, slow on a busy 2-core machine.
describe('app shell', { timeout: 15_000 }, () => {
  it('shows the dataset title, the as-of date and the synthetic badge in the header', async () => {
    renderApp('/map');
    const header = await screen.findByRole('banner');
    expect(await within(header).findByText('Fixture: western zones 2021')).toBeInTheDocument();
    expect(within(header).getByText('as of 30 Sep 2021')).toBeInTheDocument();
    const badge = within(header).getByText('Synthetic data');
    expect(badge).toHaveAttribute('title', expect.stringMatching(/figures are made up for demonstration/));
  });

  it('has the nav links, marks the current one and counts quality issues', async () => {
    renderApp('/notifications');
    const nav = await screen.findByRole('navigation', { name: 'Views' });
    const current = await within(nav).findByRole('link', { name: 'Notifications' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Map' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'Quarterly review' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Present' })).toBeInTheDocument();
    expect(await within(nav).findByRole('link', { name: 'Data quality 1 issue' })).toBeInTheDocument();
  });

  it('keeps the data parameter on navigation links and loads from it', async () => {
    const { fetchMock } = renderApp('/map?data=https%3A%2F%2Fexample.org%2Fkp.json');
    await screen.findByRole('heading', { level: 1, name: 'Zones' });
    expect(fetchMock).toHaveBeenCalledWith('https://example.org/kp.json', expect.anything());
    const link = screen.getByRole('link', { name: 'Quarterly review' });
    expect(link).toHaveAttribute('href', '/review?data=https%3A%2F%2Fexample.org%2Fkp.json');
  });

  it('redirects / to /map keeping the search string', async () => {
    const { location } = renderApp('/?data=%2Fother.json');
    await screen.findByRole('heading', { level: 1, name: 'Zones' });
    expect(location().pathname).toBe('/map');
    expect(location().search).toBe('?data=%2Fother.json');
  });

  it('shows a Not found page for an unknown address, with landmarks', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('announces loading while the dataset is on its way', async () => {
    let release: (r: Response) => void = () => {};
    renderApp('/map', { fetch: () => new Promise<Response>((resolve) => { release = resolve; }) });
    const message = await screen.findByText(/Loading dataset from/);
    expect(message.closest('[role="status"]')).toHaveTextContent('Loading dataset from /data/sample.json');
    release({ ok: true, status: 200, statusText: 'OK', headers: new Headers(), text: async () => JSON.stringify(fixture) } as Response);
    expect(await screen.findByRole('heading', { level: 1, name: 'Zones' })).toBeInTheDocument();
  });
});

describe('app shell in French', { timeout: 15_000 }, () => {
  it('switches to French with the header\'s Language select: nav, as-of date, quality count; the choice is remembered', async () => {
    const { user } = renderApp('/notifications');
    const header = await screen.findByRole('banner');
    await within(header).findByText('as of 30 Sep 2021');
    await user.selectOptions(within(header).getByRole('combobox', { name: 'Language' }), 'fr');

    const nav = await screen.findByRole('navigation', { name: 'Vues' });
    expect(within(nav).getByRole('link', { name: 'Carte' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Notifications' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Examen trimestriel' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Présentation' })).toBeInTheDocument();
    // French counts 0 and 1 in the singular.
    expect(within(nav).getByRole('link', { name: 'Qualité des données 1 problème' })).toBeInTheDocument();
    expect(within(header).getByText('au 30 sept. 2021')).toBeInTheDocument();
    expect(within(header).getByText('Données synthétiques')).toHaveAttribute('title', expect.stringMatching(/^Données synthétiques\u00a0: chiffres inventés/));
    expect(within(header).getByText(/^Données de l’échantillon intégré/)).toBeInTheDocument();
    expect(within(header).getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    expect(document.documentElement.lang).toBe('fr');
    // What a reload reads when the URL says nothing.
    expect(initialLocale('')).toBe('fr');
  });

  it('starts in French from ?lang=fr and stays French after a reload without it', async () => {
    await act(() => i18n.changeLanguage(initialLocale('?lang=fr')));
    const first = renderApp('/quality?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Qualité des données' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#main');
    first.unmount();

    // A reload: the language comes back from what was remembered, not from the address.
    await act(() => i18n.changeLanguage(initialLocale('')));
    renderApp('/map');
    const header = await screen.findByRole('banner');
    expect(await within(header).findByText('au 30 sept. 2021')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Exporter le jeu de données' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Ouvrir un fichier…' })).toBeInTheDocument();
  });

  it('says Page not found in French', async () => {
    await act(() => i18n.changeLanguage('fr'));
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à la carte des zones' })).toBeInTheDocument();
  });
});

describe('ErrorBoundary', () => {
  it('shows the message and a Reload button instead of a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('zone table exploded');
    }
    render(<ErrorBoundary><Broken /></ErrorBoundary>);
    expect(screen.getByRole('heading', { name: 'Something went wrong in this view' })).toBeInTheDocument();
    expect(screen.getByText('zone table exploded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('clears the error when the address changes, and keeps it while it does not', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Quarter({ name }: { name: string }) {
      if (broken) throw new Error(`review of ${name} exploded`);
      return <p>Review of {name}</p>;
    }
    const { rerender } = render(<ErrorBoundary resetKey="/review/2021-Q2"><Quarter name="2021-Q2" /></ErrorBoundary>);
    expect(screen.getByText('review of 2021-Q2 exploded')).toBeInTheDocument();
    broken = false;
    rerender(<ErrorBoundary resetKey="/review/2021-Q2"><Quarter name="2021-Q2" /></ErrorBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent('review of 2021-Q2 exploded');
    rerender(<ErrorBoundary resetKey="/review/2021-Q3"><Quarter name="2021-Q3" /></ErrorBoundary>);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Review of 2021-Q3')).toBeInTheDocument();
    quiet.mockRestore();
  });

  it("words a view's code that could not be fetched for people, not as the browser's error", () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Unfetched(): never {
      throw new ViewCodeError(new TypeError('Failed to fetch dynamically imported module: /assets/QualityView-x.js'));
    }
    render(<ErrorBoundary><Unfetched /></ErrorBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent('This view could not be loaded: check the connection, then reload the page.');
    expect(screen.queryByText(/dynamically imported/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});

describe('formatDate', () => {
  const original = process.env.TZ;
  afterEach(() => { process.env.TZ = original; });

  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'])('writes the calendar day itself in %s', (tz) => {
    process.env.TZ = tz;
    expect(formatDate('2021-03-31')).toBe('31 Mar 2021');
    expect(formatDate('2019-11-22')).toBe('22 Nov 2019');
  });
});
