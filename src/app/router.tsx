import { matchRoutes, Navigate, useLocation, type RouteObject } from 'react-router';
import { useCommonMessages } from '../components/messages';
import { DatasetGate } from './DatasetGate';
import { ViewError } from './ErrorBoundary';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/** Each view is its own chunk, loaded when first visited (the map and charts are heavy). */
const views = {
  map: async () => ({ Component: (await import('../features/map/MapView')).MapView }),
  notifications: async () => ({ Component: (await import('../features/notifications/NotificationsView')).NotificationsView }),
  review: async () => ({ Component: (await import('../features/review/ReviewView')).ReviewView }),
  quality: async () => ({ Component: (await import('../features/quality/QualityView')).QualityView }),
  present: async () => ({ Component: (await import('../features/present/PresentView')).PresentView }),
};

/** `/` goes to the map, keeping the whole search string (the data source, for one). */
function RedirectToMap() {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname: '/map', search }} />;
}

function RouteError() {
  const { t } = useCommonMessages();
  return <ViewError message={t('viewError.route')} />;
}

/** Shown for the moment the first view's code is being fetched. */
function HydrateFallback() {
  const { t } = useCommonMessages();
  return <div className="screen-message" role="status">{t('loading.plain')}</div>;
}

/**
 * Routes. State a view shows lives in its URL: `/review/2021-Q3`,
 * `/notifications?quarter=2021-Q3&status=overdue`; `?data=<url>` names the
 * dataset on every route.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <HydrateFallback />,
    children: [
      { index: true, element: <RedirectToMap /> },
      {
        element: <DatasetGate />,
        children: [
          { path: 'map', lazy: views.map },
          { path: 'notifications', lazy: views.notifications },
          { path: 'review', lazy: views.review },
          { path: 'review/:quarter', lazy: views.review },
          { path: 'quality', lazy: views.quality },
          { path: 'present', lazy: views.present },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/**
 * Starts fetching the code of the view at `pathname`. Called at startup, so that code comes
 * beside the data and the app's first render rather than after them (docs/performance.md);
 * the router's own request for it then finds it loading or loaded.
 */
export function startLoadingView(pathname: string, basename: string): void {
  for (const { route } of matchRoutes(routes, pathname, basename) ?? []) {
    if (typeof route.lazy === 'function') void route.lazy().catch(() => undefined);
  }
}
