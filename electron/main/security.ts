// What the renderer may not do: leave the app's origin, open windows, embed webviews, use
// permissions beyond writing to the clipboard, or send any request outside the app. Naslag is offline by design, so the
// only way out is a link the user confirms (external.ts). The decisions are plain functions
// of a URL; the rest attaches them to Electron's sessions and web contents.
import type { Session, WebContents } from 'electron';

/** `scheme://host[:port]`, or null for URLs without a host. Node's URL reports the origin of
 * non-special schemes such as app:// as "null", so it is rebuilt from its parts. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isAppUrl(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export type NavigationVerdict = 'allow' | 'external' | 'deny';

/** In-app navigation stays; an https link goes to the confirmation dialog; the rest is denied. */
export function judgeNavigation(url: string, appOrigin: string): NavigationVerdict {
  if (isAppUrl(url, appOrigin)) return 'allow';
  return isHttps(url) ? 'external' : 'deny';
}

/**
 * Whether a request of the renderer may proceed: its own origin, DevTools, inline data, and
 * blobs the page made itself. In development the renderer comes from Vite's server, whose
 * hot-reload socket is the same host over ws://.
 */
export function isAllowedRequest(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'devtools:':
    case 'data:':
      return true;
    case 'blob:':
      return isAllowedRequest(parsed.pathname, appOrigin);
    case 'ws:':
      return appOrigin === `http://${parsed.host}`;
    default:
      return originOf(url) === appOrigin;
  }
}

/** Writing to the clipboard (navigator.clipboard.writeText) is how a user copies a citation. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * The one permission granted is clipboard writing, to the app's own top frame. Everything
 * else, reading the clipboard included, is refused.
 */
export function isPermissionGranted(
  permission: string,
  request: { requestingUrl: string; isMainFrame: boolean },
  appOrigin: string,
): boolean {
  return (
    GRANTED_PERMISSIONS.has(permission) &&
    request.isMainFrame &&
    isAppUrl(request.requestingUrl, appOrigin)
  );
}

/** Refuses permissions (but clipboard writing) and blocks every request that is not the app's. */
export function applySessionSecurity(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'
  >,
  appOrigin: string,
  onBlocked: (url: string) => void = (url) => console.warn(`Naslag blocked a request: ${url}`),
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(
      permission,
      {
        requestingUrl: details.requestingUrl ?? requestingOrigin,
        isMainFrame: details.isMainFrame,
      },
      appOrigin,
    ),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, appOrigin);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
}

export interface ContentsGuard {
  appOrigin: string;
  /** Offered every https link the renderer tries to open; asks the user first. */
  offerExternal: (url: string) => void;
}

/** Applied to every web contents the app creates (app 'web-contents-created'). */
export function secureWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  { appOrigin, offerExternal }: ContentsGuard,
): void {
  const guardNavigation = (event: { url: string; preventDefault(): void }) => {
    const verdict = judgeNavigation(event.url, appOrigin);
    if (verdict === 'allow') return;
    event.preventDefault();
    if (verdict === 'external') offerExternal(event.url);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', (event) => {
    // A redirect is never a user's click: stop it without offering anything.
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (judgeNavigation(url, appOrigin) === 'external') offerExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
