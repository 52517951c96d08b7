// The `app` fixture: Naslag running in one of its two shells, with a fresh data
// folder per test, and the means to restart or kill the services on that same
// folder so a spec can check what survives.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { startHarness } from './harness/process';
import type { Harness } from './harness/process';

export type Shell = 'browser' | 'electron';
export const SHELL: Shell = process.env.NASLAG_E2E_SHELL === 'electron' ? 'electron' : 'browser';

export interface NaslagApp {
  shell: Shell;
  page: Page;
  dataDir: string;
  /** Open an in-app route, e.g. "/brief/kst-31015-81". */
  goto(route: string): Promise<void>;
  /** Stop the services gracefully and start them again on the same data folder. */
  restart(): Promise<void>;
  /** Kill the services with SIGKILL (no chance to flush) and start them again. */
  kill(): Promise<void>;
  /** Links the app asked to open outside (browser shell: recorded, never opened). */
  openedExternally(): Promise<string[]>;
}

/** Injected into the page by the fixture only: the production bundle has no such transport. */
function installBridge(): void {
  const target = window as unknown as { naslag: unknown };
  target.naslag = {
    invoke: async (channel: string, args: unknown) => {
      const response = await fetch(`/__naslag/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
      return response.json();
    },
  };
}

async function browserApp(
  page: Page,
  dataDir: string,
): Promise<NaslagApp & { dispose(): Promise<void> }> {
  let harness: Harness = await startHarness({ dataDir });
  const port = harness.port;
  await page.context().addInitScript(installBridge);
  const app = {
    shell: 'browser' as const,
    page,
    dataDir,
    async goto(route: string) {
      await page.goto(`${harness.origin}/#${route}`);
    },
    async restart() {
      await harness.stop();
      harness = await startHarness({ dataDir, port });
      await page.reload();
    },
    async kill() {
      await harness.kill();
      harness = await startHarness({ dataDir, port });
      await page.reload();
    },
    async openedExternally() {
      const response = await fetch(`${harness.origin}/__naslag/opened`);
      return (await response.json()) as string[];
    },
    dispose: () => harness.stop(),
  };
  return app;
}

async function electronApp(dataDir: string): Promise<NaslagApp & { dispose(): Promise<void> }> {
  const launch = () =>
    _electron.launch({
      args: ['.', `--data-dir=${dataDir}`],
      env: { ...process.env, NASLAG_E2E: '1' },
    });
  let electron: ElectronApplication = await launch();
  const app: NaslagApp & { dispose(): Promise<void> } = {
    shell: 'electron',
    page: await electron.firstWindow(),
    dataDir,
    async goto(route: string) {
      await app.page.evaluate((hash) => {
        window.location.hash = hash;
      }, route);
    },
    async restart() {
      await electron.close();
      electron = await launch();
      app.page = await electron.firstWindow();
    },
    async kill() {
      electron.process().kill('SIGKILL');
      electron = await launch();
      app.page = await electron.firstWindow();
    },
    async openedExternally() {
      return [];
    },
    dispose: () => electron.close(),
  };
  return app;
}

/** Files (name → content) put in the data folder before the services first start, e.g. a damaged store. */
export type Seed = Record<string, string> | undefined;

async function withDataDir(seed: Seed, use: (dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'naslag-e2e-'));
  try {
    for (const [name, content] of Object.entries(seed ?? {}))
      await writeFile(join(dataDir, name), content);
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
