// The app: providers for language, settings, announcements, copying and the
// corpus, around the layout and a router whose addresses live in the URL's hash
// (deep links then work under app:// and on the test server alike, and survive
// a reload).
import { useState } from 'react';
import type { Corpus } from '@core/corpus/model';
import { I18nProvider } from '../i18n/i18n';
import { AnnouncerProvider } from '../ui/Announcer';
import { CopyProvider } from './clipboard';
import { CorpusProvider } from './corpus';
import { Layout } from './Layout';
import { RouteError } from './NotFound';
import { createRouter, hashHistory, RouterProvider, type Router } from './router';
import { routes } from './routes';
import { SettingsProvider } from './settings';

export function App({ corpus }: { corpus: Corpus }) {
  const [router] = useState(() => createRouter(routes, hashHistory()));
  return (
    <I18nProvider>
      <SettingsProvider>
        <AnnouncerProvider>
          <CopyProvider>
            <CorpusProvider corpus={corpus}>
              <RoutedLayout router={router} />
            </CorpusProvider>
          </CopyProvider>
        </AnnouncerProvider>
      </SettingsProvider>
    </I18nProvider>
  );
}

/** The layout with the view at the router's address in it (tests give it a router in memory). */
export function RoutedLayout({ router }: { router: Router }) {
  return (
    <RouterProvider router={router} errorView={RouteError}>
      <Layout />
    </RouterProvider>
  );
}
