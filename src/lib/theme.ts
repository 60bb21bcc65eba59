/**
 * Colour themes: light and dark follow the system unless the person chooses
 * one; "contrast" is the high-contrast theme for projectors. The choice is
 * remembered and applied to <html data-theme> before the first paint
 * (src/app/start.tsx calls `applyTheme` before rendering), so no view flashes.
 */
import { useSyncExternalStore } from 'react';

export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;

const STORAGE_KEY = 'kp-car-monitor:theme';
const listeners = new Set<() => void>();

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** The remembered choice; "system" when none. */
export function themeChoice(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

const darkQuery = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)');

/** The theme in effect for a choice. */
export function resolveTheme(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return darkQuery()?.matches ? 'dark' : 'light';
}

/** Writes the theme in effect on <html>; CSS reads `[data-theme]`. */
export function applyTheme(choice: ThemeChoice = themeChoice()) {
  if (typeof document === 'undefined') return;
  const theme = resolveTheme(choice);
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  // The browser's own bar (mobile, installed app) takes the header's colour of the theme.
  const brand = getComputedStyle(document.documentElement).getPropertyValue('--brand').trim();
  if (brand) document.querySelector('meta[name="theme-color"]')?.setAttribute('content', brand);
  watchOutside();
}

export function setThemeChoice(choice: ThemeChoice) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    /* storage blocked: the choice lasts for the page */
  }
  applyTheme(choice);
  notify();
}

function notify() {
  listeners.forEach((l) => l());
}

let watching = false;

/**
 * Once, for the page: follows the system while the choice is "system", and a
 * choice made in another tab. Not tied to a mounted switch, so an error
 * screen without the header follows too.
 */
function watchOutside() {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  darkQuery()?.addEventListener?.('change', () => {
    if (themeChoice() !== 'system') return;
    applyTheme('system');
    notify();
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    applyTheme();
    notify();
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  watchOutside();
  return () => {
    listeners.delete(listener);
  };
}

/** The choice and the theme in effect, kept current. */
export function useTheme(): { choice: ThemeChoice; theme: Theme } {
  const choice = useSyncExternalStore(subscribe, themeChoice, () => 'system' as ThemeChoice);
  const theme = useSyncExternalStore(subscribe, () => resolveTheme(themeChoice()), () => 'light' as Theme);
  return { choice, theme };
}
