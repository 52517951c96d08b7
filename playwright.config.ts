// One end-to-end suite, two shells. By default the specs drive the built
// renderer in Chromium against the real services (e2e/harness/server.ts);
// with NASLAG_E2E_SHELL=electron they drive the real Electron app instead.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from './e2e/browser';

const shell = process.env.NASLAG_E2E_SHELL === 'electron' ? 'electron' : 'browser';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Generous, so the suite passes on a busy machine (starting the services, a
  // restart or a scroll through a letter can take seconds there); a failing
  // expectation still fails, only later.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
    launchOptions:
      shell === 'browser'
        ? { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS }
        : undefined,
  },
});
