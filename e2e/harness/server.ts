// The browser shell's back end: the built renderer and the real main-process
// services, in one Node process on loopback. The test fixture injects a bridge
// into the page that posts each call here, where it goes through the same
// dispatch() as Electron's IPC. Run: tsx e2e/harness/server.ts --data-dir DIR [--port N]
import { createServer, STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dispatch } from '@core/contract/dispatch';
import type { ApiHandlers } from '@core/contract/api';
import { loadBundledCorpus } from '../../electron/services/corpus';
import { createApiHandlers, createServices } from '../../electron/services';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { readAsset } from '../../electron/main/assets';
import { storeControl } from '../../electron/services/store/fault-control';
import type { StoreFault } from '../../electron/services/store/fault-control';
import { FAULTS_PATH, INVOKE_PATH, KILL_AFTER_WRITES_PATH, OPENED_PATH } from './paths';

const MAX_BODY = 12 * 1024 * 1024;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    root: {
      type: 'string',
      default: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
    },
  },
});
const dataDir = values['data-dir'];
if (!dataDir) {
  console.error('Geef --data-dir op.');
  process.exit(2);
}

// The services run on the store's own fault-injecting file system, so a spec
// can fail the real write path or have this process die right after a chosen
// durable write.
const control = storeControl(dataDir);
const services = await createServices({ dataDir, corpus: loadBundledCorpus(), fs: control.fs });
const opened: string[] = [];
const handlers: ApiHandlers = {
  ...createApiHandlers(services),
  'app:info': async () => ({
    version: '0.0.0-e2e',
    shell: 'browser',
    capabilities: { printToPdf: false },
  }),
  'brief:printToPdf': async () => ({ saved: false }),
  // The browser shell never leaves the machine: it only records what would have been opened.
  'external:open': async ({ url }) => {
    opened.push(url);
    return { opened: false };
  },
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  // The raw request target, as the Electron shell's protocol handler sees it: nothing here
  // normalises dot segments or encodings before the asset rules have looked at them.
  const rawPath = /^[^?#]*/.exec(request.url ?? '/')?.[0] ?? '/';
  if (request.method === 'POST' && rawPath.startsWith(INVOKE_PATH)) {
    let channel = '';
    let args: unknown;
    try {
      channel = decodeURIComponent(rawPath.slice(INVOKE_PATH.length));
      args = JSON.parse(await readBody(request));
    } catch {
      // An undecodable channel or body is left to dispatch() to refuse, like any bad call.
    }
    const outcome = await dispatch(handlers, channel, args);
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(JSON.stringify(outcome));
    return;
  }
  if (request.method === 'POST' && rawPath === FAULTS_PATH) {
    control.fail(JSON.parse(await readBody(request)) as StoreFault);
    response.writeHead(204).end();
    return;
  }
  if (request.method === 'DELETE' && rawPath === FAULTS_PATH) {
    control.heal();
    response.writeHead(204).end();
    return;
  }
  if (request.method === 'POST' && rawPath === KILL_AFTER_WRITES_PATH) {
    control.killAfterDurableWrites(
      (JSON.parse(await readBody(request)) as { writes: number }).writes,
    );
    response.writeHead(204).end();
    return;
  }
  if (request.method === 'GET' && rawPath === OPENED_PATH) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(opened));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    plainAnswer(response, 405);
    return;
  }
  const asset = await readAsset(values.root!, rawPath);
  if (asset.status !== 200) {
    plainAnswer(response, asset.status);
    return;
  }
  response.writeHead(200, {
    'content-type': asset.mimeType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : asset.body);
}

/** An answer without a page: the status and its name, never an error's message or stack. */
function plainAnswer(response: ServerResponse, status: number): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
  response.end(STATUS_CODES[status] ?? 'Error');
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    // One line for whoever runs the suite; the response says only "500".
    console.error(`harness: ${request.method} ${request.url}: ${String(error)}`);
    plainAnswer(response, 500);
  });
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // The fixture waits for this line.
  console.log(`LISTENING ${port}`);
});

async function shutdown(): Promise<void> {
  server.close();
  await services.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
