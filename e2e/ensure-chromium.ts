// `npm run test:e2e` runs this first: it downloads Playwright's Chromium on a machine that has
// no Chromium at all, and otherwise does nothing (see ensureChromium in browser.ts).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chooseChromium, ensureChromium, machineProbe } from './browser';

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

process.exitCode = ensureChromium({
  shell: process.env.NASLAG_E2E_SHELL === 'electron' ? 'electron' : 'browser',
  choice: chooseChromium(machineProbe()),
  download: () =>
    spawnSync(process.execPath, [playwrightCli, 'install', 'chromium'], { stdio: 'inherit' })
      .status === 0,
  report: (message) => console.error(message),
});
