import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { OfflineBanner } from '../../src/components/OfflineBanner';
import { UpdateNotice } from '../../src/components/UpdateNotice';
import { DatasetLoadError } from '../../src/lib/dataset-error';
import { i18n } from '../../src/lib/i18n';
import { announceUpdate, watchUnsavedInput } from '../../src/lib/service-worker';
import { renderApp } from './render';

/** An ISO timestamp at this computer's local time, as formatDateTime shows it. */
const at = (day: number, hour: number, minute: number) => new Date(2025, 10, day, hour, minute).toISOString();

function keptCopyBanner(triedAt: string, source = '/team.json') {
  return render(
    <OfflineBanner
      source={source}
      copy={{ loadedAt: at(22, 14, 5), error: DatasetLoadError.network(source, false) }}
      triedAt={triedAt}
      onRetry={() => undefined}
      retrying={false}
    />,
  );
}

/** Makes the browser say it is offline (or online again), as it does when the network goes. */
function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the offline copy banner', () => {
  it('names the source, when the copy was loaded, why the source failed and when it was last tried', () => {
    keptCopyBanner(at(22, 16, 40));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Offline copy of /team.json, loaded 22 Nov 2025, 14:05; the source could not be reached: no answer: the network or the server is unreachable (last tried at 16:40). The figures are as they were when the copy was loaded.',
    );
    expect(screen.getByText('Offline copy').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('gives the day of the last try when it is not the day of the copy', () => {
    keptCopyBanner(at(24, 9, 15));
    expect(screen.getByRole('alert')).toHaveTextContent('(last tried 24 Nov 2025, 09:15).');
  });

  it('shows a source address full of markup as text', () => {
    const { container } = keptCopyBanner(at(22, 16, 40), '/x<strong>y</strong><img src=x>.json');
    expect(screen.getByRole('alert')).toHaveTextContent('Offline copy of /x<strong>y</strong><img src=x>.json, loaded');
    expect(container.querySelectorAll('strong')).toHaveLength(1);
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks French, with French dates and typography', async () => {
    await act(() => i18n.changeLanguage('fr'));
    keptCopyBanner(at(22, 16, 40));
    // textContent, not toHaveTextContent: that one turns the no-break spaces into plain ones.
    expect(screen.getByRole('alert').textContent).toContain(
      'Copie hors ligne de /team.json, chargée le 22 nov. 2025, 14:05\u202f; la source n’a pas pu être jointe\u00a0:',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('(dernière tentative à 16:40). Les chiffres sont ceux du moment où la copie a été chargée.');
    expect(screen.getByText('Copie hors ligne').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});

describe('the offline status above every view', () => {
  it('while offline, says the embedded sample of this version is shown and when it was loaded; goes when the network is back', async () => {
    const { fetchMock } = renderApp('/quality');
    await screen.findByText(/the embedded sample/);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Online: nothing is said.
    expect(screen.queryByText(/no network connection/)).not.toBeInTheDocument();

    setOnline(false);
    const banner = await screen.findByText(/this computer has no network connection/);
    expect(banner.closest('p')).toHaveTextContent(
      /^Offline: this computer has no network connection\. The data shown is the embedded sample shipped with this version of the dashboard, loaded \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}\.$/,
    );
    expect(screen.getByText('Offline').tagName).toBe('STRONG');

    setOnline(true);
    expect(screen.queryByText(/this computer has no network connection/)).not.toBeInTheDocument();
  });

  it('names a URL source and says it cannot be loaded again until the network is back', async () => {
    renderApp('/quality?data=%2Fteam.json');
    await screen.findByText(/\/team\.json/);
    setOnline(false);
    const banner = await screen.findByText(/this computer has no network connection/);
    expect(banner.closest('p')).toHaveTextContent(/The data shown is \/team\.json as loaded \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}; it cannot be loaded again until the network is back\./);
  });

  it('speaks French, with the date as a French reader writes it', async () => {
    await act(() => i18n.changeLanguage('fr'));
    renderApp('/quality');
    // The header names the data's source once it has loaded.
    await screen.findByText(/\d{1,2} [a-zéû]+\.? \d{4}/);
    setOnline(false);
    const banner = await screen.findByText(/cet ordinateur n’a pas de connexion réseau/);
    expect(banner.closest('p')?.textContent).toMatch(
      /^Hors ligne\u00a0: cet ordinateur n’a pas de connexion réseau\. Les données affichées sont l’échantillon intégré livré avec cette version du tableau de bord, chargé le \d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}, \d{2}:\d{2}\.$/,
    );
  });
});

describe('the update notice', () => {
  it('says nothing until a new version is ready, then offers Reload, which lets it take over', async () => {
    const user = userEvent.setup();
    render(<UpdateNotice />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    const takeOver = vi.fn(async () => undefined);
    act(() => announceUpdate(takeOver));
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the dashboard is available.');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(takeOver).toHaveBeenCalledTimes(1);
  });

  it('never reloads while a form holds unsaved input, and says why', async () => {
    watchUnsavedInput();
    const user = userEvent.setup();
    render(
      <>
        <form aria-label="New finding">
          <textarea aria-label="Finding" />
        </form>
        <UpdateNotice />
      </>,
    );
    const takeOver = vi.fn(async () => undefined);
    act(() => announceUpdate(takeOver));
    await user.type(screen.getByRole('textbox', { name: 'Finding' }), 'Shipment CF-1 late');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(takeOver).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Save or close the form first: reloading now would lose what you typed.');
  });

  it('can be put off until later', async () => {
    const user = userEvent.setup();
    render(<UpdateNotice />);
    act(() => announceUpdate(vi.fn(async () => undefined)));
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    await act(() => i18n.changeLanguage('fr'));
    render(<UpdateNotice />);
    act(() => announceUpdate(vi.fn(async () => undefined)));
    expect(screen.getByRole('status')).toHaveTextContent('Une nouvelle version du tableau de bord est disponible.');
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plus tard' })).toBeInTheDocument();
  });
});
