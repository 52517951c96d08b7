// The route table. A view joins the app by adding its route to `featureRoutes`
// (and, if it wants a menu entry, to navigation.ts); the layout, error page
// and not-found page wrap them all.
import type { RouteObject } from 'react-router';
import { COMPARE_ROUTE } from '../features/compare/compare-paths';
import { ComparePage } from '../features/compare/ComparePage';
import { LibraryPage } from '../features/library/LibraryPage';
import { BriefPage } from '../features/notes/BriefPage';
import { NotesPage } from '../features/notes/NotesPage';
import { ReaderPage } from '../features/reader/ReaderPage';
import { Layout } from './Layout';
import { NotFound, RouteError } from './NotFound';

export const featureRoutes: RouteObject[] = [
  { index: true, element: <LibraryPage /> },
  // The optional target is a paragraph id ("encryptie-2") or a section id ("encryptie").
  { path: 'brief/:letterId/:targetId?', element: <ReaderPage /> },
  { path: COMPARE_ROUTE, element: <ComparePage /> },
  { path: 'notities', element: <NotesPage /> },
  { path: 'notities/brief', element: <BriefPage /> },
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
