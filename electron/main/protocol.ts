// The app's own scheme, app://naslag/, which serves the built renderer from disk. Loading the
// renderer from a privileged standard scheme (rather than file://) gives it a real origin, so
// the CSP's 'self', ES modules and fetch behave as on the web, and nothing else on disk is
// reachable: every request is resolved inside the renderer folder (assets.ts) or refused.
import type { Protocol } from 'electron';
import { readAsset } from './assets';
import { CONTENT_SECURITY_POLICY } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'naslag';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before the app is ready. `standard` gives app://naslag a proper origin and relative
 * URL resolution, `secure` makes it a secure context, `supportFetchAPI` lets the renderer fetch
 * its bundled data. Vite emits `<script type="module" crossorigin>`, which loads in CORS mode:
 * `corsEnabled` puts those loads through the ordinary CORS check (same origin passes) instead of
 * refusing an unknown scheme; no response carries Access-Control-Allow-Origin, so no other
 * origin can read from it.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

/** The still-encoded path of an app://naslag URL, or null for any other URL. Taken from the raw
 * string, so the asset rules see dot segments and encodings as they were sent. */
export function appPathOf(requestUrl: string): string | null {
  const parts = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(requestUrl);
  if (!parts) return null;
  // Stryker disable next-line StringLiteral: each group takes part in every match; the defaults only satisfy the type checker
  const [, scheme = '', host = '', rawPath = ''] = parts;
  if (scheme.toLowerCase() !== APP_SCHEME || host.toLowerCase() !== APP_HOST) return null;
  return rawPath;
}

/** Headers on every response of the scheme, errors included. */
function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
}

const STATUS_TEXT = {
  400: 'Ongeldig verzoek',
  403: 'Geweigerd',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
} as const;

function refusal(status: keyof typeof STATUS_TEXT): Response {
  const headers = baseHeaders('text/plain; charset=utf-8');
  if (status === 405) headers.set('Allow', 'GET, HEAD');
  return new Response(STATUS_TEXT[status], { status, headers });
}

/** The protocol handler: a plain function of a Request, testable without Electron. */
export function createRendererHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const rawPath = appPathOf(request.url);
    if (rawPath === null) return refusal(404);
    const asset = await readAsset(rendererDir, rawPath);
    if (asset.status !== 200) return refusal(asset.status);
    const body = request.method === 'HEAD' ? null : new Uint8Array(asset.body);
    return new Response(body, { status: 200, headers: baseHeaders(asset.mimeType) });
  };
}

/** Must run after the app is ready; serves the default session. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererDir));
}
