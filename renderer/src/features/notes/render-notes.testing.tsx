// For component tests of the notes feature: the whole app at a route, as
// renderApp gives it, but with a notes store over an in-memory API the test
// controls (fakeNotesApi), so saving can be made to wait or fail.
import { render } from '@testing-library/react';
import corpus from 'virtual:naslag/corpus';
import { vi } from 'vitest';
import type { Note } from '@core/annotations/model';
import { CopyProvider } from '../../app/clipboard';
import { CorpusProvider } from '../../app/corpus';
import { RoutedLayout } from '../../app/App';
import { memoryRouter } from '../../app/routes.testing';
import { SettingsProvider } from '../../app/settings';
import { I18nProvider } from '../../i18n/i18n';
import { AnnouncerProvider } from '../../ui/Announcer';
import { fakeNotesApi } from './notes-api.testing';
import { NotesStoreProvider } from './notes-context';
import { describeWith, NotesStore } from './notes-store';

export function renderWithNotes(path: string, notes: Note[] = []) {
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn() as typeof window.scrollTo;
  const api = fakeNotesApi(notes);
  const store = new NotesStore(
    api.invoke,
    describeWith((reason) => `Onbereikbaar: ${reason}`),
  );
  const { router, history } = memoryRouter(path);
  const result = render(
    <I18nProvider initial="nl">
      <SettingsProvider>
        <AnnouncerProvider>
          <CopyProvider>
            <CorpusProvider corpus={corpus}>
              <NotesStoreProvider store={store}>
                <RoutedLayout router={router} />
              </NotesStoreProvider>
            </CorpusProvider>
          </CopyProvider>
        </AnnouncerProvider>
      </SettingsProvider>
    </I18nProvider>,
  );
  return { ...result, api, store, router, history };
}
