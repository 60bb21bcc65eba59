import { act, screen, within } from '@testing-library/react';
import { i18n } from '../../src/lib/i18n';
import { jsonResponse, renderApp } from './render';
import { fixture, fixtureCopy } from './fixtures';

describe('dataset errors', () => {
  it('shows the path-precise problem for a dataset with a wrong type', async () => {
    const data = fixtureCopy() as { exports: Array<Record<string, unknown>> };
    data.exports[1]!.carats = 'lots';
    renderApp('/map', { dataset: data });
    expect(await screen.findByRole('heading', { level: 1, name: 'This dataset cannot be loaded' })).toBeInTheDocument();
    expect(screen.getByText('/data/sample.json')).toBeInTheDocument();
    const problems = screen.getByRole('list', { name: 'Problems' });
    expect(within(problems).getByRole('listitem')).toHaveTextContent(/^exports\[1\]\.carats: expected a number/);
    expect(screen.getByText(/1 problem was found/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'dataset.schema.json' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'Open file…' })).toBeInTheDocument();
    // The header is still there, with only the product name.
    expect(within(screen.getByRole('banner')).getByRole('link', { name: /KP CAR Monitor/ })).toBeInTheDocument();
  });

  it('lists at most 20 problems and says how many there are', async () => {
    const data = fixtureCopy() as { exports: Array<Record<string, unknown>> };
    data.exports = Array.from({ length: 25 }, (_, i) => ({ ...fixture.exports[0], certificate: `CF${i}`, carats: -1 }));
    renderApp('/map', { dataset: data });
    expect(await screen.findByText(/25 problems were found in its structure; the first 20 are listed/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('listitem')).toHaveLength(20);
  });

  it('says when the document is not JSON at all', async () => {
    renderApp('/map', { dataset: '<!doctype html><html></html>' });
    expect(await screen.findByRole('heading', { name: 'This dataset cannot be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/not valid JSON/)).toBeInTheDocument();
    expect(screen.getByText(/sent a web page instead of JSON/)).toBeInTheDocument();
  });

  it('shows a network failure with a Retry button that refetches', async () => {
    let calls = 0;
    const { user, fetchMock } = renderApp('/map', {
      fetch: async () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return jsonResponse(fixture);
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'The dataset could not be fetched' })).toBeInTheDocument();
    expect(screen.getByText(/no answer: the network or the server is unreachable/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zones' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('names the HTTP status when the server answers with an error', async () => {
    renderApp('/map?data=%2Fmissing.json', { fetch: async () => jsonResponse('', 404, '') });
    expect(await screen.findByRole('heading', { name: 'The dataset could not be fetched' })).toBeInTheDocument();
    expect(screen.getByText(/the server answered 404 Not Found/)).toBeInTheDocument();
    expect(screen.getByText('/missing.json')).toBeInTheDocument();
  });

  it('opens a local file that replaces the dataset, with the same validation', async () => {
    const { user, container } = renderApp('/map');
    await screen.findByRole('heading', { level: 1, name: 'Zones' });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;

    const renamed = fixtureCopy();
    renamed.meta.title = 'Dataset from my laptop';
    await user.upload(input, new File([JSON.stringify(renamed)], 'laptop.json', { type: 'application/json' }));
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('Dataset from my laptop')).toBeInTheDocument();
    expect(within(header).getByText(/Data from file laptop\.json/)).toBeInTheDocument();

    await user.upload(input, new File(['{"schemaVersion": 1}'], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { name: 'This dataset cannot be loaded' })).toBeInTheDocument();
    expect(screen.getByText('broken.json')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close this file' }));
    expect(await within(header).findByText('Fixture: western zones 2021')).toBeInTheDocument();
    expect(within(header).getByText(/Data from the embedded sample/)).toBeInTheDocument();
  });
});

describe('dataset errors in French', () => {
  beforeEach(async () => {
    await act(() => i18n.changeLanguage('fr'));
  });

  it('says why the fetch failed and what to do, in French, keeping the server\'s status words', async () => {
    renderApp('/map?data=%2Fmissing.json', { fetch: async () => jsonResponse('', 404, '') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Le jeu de données n’a pas pu être récupéré' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    // Exact characters: French puts a no-break space before a colon.
    expect(screen.getByText(/^Le chargement de/).textContent).toBe(
      'Le chargement de /missing.json a échoué\u00a0: le serveur a répondu 404 Not Found\u00a0: il n’y a pas de jeu de données à cette adresse.',
    );
    expect(main).toHaveTextContent('Vérifiez l’adresse (le lien ?data=');
    expect(within(main).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Ouvrir un fichier…' })).toBeInTheDocument();
  });

  it('gives sizes in French units for a file over the limit', async () => {
    globalThis.__KP_LOAD_LIMITS__ = { retries: 0, maxBytes: 200_000_000 };
    try {
      const huge = { ok: true, status: 200, statusText: 'OK', headers: new Headers({ 'content-length': '1234567890' }), text: async () => '{}' } as Response;
      renderApp('/map', { fetch: async () => huge });
      expect(await screen.findByRole('heading', { level: 1, name: 'Ce jeu de données est trop volumineux pour être ouvert' })).toBeInTheDocument();
      expect(screen.getByText(/^Ce fichier fait/).textContent).toBe('Ce fichier fait 1,2\u00a0Go\u202f; le tableau de bord lit les fichiers jusqu’à 200\u00a0Mo.');
    } finally {
      globalThis.__KP_LOAD_LIMITS__ = { retries: 0 };
    }
  });

  it('frames the structural problems in French and leaves them as the validator wrote them', async () => {
    const data = fixtureCopy() as { exports: Array<Record<string, unknown>> };
    data.exports = Array.from({ length: 1234 }, (_, i) => ({ ...fixture.exports[0], certificate: `CF${i}`, carats: -1 }));
    renderApp('/map', { dataset: data });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ce jeu de données ne peut pas être chargé' })).toBeInTheDocument();
    expect(screen.getByText(/problèmes ont été trouvés/).textContent).toBe('1\u202f234 problèmes ont été trouvés dans sa structure\u202f; les 20 premiers sont listés.');
    const problems = screen.getByRole('list', { name: 'Problèmes' });
    expect(within(problems).getAllByRole('listitem')[0]).toHaveTextContent(/^exports\[0\]\.carats: expected a number greater than 0/);
    expect(screen.getByRole('heading', { level: 2, name: /^Que faire/ }).textContent).toBe('Que faire\u202f?');
    expect(screen.getByRole('link', { name: 'dataset.schema.json' }).closest('li')).toHaveTextContent('Vérifiez le fichier par rapport au format du jeu de données, dataset.schema.json (JSON Schema).');
  });
});
