import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import { DatasetGate } from './DatasetGate';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { viewChunks, type ViewName } from './view-chunks';

/**
 * Each view is its own chunk, loaded when first visited (the map and charts are heavy), and
 * usually already asked for by the page's entry (view-chunks.ts). A chunk that cannot load
 * becomes a ViewCodeError, which the view's error boundary words for people.
 */
const lazyViews: Record<ViewName, LazyExoticComponent<ComponentType>> = {
  map: lazy(viewChunks.map.start),
  notifications: lazy(viewChunks.notifications.start),
  review: lazy(viewChunks.review.start),
  quality: lazy(viewChunks.quality.start),
  present: lazy(viewChunks.present.start),
};

/** `/` goes to the map, keeping the whole search string (the data source, for one). */
function RedirectToMap() {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname: '/map', search }} />;
}

function View({ name }: { name: ViewName }) {
  const Component = lazyViews[name];
  return <Component />;
}

/** A view's route: its path starts with the view's name, which is how the page's entry finds it (view-chunks.ts). */
const view = (name: ViewName, params = ''): RouteObject => ({ path: `${name}${params}`, element: <View name={name} /> });

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
          view('map'),
          view('notifications'),
          view('review'),
          view('review', '/:quarter'),
          view('quality'),
          view('present'),
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
