// For component tests: the app's routes with the views that load on first
// visit already loaded, so a test can render any route and look at it at once.
import type { RouteObject } from 'react-router';
import { preloadNoteMarkdown } from '../features/notes/NoteBody';
import { routes } from './routes';

async function loaded(route: RouteObject): Promise<RouteObject> {
  const children = route.children && (await Promise.all(route.children.map(loaded)));
  const lazy = typeof route.lazy === 'function' ? await route.lazy() : {};
  return { ...route, ...lazy, lazy: undefined, ...(children ? { children } : {}) } as RouteObject;
}

export const loadedRoutes: RouteObject[] = await Promise.all(routes.map(loaded));
await preloadNoteMarkdown();
