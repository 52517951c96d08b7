import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import {
  APP_ENTRY_URL,
  appPathOf,
  createRendererHandler,
  registerAppScheme,
  serveRenderer,
} from './protocol';

describe('appPathOf', () => {
  it('gives the raw path of app://naslag URLs, without query or fragment', () => {
    expect(appPathOf('app://naslag')).toBe('');
    expect(appPathOf(APP_ENTRY_URL)).toBe('/index.html');
    expect(appPathOf('app://naslag/assets/%2e%2e/x.js?v=1#top')).toBe('/assets/%2e%2e/x.js');
    expect(appPathOf('APP://NASLAG/a.js')).toBe('/a.js');
  });

  it('is null for other hosts, schemes and non-URLs', () => {
    for (const url of [
      'app://elders/index.html',
      'app://naslag:80/',
      'https://naslag/index.html',
      'file:///etc/passwd',
      // An app:// URL inside another URL is not the app's.
      'https://elders.nl/app://naslag/index.html',
      '//app://naslag/index.html',
      'x',
    ]) {
      expect(appPathOf(url)).toBeNull();
    }
  });
});

describe('createRendererHandler', () => {
  let dir: string;
  let rendererDir: string;
  let handle: (request: Request) => Promise<Response>;
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'naslag-protocol-'));
    rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Naslag</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'export const x = 1;');
    writeFileSync(path.join(dir, 'secret.txt'), 'not for the renderer');
    handle = createRendererHandler(rendererDir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves a real file with its MIME type and the CSP header', async () => {
    const response = await get('app://naslag/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const x = 1;');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // No referrer leaves the app, no other origin may embed its files, and a rebuilt file is
    // checked before a cached one is used.
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves index.html for app routes and the bare origin', async () => {
    for (const url of ['app://naslag/', 'app://naslag/vergelijken/encryptie']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Naslag</title>');
    }
  });

  it('answers 404 for a missing asset instead of the page, as plain Dutch text', async () => {
    const response = await get('app://naslag/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('allow')).toBeNull();
    expect(await response.text()).toBe('Niet gevonden');
  });

  it('refuses traversal with the CSP header, never reading the file outside', async () => {
    // The Request constructor already folds %2e%2e into a parent step (and then away), so that
    // one arrives as a plain missing file; encoded separators survive parsing and are refused.
    // assets.test.ts covers the raw forms.
    for (const [url, status] of [
      ['app://naslag/%2e%2e/secret.txt', 404],
      ['app://naslag/assets/..%2f..%2fsecret.txt', 403],
      ['app://naslag/..%5csecret.txt', 403],
    ] as const) {
      const response = await get(url);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('not for the renderer');
    }
  });

  it('answers every failure to find a file with a plain 404, never an error or its stack', async () => {
    for (const url of [
      'app://naslag/index.html/x.js',
      `app://naslag/${'a'.repeat(5000)}.js`,
      `app://naslag${'/a'.repeat(3000)}.css`,
      'app://naslag/assets/index-abc.js/a.css',
      'app://naslag/assets.js/',
    ]) {
      const response = await get(url);
      const text = await response.text();
      expect(response.status, url.slice(0, 60)).toBe(404);
      expect(text).not.toMatch(/Error|at \S+ \(|node:/);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for another host', async () => {
    expect((await get('app://elders/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://naslag/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://naslag/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says in Dutch why a request was refused', async () => {
    for (const [url, method, status, text] of [
      ['app://naslag/%E0%A4%A', 'GET', 400, 'Ongeldig verzoek'],
      ['app://naslag/assets/..%2fsecret.txt', 'GET', 403, 'Geweigerd'],
      ['app://naslag/index.html', 'PUT', 405, 'Methode niet toegestaan'],
    ] as const) {
      const response = await get(url, method);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe(text);
    }
  });
});

describe('scheme registration', () => {
  it('registers app:// as a standard, secure, fetchable scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }),
      },
    ]);
  });

  it('lets the module scripts Vite emits with crossorigin load, and caches their compiled code', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]?.[0]?.privileges).toMatchObject({
      corsEnabled: true,
      codeCache: true,
    });
  });

  it('hands the renderer handler to protocol.handle for app://', async () => {
    const protocol = { handle: vi.fn() };
    serveRenderer(protocol, '/nowhere');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    expect((await handler(new Request('app://naslag/index.html'))).status).toBe(404);
  });
});
