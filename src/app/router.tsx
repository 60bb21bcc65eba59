import { Navigate, useLocation, type RouteObject } from 'react-router';
import { MapView } from '../features/map/MapView';
import { NotificationsView } from '../features/notifications/NotificationsView';
import { PresentView } from '../features/present/PresentView';
import { QualityView } from '../features/quality/QualityView';
import { ReviewView } from '../features/review/ReviewView';
import { DatasetGate } from './DatasetGate';
import { ViewError } from './ErrorBoundary';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/** `/` goes to the map, keeping the whole search string (the data source, for one). */
function RedirectToMap() {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname: '/map', search }} />;
}

function RouteError() {
  return <ViewError message="The page could not be displayed." />;
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
    children: [
      { index: true, element: <RedirectToMap /> },
      {
        element: <DatasetGate />,
        children: [
          { path: 'map', element: <MapView /> },
          { path: 'notifications', element: <NotificationsView /> },
          { path: 'review', element: <ReviewView /> },
          { path: 'review/:quarter', element: <ReviewView /> },
          { path: 'quality', element: <QualityView /> },
          { path: 'present', element: <PresentView /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
