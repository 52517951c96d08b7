// The route table. A view joins the app by adding its route to `featureRoutes`
// (and, if it wants a menu entry, to navigation.ts); the layout, error page
// and not-found page wrap them all.
import type { RouteObject } from 'react-router';
import { LibraryPage } from '../features/library/LibraryPage';
import { Layout } from './Layout';
import { NotFound, RouteError } from './NotFound';

export const featureRoutes: RouteObject[] = [
  { index: true, element: <LibraryPage /> },
];

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [...featureRoutes, { path: '*', element: <NotFound /> }],
      },
    ],
  },
];
