// The test server answers hostile and impossible paths as the app's own protocol does: a file
// that cannot be found, for whatever reason the file system gives, is a plain 404, a traversal
// is refused, and no answer ever carries an error message or a stack trace.
import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

/** Sends the path exactly as written: fetch() and page.goto() would normalise it first. */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const NOT_FOUND = [
  '/index.html/x.js', // ENOTDIR
  '/assets/missing.js', // ENOENT
  `/${'a'.repeat(5000)}.js`, // ENAMETOOLONG
  `${'/a'.repeat(3000)}.css`, // ENAMETOOLONG for the whole path
];
const REFUSED = [
  '/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%5c..%5cwin.ini',
  '/%E0%A4%A',
];

test('every file it cannot find is a 404, and no answer carries a stack trace', async ({ app }) => {
  test.skip(app.shell !== 'browser', 'the Electron protocol handler has its own unit tests');
  await app.goto('/');
  const origin = new URL(app.page.url()).origin;

  for (const path of NOT_FOUND) {
    const { status, body } = await rawGet(origin, path);
    expect(status, path.slice(0, 40)).toBe(404);
    expect(body).toBe('Not Found');
  }
  for (const path of REFUSED) {
    const { status, body } = await rawGet(origin, path);
    expect([400, 403], path).toContain(status);
    expect(body).not.toMatch(/Error|\bat \S+ \(|node:|passwd/);
  }
  // An app route is still the page, so deep links keep working.
  expect((await rawGet(origin, '/index.html/lezen')).status).toBe(200);
});
