/**
 * Links by the thousand. A router `<Link>` reads the address, so every one of them renders again
 * at each navigation; the review of a large dataset lists thousands of records, each a link, and
 * that made switching quarters slow. Such lists hold plain `<a href data-to>`s instead, and one
 * handler on their container opens them in the app as `<Link>` would, leaving a modified or
 * new-tab click to the browser.
 */
import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

export interface To {
  pathname: string;
  search: string;
}

/** The `href` of an app address, under the page's base path: the same as `<Link to>` writes. */
export function useHrefOf(): (to: To) => string {
  const root = useHref('/').replace(/\/$/, '');
  return useCallback((to: To) => `${root}${to.pathname}${to.search}`, [root]);
}

/** The app address of a plain link, for `data-to`. */
export const dataTo = (to: To): string => `${to.pathname}${to.search}`;

/** A click handler for the container of plain links: a plain left click on one navigates in the app. */
export function useLinkClicks(): (event: MouseEvent) => void {
  const navigate = useNavigate();
  return useCallback((event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const link = (event.target as Element).closest?.('a[data-to]');
    if (!link || !event.currentTarget.contains(link) || (link.getAttribute('target') ?? '_self') !== '_self') return;
    event.preventDefault();
    navigate(link.getAttribute('data-to')!);
  }, [navigate]);
}
