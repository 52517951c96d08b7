// Which Chromium the browser shell runs in: an explicit NASLAG_CHROMIUM, else
// Debian's `chromium` on the PATH, else Playwright's own download, which
// `npm run test:e2e` fetches first on a machine that has none (ensure-chromium.ts).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet and off the network in a locked-down machine. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type ChromiumChoice =
  /** Launch this executable (NASLAG_CHROMIUM, or the system's Chromium). */
  | { kind: 'executable'; path: string }
  /** Playwright's own Chromium is installed: launch that. */
  | { kind: 'playwright' }
  /** No Chromium anywhere: Playwright's own must be downloaded first. */
  | { kind: 'install' }
  /** NASLAG_CHROMIUM names a file that does not exist: a mistake to report, not to paper over. */
  | { kind: 'explicit-missing'; path: string };

/** What the machine has, as far as the choice needs to know. */
export interface ChromiumProbe {
  explicit: string | undefined;
  exists(path: string): boolean;
  /** The first of these names found on the PATH. */
  onPath(names: string[]): string | undefined;
  playwrightExecutable: string;
}

export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  if (probe.explicit) {
    return probe.exists(probe.explicit)
      ? { kind: 'executable', path: probe.explicit }
      : { kind: 'explicit-missing', path: probe.explicit };
  }
  const system = probe.onPath(['chromium', 'chromium-browser']);
  if (system) return { kind: 'executable', path: system };
  if (probe.exists(probe.playwrightExecutable)) return { kind: 'playwright' };
  return { kind: 'install' };
}

export function machineProbe(): ChromiumProbe {
  return {
    explicit: process.env.NASLAG_CHROMIUM,
    exists: existsSync,
    onPath(names) {
      for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        for (const name of names) {
          const candidate = join(dir, name);
          if (dir && existsSync(candidate)) return candidate;
        }
      }
      return undefined;
    },
    playwrightExecutable: chromium.executablePath(),
  };
}

export const chromiumMessages = {
  explicitMissing: (path: string) =>
    `NASLAG_CHROMIUM wijst naar ${path}, maar dat bestand bestaat niet.`,
  downloading: () =>
    'Geen Chromium gevonden voor de end-to-end tests: Playwright haalt nu zijn eigen Chromium op ' +
    '(npx playwright install chromium).',
  missing: () =>
    [
      'Geen Chromium gevonden voor de end-to-end tests.',
      'Installeer er een van:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  elders:         npx playwright install chromium',
      'of wijs er een aan met NASLAG_CHROMIUM=/pad/naar/chromium.',
    ].join('\n'),
};

/**
 * Run before the end-to-end suite: on a machine without any Chromium, download Playwright's
 * own, so `npm test` needs no third command. Where that fails (no network, as in a locked-down
 * build machine), say what to install instead. Returns the exit code.
 */
export function ensureChromium(options: {
  shell: 'browser' | 'electron';
  choice: ChromiumChoice;
  /** Downloads Playwright's Chromium; true when that worked. */
  download: () => boolean;
  report: (message: string) => void;
}): number {
  const { shell, choice, download, report } = options;
  if (shell === 'electron') return 0;
  if (choice.kind === 'explicit-missing') {
    report(chromiumMessages.explicitMissing(choice.path));
    return 1;
  }
  if (choice.kind !== 'install') return 0;
  report(chromiumMessages.downloading());
  if (download()) return 0;
  report(chromiumMessages.missing());
  return 1;
}

/** The executable to launch, or undefined for Playwright's own browser. Throws with what to install. */
export function chromiumExecutable(): string | undefined {
  const choice = chooseChromium(machineProbe());
  switch (choice.kind) {
    case 'executable':
      return choice.path;
    case 'playwright':
      return undefined;
    case 'explicit-missing':
      throw new Error(chromiumMessages.explicitMissing(choice.path));
    case 'install':
      throw new Error(chromiumMessages.missing());
  }
}
