import { screen, within } from '@testing-library/react';
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
