// Which file of the built renderer answers a request path, for both shells: the Electron app://
// protocol and the browser test harness resolve paths here, so they refuse and fall back alike.
// The raw path is inspected before anything normalises it, so a traversal attempt is refused
// (403) rather than quietly rewritten into some other file.
import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type RendererPath =
  /** `route`: a path without an extension, answered with index.html when no such file exists. */
  { kind: 'file'; file: string; route: boolean } | { kind: 'refused'; status: 400 | 403 };

/**
 * Maps a URL path (still percent-encoded) to a file inside `rendererDir`, or refuses it:
 * `..` and `.` segments in any encoding, backslashes (a separator on Windows), colons (drive
 * letters, NTFS streams), NUL bytes, malformed encodings, and anything that would resolve
 * outside the folder. `pathApi` is a parameter so the Windows rules are tested on any platform.
 */
export function resolveRendererPath(
  rendererDir: string,
  rawPath: string,
  pathApi: path.PlatformPath = path,
): RendererPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (/[\0\\:]/.test(decoded)) return { kind: 'refused', status: 403 };

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return { kind: 'refused', status: 403 };
  }

  const root = pathApi.resolve(rendererDir);
  if (segments.length === 0) {
    return { kind: 'file', file: pathApi.join(root, 'index.html'), route: false };
  }
  const file = pathApi.resolve(root, ...segments);
  // Stryker disable next-line all: a second guard that cannot fail after the checks above (no segment holds a separator, a colon or a dot step); kept in case those checks ever loosen
  if (!isInside(root, file, pathApi)) return { kind: 'refused', status: 403 };

  return { kind: 'file', file, route: pathApi.extname(file) === '' };
}

export function isInside(root: string, file: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(root, file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${pathApi.sep}`) &&
    !pathApi.isAbsolute(relative)
  );
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Module scripts are refused by Chromium unless served with a JavaScript MIME type. */
export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Asset = { status: 200; file: string; mimeType: string } | { status: 400 | 403 | 404 };

/** Any failure to look a path up (ENOENT, ENOTDIR, ENAMETOOLONG, ELOOP, EACCES…) means "no such file". */
function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
    // Stryker disable next-line BlockStatement: an empty catch returns undefined, which every caller reads as the false it returns
  } catch {
    return false;
  }
}

/**
 * The file that answers `rawPath`, checked on disk: app routes without a file fall back to
 * index.html (the renderer routes them), missing assets are 404, and a symbolic link that
 * leads out of the folder is refused. Synchronous: one stat and realpath of a local file.
 */
export function resolveAsset(rendererDir: string, rawPath: string): Asset {
  const target = resolveRendererPath(rendererDir, rawPath);
  if (target.kind === 'refused') return { status: target.status };

  let file = target.file;
  if (!isFile(file)) {
    if (!target.route) return { status: 404 };
    file = path.join(path.resolve(rendererDir), 'index.html');
    if (!isFile(file)) return { status: 404 };
  }
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = [realpathSync(file), realpathSync(rendererDir)];
  } catch {
    return { status: 404 };
  }
  if (!isInside(realRoot, real)) return { status: 403 };
  return { status: 200, file: real, mimeType: mimeTypeOf(real) };
}

export type AssetContent =
  { status: 200; body: Buffer; mimeType: string } | { status: 400 | 403 | 404 };

/**
 * The bytes that answer `rawPath`, for both shells. Never throws: a file that cannot be found
 * or read, for whatever reason, is a 404, so no error (or its stack) reaches a response or a log.
 */
export async function readAsset(rendererDir: string, rawPath: string): Promise<AssetContent> {
  const asset = resolveAsset(rendererDir, rawPath);
  if (asset.status !== 200) return asset;
  try {
    return { status: 200, body: await readFile(asset.file), mimeType: asset.mimeType };
  } catch {
    return { status: 404 };
  }
}
