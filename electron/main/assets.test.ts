import { mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInside, mimeTypeOf, readAsset, resolveAsset, resolveRendererPath } from './assets';

const root = path.resolve('/srv/renderer');

describe('resolveRendererPath', () => {
  it('maps the origin root and index.html to the entry page', () => {
    for (const rawPath of ['', '/', '/index.html']) {
      expect(resolveRendererPath(root, rawPath)).toEqual({
        kind: 'file',
        file: path.join(root, 'index.html'),
        route: false,
      });
    }
  });

  it('maps asset paths inside the folder, decoding them once', () => {
    expect(resolveRendererPath(root, '/assets/index-abc.js')).toEqual({
      kind: 'file',
      file: path.join(root, 'assets', 'index-abc.js'),
      route: false,
    });
    expect(resolveRendererPath(root, '/fonts/fira%20sans.woff2')).toMatchObject({
      file: path.join(root, 'fonts', 'fira sans.woff2'),
    });
  });

  it('marks paths without an extension as routes for the single-page fallback', () => {
    expect(resolveRendererPath(root, '/lezen/kst-31015-90')).toEqual({
      kind: 'file',
      file: path.join(root, 'lezen', 'kst-31015-90'),
      route: true,
    });
  });

  it.each([
    ['plain dot-dot', '/../../etc/passwd'],
    ['dot-dot after a folder', '/assets/../../secret.txt'],
    ['dot-dot that stays inside', '/assets/../index.html'],
    ['single dot', '/./index.html'],
    ['encoded dots', '/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', '/%2E%2E/secret'],
    ['half-encoded dots', '/.%2e/secret'],
    ['encoded slash', '/assets%2f..%2f..%2fsecret'],
    ['backslash', '/..\\..\\secret'],
    ['encoded backslash', '/..%5c..%5csecret'],
    ['windows drive', '/C:/Windows/win.ini'],
    ['encoded drive colon', '/C%3a%5cWindows'],
    ['NTFS stream', '/index.html::$DATA'],
    ['NUL byte', '/index.html%00.png'],
  ])('refuses %s with 403', (_name, rawPath) => {
    expect(resolveRendererPath(root, rawPath)).toEqual({ kind: 'refused', status: 403 });
  });

  it('keeps absolute-looking paths inside the folder', () => {
    expect(resolveRendererPath(root, '//etc/passwd')).toMatchObject({
      file: path.join(root, 'etc', 'passwd'),
    });
  });

  it('takes double-encoded dots as a literal file name, never as a parent folder', () => {
    expect(resolveRendererPath(root, '/%252e%252e/secret')).toMatchObject({
      file: path.join(root, '%2e%2e', 'secret'),
    });
  });

  it('refuses a malformed encoding with 400', () => {
    expect(resolveRendererPath(root, '/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Naslag\\resources\\renderer';
    expect(resolveRendererPath(winRoot, '/assets/a.js', path.win32)).toEqual({
      kind: 'file',
      file: 'C:\\Naslag\\resources\\renderer\\assets\\a.js',
      route: false,
    });
    for (const rawPath of [
      '/..%5c..%5cwin.ini',
      '/D:/secret',
      '/%2e%2e/win.ini',
      '/\\\\host\\share',
    ]) {
      expect(resolveRendererPath(winRoot, rawPath, path.win32)).toEqual({
        kind: 'refused',
        status: 403,
      });
    }
  });
});

describe('isInside', () => {
  it('holds only for files below the folder, never the folder itself or its parent', () => {
    expect(isInside('/app/renderer', '/app/renderer/index.html')).toBe(true);
    expect(isInside('/app/renderer', '/app/renderer/assets/a.js')).toBe(true);
    expect(isInside('/app/renderer', '/app/renderer')).toBe(false);
    expect(isInside('/app/renderer', '/app')).toBe(false);
    expect(isInside('/app/renderer', '/app/secret.txt')).toBe(false);
    expect(isInside('/app/renderer', '/app/renderer-old/index.html')).toBe(false);
    expect(isInside('C:\\app', 'D:\\app\\index.html', path.win32)).toBe(false);
  });
});

describe('mimeTypeOf', () => {
  it('gives module scripts, styles, pages and fonts their proper types', () => {
    expect(mimeTypeOf('/x/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('/x/corpus.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeOf('/x/fira.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('/x/logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('/x/unknown.bin')).toBe('application/octet-stream');
  });

  it.each([
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['index-abc.js.map', 'application/json; charset=utf-8'],
    ['site.webmanifest', 'application/manifest+json'],
    ['LICENSE.txt', 'text/plain; charset=utf-8'],
    ['icon.png', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['spinner.gif', 'image/gif'],
    ['cover.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['fira.woff', 'font/woff'],
    ['fira.ttf', 'font/ttf'],
    ['fira.otf', 'font/otf'],
    ['search.wasm', 'application/wasm'],
  ])('serves %s as %s, so the browser uses it instead of refusing it', (name, type) => {
    expect(mimeTypeOf(`/x/${name}`)).toBe(type);
  });
});

describe('resolveAsset', () => {
  let dir: string;
  let rendererDir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'naslag-assets-'));
    rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'export {};');
    writeFileSync(path.join(dir, 'secret.txt'), 'not for the renderer');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
    mkdirSync(path.join(rendererDir, 'map.js'));
    symlinkSync(
      path.join(rendererDir, 'assets', 'loop.js'),
      path.join(rendererDir, 'assets', 'loop.js'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a real file with its MIME type', () => {
    expect(resolveAsset(rendererDir, '/assets/index-abc.js')).toEqual({
      status: 200,
      file: path.join(rendererDir, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('answers app routes and folders with index.html, missing assets with 404', () => {
    const page = { status: 200, file: path.join(rendererDir, 'index.html') };
    expect(resolveAsset(rendererDir, '/notities')).toMatchObject(page);
    expect(resolveAsset(rendererDir, '/assets')).toMatchObject(page);
    expect(resolveAsset(rendererDir, '/assets/missing.js')).toEqual({ status: 404 });
  });

  it('refuses traversal and a symbolic link that leads out of the folder', () => {
    expect(resolveAsset(rendererDir, '/%2e%2e/secret.txt')).toEqual({ status: 403 });
    expect(resolveAsset(rendererDir, '/assets/link.txt')).toEqual({ status: 403 });
  });

  it.each([
    ['a path through a file (ENOTDIR)', '/index.html/x.js'],
    ['a path through a script (ENOTDIR)', '/assets/index-abc.js/a.css'],
    ['a name longer than the system allows (ENAMETOOLONG)', `/${'a'.repeat(5000)}.js`],
    ['a path longer than the system allows (ENAMETOOLONG)', `${'/a'.repeat(3000)}.js`],
    ['a folder with a file extension (EISDIR)', '/map.js'],
    ['a symbolic link loop (ELOOP)', '/assets/loop.js'],
  ])('answers %s with 404 instead of throwing', async (_name, rawPath) => {
    expect(resolveAsset(rendererDir, rawPath)).toEqual({ status: 404 });
    await expect(readAsset(rendererDir, rawPath)).resolves.toEqual({ status: 404 });
  });

  it('answers routes that cannot be looked up on disk with the page, which routes them', () => {
    const page = { status: 200, file: path.join(rendererDir, 'index.html') };
    expect(resolveAsset(rendererDir, '/index.html/lezen')).toMatchObject(page);
    expect(resolveAsset(rendererDir, `/${'a'.repeat(5000)}`)).toMatchObject(page);
  });

  it('reads the bytes of a file it finds', async () => {
    const asset = await readAsset(rendererDir, '/assets/index-abc.js');
    expect(asset).toMatchObject({ status: 200, mimeType: 'text/javascript; charset=utf-8' });
    expect(asset.status === 200 && asset.body.toString()).toBe('export {};');
  });

  it('answers a file it finds but cannot read with 404 instead of throwing', async () => {
    // Sparse, so it takes no disk: past the 2 GiB a single read can return, reading fails.
    const huge = path.join(rendererDir, 'assets', 'huge.js');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);
    try {
      expect(resolveAsset(rendererDir, '/assets/huge.js')).toMatchObject({ status: 200 });
      await expect(readAsset(rendererDir, '/assets/huge.js')).resolves.toEqual({ status: 404 });
    } finally {
      rmSync(huge);
    }
  });

  it('answers 404 when the renderer has not been built', () => {
    expect(resolveAsset(path.join(dir, 'missing'), '/')).toEqual({ status: 404 });
    expect(resolveAsset(path.join(dir, 'missing'), '/lezen')).toEqual({ status: 404 });
  });
});
