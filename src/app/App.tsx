import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useLocale } from '../lib/i18n';
import { AppProviders } from './providers';
import { routes } from './router';

export function App() {
  const [router] = useState(() => createBrowserRouter(routes, { basename: import.meta.env.BASE_URL }));
  // A language change redraws every view (figures and dates are formatted while rendering);
  // the place in the app lives in the router and the URL, so nothing is lost.
  const locale = useLocale();
  return (
    <AppProviders>
      <RouterProvider key={locale} router={router} />
    </AppProviders>
  );
}
