import { lazy, type ComponentType } from 'react';
import { matchRoutes, Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import { DatasetGate } from './DatasetGate';
import { ErrorBoundary, ViewCodeError } from './ErrorBoundary';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/**
 * Each view is its own chunk, loaded when first visited (the map and charts are heavy). One
 * request per view, whoever asks first: `startLoadingView` at startup or the route's render.
 * A chunk that cannot load (offline, a new release replaced it) becomes a ViewCodeError,
 * which the view's error boundary words for people.
 */
function viewChunk<C extends ComponentType>(load: () => Promise<C>) {
  let loading: Promise<{ default: C }> | null = null;
  const start = () => {
    loading ??= load().then(
      (Component) => ({ default: Component }),
      (cause: unknown) => {
        loading = null;
        throw new ViewCodeError(cause);
      },
    );
    return loading;
  };
  return { start, View: lazy(start) };
}

const views = {
  map: viewChunk(async () => (await import('../features/map/MapView')).MapView),
  notifications: viewChunk(async () => (await import('../features/notifications/NotificationsView')).NotificationsView),
  review: viewChunk(async () => (await import('../features/review/ReviewView')).ReviewView),
  quality: viewChunk(async () => (await import('../features/quality/QualityView')).QualityView),
  present: viewChunk(async () => (await import('../features/present/PresentView')).PresentView),
};

type ViewName = keyof typeof views;

/** `/` goes to the map, keeping the whole search string (the data source, for one). */
function RedirectToMap() {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname: '/map', search }} />;
}

function View({ name }: { name: ViewName }) {
  const { View: Component } = views[name];
  return <Component />;
}

const view = (path: string, name: ViewName): RouteObject => ({ path, element: <View name={name} />, handle: name });

/**
 * Routes. State a view shows lives in its URL: `/review/2021-Q3`,
 * `/notifications?quarter=2021-Q3&status=overdue`; `?data=<url>` names the
 * dataset on every route.
 */
const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <RedirectToMap /> },
      {
        element: <DatasetGate />,
        children: [
          view('map', 'map'),
          view('notifications', 'notifications'),
          view('review', 'review'),
          view('review/:quarter', 'review'),
          view('quality', 'quality'),
          view('present', 'present'),
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/**
 * The app's routes, under a BrowserRouter or (in tests) a MemoryRouter. Each view has its own
 * error boundary (Layout); this one catches what goes wrong in the shell around them.
 */
export function AppRoutes() {
  return <ErrorBoundary>{useRoutes(routes)}</ErrorBoundary>;
}

/**
 * Starts fetching the code of the view at `pathname`. Called at startup, so that code comes
 * beside the data and the app's first render rather than after them (docs/performance.md);
 * the route's render then finds it loading or loaded.
 */
export function startLoadingView(pathname: string, basename: string): void {
  for (const { route } of matchRoutes(routes, pathname, basename) ?? []) {
    if (typeof route.handle === 'string') void views[route.handle as ViewName].start().catch(() => undefined);
  }
}
