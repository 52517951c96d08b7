// The app's routes as paths, in one place, so every view links the same way.
// They live in the URL's hash (a hash router), so a deep link works under the
// app:// protocol and on the test server alike, and survives a reload.

export const HIGHLIGHT_PARAM = 'markeer';

export const libraryPath = (): string => '/';

/** A letter, optionally at a paragraph or section, optionally with a text to highlight. */
export function letterPath(letterId: string, targetId?: string, highlight?: string): string {
  const path = targetId ? `/brief/${letterId}/${targetId}` : `/brief/${letterId}`;
  return highlight
    ? `${path}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: highlight }).toString()}`
    : path;
}

/** The full address of an in-app path, as a user would paste it (e.g. into a note). */
export function absoluteUrl(
  path: string,
  location: Pick<Location, 'href'> = window.location,
): string {
  return `${location.href.split('#')[0]}#${path}`;
}
