/**
 * The theme's colours as values, for code that must hand a drawing library
 * a colour rather than `var(--x)`: Leaflet writes its shapes' colours as SVG
 * attributes, and some browsers do not read custom properties there.
 * Components that call these re-render on a theme change through `useTheme`.
 */

type CustomProperty = `--${string}`;

const VAR = /^var\((--[\w-]+)\)$/;
const cache = new Map<string, string>();

/** A custom property's value in the theme now in effect; `fallback` where no style is computed (tests). */
export function themeColor(name: CustomProperty, fallback = ''): string {
  if (typeof document === 'undefined' || typeof getComputedStyle !== 'function') return fallback;
  const root = document.documentElement;
  const key = `${root.dataset.theme ?? ''} ${name}`;
  const known = cache.get(key);
  if (known) return known;
  const value = getComputedStyle(root).getPropertyValue(name).trim();
  // Not cached while empty: the stylesheet may not have been applied yet.
  if (!value) return fallback;
  cache.set(key, value);
  return value;
}

/** `var(--x)` as its value in the theme now in effect; any other colour unchanged. */
export function resolveColor(colour: string): string {
  const name = VAR.exec(colour)?.[1] as CustomProperty | undefined;
  return name ? themeColor(name, colour) : colour;
}
