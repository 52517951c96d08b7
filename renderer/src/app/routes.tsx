// The route table. A view joins the app by adding its route here (and, if it
// wants a menu entry, to navigation.ts); the layout around them and the error
// view are in App.tsx. The library and the reader, where the app opens, are in
// the first script; the other views load when first visited, so their code
// (and the charts and Markdown they bring) never delays a letter.
import { COMPARE_ROUTE } from '../features/compare/compare-paths';
import { LibraryPage } from '../features/library/LibraryPage';
import { ReaderPage } from '../features/reader/ReaderPage';
import { NotFound } from './NotFound';
import type { Route } from './router';

export const routes: readonly Route[] = [
  { path: '/', Component: LibraryPage },
  // The optional target is a paragraph id ("encryptie-2") or a section id ("encryptie").
  { path: '/brief/:letterId/:targetId?', Component: ReaderPage },
  {
    path: COMPARE_ROUTE,
    lazy: async () => (await import('../features/compare/ComparePage')).ComparePage,
  },
  {
    path: '/notities',
    lazy: async () => (await import('../features/notes/NotesPage')).NotesPage,
  },
  {
    path: '/notities/brief',
    lazy: async () => (await import('../features/notes/BriefPage')).BriefPage,
  },
  { path: '*', Component: NotFound },
];
