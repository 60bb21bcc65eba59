import { BrowserRouter } from 'react-router';
import { useLocale } from '../lib/i18n';
import { AppProviders } from './providers';
import { AppRoutes } from './router';

export function App() {
  // A language change redraws every view (figures and dates are formatted while rendering);
  // the place in the app lives in the URL, so nothing is lost.
  const locale = useLocale();
  return (
    <AppProviders>
      <BrowserRouter key={locale} basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
