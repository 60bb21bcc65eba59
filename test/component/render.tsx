/** Renders the real app (providers, routes) in a memory router, with a mocked fetch. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, vi } from 'vitest';
import { AppProviders } from '../../src/app/providers';
import { routes } from '../../src/app/router';
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

export function renderApp(path: string, options: { dataset?: unknown; fetch?: FetchImpl } = {}) {
  const body = options.dataset ?? fixture;
  const fetchMock = vi.fn<FetchImpl>(options.fetch ?? (async () => jsonResponse(body)));
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, networkMode: 'always' } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, fetchMock, router, user };
}

afterEach(() => {
  vi.unstubAllGlobals();
});
