// The route table. A view joins the app by adding its route to `featureRoutes`
// (and, if it wants a menu entry, to navigation.ts); the layout, error page
// and not-found page wrap them all. The library and the reader, where the app
// opens, are in the first script; the other views load when first visited, so
// their code (and the charts and Markdown they bring) never delays a letter.
import type { RouteObject } from 'react-router';
import { COMPARE_ROUTE } from '../features/compare/compare-paths';
import { LibraryPage } from '../features/library/LibraryPage';
import { ReaderPage } from '../features/reader/ReaderPage';
import { Layout } from './Layout';
import { NotFound, RouteError } from './NotFound';

export const featureRoutes: RouteObject[] = [
  { index: true, element: <LibraryPage /> },
  // The optional target is a paragraph id ("encryptie-2") or a section id ("encryptie").
  { path: 'brief/:letterId/:targetId?', element: <ReaderPage /> },
  {
    path: COMPARE_ROUTE,
    lazy: async () => ({
      Component: (await import('../features/compare/ComparePage')).ComparePage,
    }),
  },
  {
    path: 'notities',
    lazy: async () => ({
      Component: (await import('../features/notes/NotesPage')).NotesPage,
    }),
  },
  {
    path: 'notities/brief',
    lazy: async () => ({
      Component: (await import('../features/notes/BriefPage')).BriefPage,
    }),
  },
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
