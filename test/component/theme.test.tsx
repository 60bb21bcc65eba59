/** The colour theme: follows the system until someone chooses, remembered across reloads. */
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/lib/i18n';
import { applyTheme } from '../../src/lib/theme';
import { renderApp } from './render';

/** One stand-in for `prefers-color-scheme: dark`, whose answer a test sets and whose change it announces. */
const system = (() => {
  const listeners = new Set<() => void>();
  const query = {
    matches: false,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  return {
    query,
    set(dark: boolean) {
      query.matches = dark;
      listeners.forEach((l) => l());
    },
  };
})();

const html = document.documentElement;
const themeSelect = () => within(screen.getByRole('banner')).getByRole('combobox', { name: 'Theme' });

/** What src/app/start.tsx does before the first paint, then the app. */
function startApp(path = '/map') {
  applyTheme();
  return renderApp(path);
}

beforeEach(() => {
  system.query.matches = false;
  vi.stubGlobal('matchMedia', (media: string) => (media === system.query.media ? system.query : { matches: false }));
});

afterEach(() => {
  delete html.dataset.theme;
  html.style.colorScheme = '';
});

describe('colour theme', () => {
  it('follows the system by default, and when the system changes', async () => {
    system.query.matches = true;
    startApp();
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.colorScheme).toBe('dark');
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('System');

    act(() => system.set(false));
    expect(html.dataset.theme).toBe('light');
    expect(html.style.colorScheme).toBe('light');
    expect(themeSelect()).toHaveDisplayValue('System');
  });

  it('takes a chosen theme at once, remembers it, and keeps it after a reload whatever the system says', async () => {
    const { user, unmount } = startApp();
    expect(html.dataset.theme).toBe('light');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.colorScheme).toBe('dark');
    expect(localStorage.getItem('kp-car-monitor:theme')).toBe('dark');

    // A chosen theme no longer follows the system.
    act(() => system.set(true));
    act(() => system.set(false));
    expect(html.dataset.theme).toBe('dark');

    // Reload: a fresh page starts from what was remembered.
    unmount();
    delete html.dataset.theme;
    startApp();
    expect(html.dataset.theme).toBe('dark');
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('Dark');
  });

  it('offers the projector theme, and back to the system', async () => {
    const { user } = startApp();
    const select = await screen.findByRole('combobox', { name: 'Theme' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark', 'High contrast']);
    await user.selectOptions(select, 'High contrast');
    expect(html.dataset.theme).toBe('contrast');
    expect(html.style.colorScheme).toBe('dark');

    system.query.matches = true;
    await user.selectOptions(select, 'System');
    expect(html.dataset.theme).toBe('dark');
    expect(localStorage.getItem('kp-car-monitor:theme')).toBe('system');
  });

  it('names the themes in French', async () => {
    startApp();
    await act(() => i18n.changeLanguage('fr'));
    const select = await screen.findByRole('combobox', { name: 'Thème' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Système', 'Clair', 'Sombre', 'Contraste élevé']);
  });
});
