/**
 * Colour themes: light and dark follow the system unless the person chooses
 * one; "contrast" is the high-contrast theme for projectors. The choice is
 * remembered and applied to <html data-theme> before the first paint
 * (main.tsx calls `applyTheme` before rendering), so no view flashes.
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
}

export function setThemeChoice(choice: ThemeChoice) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    /* storage blocked: the choice lasts for the page */
  }
  applyTheme(choice);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // A system change matters only while the choice is "system".
  const query = darkQuery();
  const onSystem = () => {
    if (themeChoice() === 'system') applyTheme('system');
    listener();
  };
  query?.addEventListener?.('change', onSystem);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener?.('change', onSystem);
  };
}

/** The choice and the theme in effect, kept current. */
export function useTheme(): { choice: ThemeChoice; theme: Theme } {
  const choice = useSyncExternalStore(subscribe, themeChoice, () => 'system' as ThemeChoice);
  const theme = useSyncExternalStore(subscribe, () => resolveTheme(themeChoice()), () => 'light' as Theme);
  return { choice, theme };
}
