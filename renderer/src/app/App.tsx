// The app: providers for language, settings, announcements, copying and the
// corpus, around a hash router (deep links then work under app:// and on the
// test server alike, and survive a reload).
import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import type { Corpus } from '@core/corpus/model';
import { I18nProvider } from '../i18n/i18n';
import { AnnouncerProvider } from '../ui/Announcer';
import { CopyProvider } from './clipboard';
import { CorpusProvider } from './corpus';
import { routes } from './routes';
import { SettingsProvider } from './settings';

export function App({ corpus }: { corpus: Corpus }) {
  const [router] = useState(() => createHashRouter(routes));
  return (
    <I18nProvider>
      <SettingsProvider>
        <AnnouncerProvider>
          <CopyProvider>
            <CorpusProvider corpus={corpus}>
              <RouterProvider router={router} />
            </CorpusProvider>
          </CopyProvider>
        </AnnouncerProvider>
      </SettingsProvider>
    </I18nProvider>
  );
}
