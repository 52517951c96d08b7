// For component tests: the app's routes with the views that load on first
// visit already loaded, so a test can render any route and look at it at once.
import { preloadNoteMarkdown } from '../features/notes/NoteBody';
import { createRouter, memoryHistory, type Route } from './router';
import { routes } from './routes';

export const loadedRoutes: readonly Route[] = await Promise.all(
  routes.map(async (route) =>
    'lazy' in route ? { path: route.path, Component: await route.lazy() } : route,
  ),
);
await preloadNoteMarkdown();

/** A router over the loaded routes at `path`, with its history in memory. */
export function memoryRouter(path: string) {
  const history = memoryHistory(path);
  return { router: createRouter(loadedRoutes, history), history };
}
