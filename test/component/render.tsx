/** Renders the real app (providers, routes) in a memory router, with a mocked fetch. */
import { useLayoutEffect } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { afterEach, vi } from 'vitest';
import { AppProviders } from '../../src/app/providers';
import { AppRoutes } from '../../src/app/router';
import { fixture } from './fixtures';

type FetchImpl = (url: string) => Promise<Response>;

export function jsonResponse(body: unknown, status = 200, statusText = 'OK'): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => text,
  } as Response;
}

/**
 * Keeps the router's current location where a test can read it. A layout effect runs in the same
 * commit as the DOM change a test waits for; a passive effect may run later, after `findBy…` has
 * already seen the new DOM, and the test would read the location before the change.
 */
function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useLayoutEffect(() => onChange(location), [onChange, location]);
  return null;
}

export function renderApp(path: string, options: { dataset?: unknown; fetch?: FetchImpl } = {}) {
  const body = options.dataset ?? fixture;
  const fetchMock = vi.fn<FetchImpl>(options.fetch ?? (async () => jsonResponse(body)));
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, networkMode: 'always' } },
  });
  let current: Location | null = null;
  const track = (location: Location) => {
    current = location;
  };
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <LocationProbe onChange={track} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  /** Where the app is now, as its URL would read. */
  const location = () => current!;
  return { ...view, fetchMock, location, user };
}

afterEach(() => {
  vi.unstubAllGlobals();
});
