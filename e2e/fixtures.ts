// The `app` fixture: Naslag running in one of its two shells, with a fresh data
// folder per test, and the means to restart or kill the services on that same
// folder so a spec can check what survives. After a restart or a kill the app
// is back on the route it left; in the Electron shell that is a new window, so
// specs read `app.page` again afterwards.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test as base, expect, _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import type * as ElectronMain from 'electron';
import type { Channel } from '../core/contract/api';
import type { StoreControl, StoreFault } from '../electron/services/store/fault-control';
import { exitOf, startHarness } from './harness/process';
import { installBridge } from './harness/bridge';
import type { Harness } from './harness/process';
import { FAULTS_PATH, INVOKE_PATH, KILL_AFTER_WRITES_PATH, OPENED_PATH } from './harness/paths';

export type Shell = 'browser' | 'electron';
export const SHELL: Shell = process.env.NASLAG_E2E_SHELL === 'electron' ? 'electron' : 'browser';

export type { StoreFault };

/** A call into the services from the test's side, as the page would make it. */
export type ServicesCall = (channel: string, args?: unknown) => Promise<unknown>;

export interface NaslagApp {
  shell: Shell;
  /** The window the app shows now: read it again after restart() or kill(). */
  page: Page;
  dataDir: string;
  /** Open an in-app route, e.g. "/brief/kst-31015-81". */
  goto(route: string): Promise<void>;
  /** Stop the services gracefully and start them again on the same data folder. */
  restart(): Promise<void>;
  /** Kill the services with SIGKILL (no chance to flush) and start them again. */
  kill(): Promise<void>;
  /**
   * Closes the window as the user does (its page sees pagehide, and may send what
   * it had waiting), then starts the app again on the same route. `arrived` asks
   * the services whether that came in: the browser shell asks until it has, then
   * restarts them; in Electron quitting waits for the calls itself, and the new
   * window asks once.
   */
  closeWindowAndStart(arrived: (call: ServicesCall) => Promise<boolean>): Promise<void>;
  /**
   * Has the services die by SIGKILL right after their `writes`-th durable write
   * of the store from now on, runs `during` (which should cause those writes),
   * waits for the death and starts them again. The same moment on every run.
   * In the Electron shell the window dies with them, and with it any call into
   * the page still waiting: `during` keeps what it learns outside the page.
   */
  killAfterDurableWrites(writes: number, during: () => Promise<void>): Promise<void>;
  /** Makes every following write of the store file fail, until healStore(). */
  failStoreWrites(fault: StoreFault): Promise<void>;
  healStore(): Promise<void>;
  /** Electron shell: the next save dialog answers with this file. The browser shell has none. */
  chooseSaveFile(file: string): Promise<void>;
  /** What the app put on the system clipboard. */
  clipboard(): Promise<string>;
  /** Links the app asked to open outside, confirmed but never opened. */
  openedExternally(): Promise<string[]>;
}

type OwnedApp = NaslagApp & { dispose(): Promise<void> };

/** The in-app route a page shows, e.g. "/notities" for ".../#/notities". */
function routeOf(page: Page): string {
  const { hash } = new URL(page.url());
  return hash.startsWith('#') ? hash.slice(1) : '/';
}

async function browserApp(page: Page, dataDir: string): Promise<OwnedApp> {
  let harness: Harness = await startHarness({ dataDir });
  const port = harness.port;
  await page.context().addInitScript(installBridge);
  const send = (path: string, method: string, body?: unknown) =>
    fetch(`${harness.origin}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const control = async (path: string, method: string, body?: unknown) => {
    const response = await send(path, method, body);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  };
  const call: ServicesCall = async (channel, args = {}) =>
    (await send(`${INVOKE_PATH}${encodeURIComponent(channel)}`, 'POST', args)).json();
  // The harness listens on the same port again, so a reload keeps the route.
  const startAgain = async () => {
    harness = await startHarness({ dataDir, port });
    await app.page.reload();
  };
  const app: OwnedApp = {
    shell: 'browser',
    page,
    dataDir,
    async goto(route: string) {
      await app.page.goto(`${harness.origin}/#${route}`);
    },
    async restart() {
      await harness.stop();
      await startAgain();
    },
    async kill() {
      await harness.kill();
      await startAgain();
    },
    async closeWindowAndStart(arrived) {
      const route = routeOf(app.page);
      const context = app.page.context();
      await app.page.close();
      await expect
        .poll(() => arrived(call), {
          message: 'What the closing window sent never reached the services.',
        })
        .toBe(true);
      await harness.stop();
      harness = await startHarness({ dataDir, port });
      app.page = await context.newPage();
      await app.goto(route);
    },
    async killAfterDurableWrites(writes, during) {
      await control(KILL_AFTER_WRITES_PATH, 'POST', { writes });
      await during();
      await harness.exited();
      await startAgain();
    },
    failStoreWrites: (fault) => control(FAULTS_PATH, 'POST', fault),
    healStore: () => control(FAULTS_PATH, 'DELETE'),
    async chooseSaveFile() {
      throw new Error('De browser-shell heeft geen opslagvenster; zij slaat niets als PDF op.');
    },
    clipboard: () => app.page.evaluate(() => navigator.clipboard.readText()),
    async openedExternally() {
      const response = await fetch(`${harness.origin}${OPENED_PATH}`);
      return (await response.json()) as string[];
    },
    dispose: () => harness.stop(),
  };
  return app;
}

/**
 * Runs in Electron's main process: answers the link confirmation with "open"
 * and records the link instead of opening it, so nothing leaves the machine.
 */
function stubOutside({ dialog, shell }: typeof ElectronMain): void {
  const opened: string[] = [];
  Object.assign(globalThis, { naslagOpenedExternally: opened });
  dialog.showMessageBox = (async () => ({ response: 0, checkboxChecked: false })) as never;
  shell.openExternal = async (url: string) => {
    opened.push(url);
  };
}

type StoreControlHolder = { naslagStoreControl?: StoreControl };

async function electronApp(dataDir: string): Promise<OwnedApp> {
  let electron: ElectronApplication;
  // Links recorded by windows that have since been closed.
  let openedBefore: string[] = [];

  async function launch(route?: string): Promise<Page> {
    electron = await _electron.launch({
      args: ['.', `--data-dir=${dataDir}`],
      env: { ...process.env, NASLAG_E2E: '1' },
    });
    await electron.evaluate(stubOutside);
    const page = await electron.firstWindow();
    // The window starts on about:blank; the app is there once it shows app://naslag/.
    await page.waitForURL(/^app:\/\/naslag\//);
    if (route) await goto(page, route);
    return page;
  }
  async function goto(page: Page, route: string): Promise<void> {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, route);
  }
  /**
   * The store's test control in the main process, which the app offers only when started
   * from a checkout with NASLAG_E2E=1 (electron/main/store-fs.ts). Functions passed to
   * evaluate() run there, so each reaches it through globalThis itself.
   */
  async function expectStoreControl(): Promise<void> {
    const offered = await electron.evaluate(() => 'naslagStoreControl' in globalThis);
    if (!offered) throw new Error('Naslag draait zonder testingang naar de opslag.');
  }
  const recorded = () =>
    electron.evaluate(
      () => (globalThis as { naslagOpenedExternally?: string[] }).naslagOpenedExternally ?? [],
    );

  const page = await launch();
  const app: OwnedApp = {
    shell: 'electron',
    page,
    dataDir,
    goto: (route) => goto(app.page, route),
    async restart() {
      const route = routeOf(app.page);
      openedBefore = [...openedBefore, ...(await recorded())];
      await electron.close();
      app.page = await launch(route);
    },
    async closeWindowAndStart(arrived) {
      // Quitting closes the window first (its page sees pagehide), then waits for the services.
      await app.restart();
      const call: ServicesCall = (channel, args = {}) =>
        app.page.evaluate(([name, values]) => window.naslag!.invoke(name as Channel, values), [
          channel,
          args,
        ] as const);
      expect(await arrived(call), 'What the closing window sent never reached the services.').toBe(
        true,
      );
    },
    async kill() {
      const route = routeOf(app.page);
      openedBefore = [...openedBefore, ...(await recorded())];
      const child = electron.process();
      const exited = exitOf(child);
      child.kill('SIGKILL');
      // A second instance started before the first has gone would find the folder still locked.
      await exited;
      app.page = await launch(route);
    },
    async killAfterDurableWrites(writes, during) {
      openedBefore = [...openedBefore, ...(await recorded())];
      await expectStoreControl();
      const exited = exitOf(electron.process());
      await electron.evaluate((_electron, count) => {
        (globalThis as StoreControlHolder).naslagStoreControl!.killAfterDurableWrites(count);
      }, writes);
      await during();
      // A second instance started before the first has gone would find the folder still locked.
      await exited;
      app.page = await launch(routeOf(app.page));
    },
    async failStoreWrites(fault) {
      await expectStoreControl();
      await electron.evaluate((_electron, each) => {
        (globalThis as StoreControlHolder).naslagStoreControl!.fail(each);
      }, fault);
    },
    async healStore() {
      await expectStoreControl();
      await electron.evaluate(() => {
        (globalThis as StoreControlHolder).naslagStoreControl!.heal();
      });
    },
    async chooseSaveFile(file) {
      await electron.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never;
      }, file);
    },
    // The app's own permission handler refuses clipboard reads in the page; the main process may read it.
    clipboard: () => electron.evaluate(({ clipboard }) => clipboard.readText()),
    async openedExternally() {
      return [...openedBefore, ...(await recorded())];
    },
    dispose: () => electron.close(),
  };
  return app;
}

/** Files (path in the data folder → content) put there before the services first start, e.g. a damaged store. */
export type Seed = Record<string, string> | undefined;

async function withDataDir(seed: Seed, use: (dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'naslag-e2e-'));
  try {
    for (const [name, content] of Object.entries(seed ?? {})) {
      await mkdir(dirname(join(dataDir, name)), { recursive: true });
      await writeFile(join(dataDir, name), content);
    }
    await use(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Fixture dependencies are static, so each shell gets its own definition: the
// Electron shell must not ask for Playwright's `page`, which would start a browser.
export const test =
  SHELL === 'electron'
    ? base.extend<{ app: NaslagApp; seed: Seed }>({
        seed: [undefined, { option: true }],
        app: async ({ seed }, use) =>
          withDataDir(seed, async (dataDir) => {
            const app = await electronApp(dataDir);
            try {
              await use(app);
            } finally {
              await app.dispose();
            }
          }),
      })
    : base.extend<{ app: NaslagApp; seed: Seed }>({
        seed: [undefined, { option: true }],
        app: async ({ page, seed }, use) =>
          withDataDir(seed, async (dataDir) => {
            const app = await browserApp(page, dataDir);
            try {
              await use(app);
            } finally {
              await app.dispose();
            }
          }),
      });

export { expect };
