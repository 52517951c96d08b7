// For component tests: the whole app (providers, layout, routes) at a route,
// in memory, with the bundled corpus; what a test needs of the browser that
// jsdom lacks (scrolling, a clipboard) is provided here, in one place.
import { render } from '@testing-library/react';
import corpus from 'virtual:naslag/corpus';
import { vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { AnnouncerProvider } from '../ui/Announcer';
import { CopyProvider } from './clipboard';
import { CorpusProvider } from './corpus';
import { RoutedLayout } from './App';
import { memoryRouter } from './routes.testing';
import { SettingsProvider } from './settings';

export function renderApp(path: string) {
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn() as typeof window.scrollTo;
  const clipboard = { writeText: vi.fn(async (_text: string) => undefined) };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  const { router, history } = memoryRouter(path);
  const result = render(
    <I18nProvider initial="nl">
      <SettingsProvider>
        <AnnouncerProvider>
          <CopyProvider>
            <CorpusProvider corpus={corpus}>
              <RoutedLayout router={router} />
            </CorpusProvider>
          </CopyProvider>
        </AnnouncerProvider>
      </SettingsProvider>
    </I18nProvider>,
  );
  return { ...result, router, history, clipboard };
}
