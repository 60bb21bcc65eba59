import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './providers';
import { routes } from './router';

export function App() {
  const [router] = useState(() => createBrowserRouter(routes, { basename: import.meta.env.BASE_URL }));
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
