import { describe, expect, it } from 'vitest';
import { chooseChromium, ensureChromium } from './browser';
import type { ChromiumChoice, ChromiumProbe } from './browser';

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

function probe(machine: {
  explicit?: string;
  files?: string[];
  path?: Record<string, string>;
}): ChromiumProbe {
  const files = new Set(machine.files ?? []);
  return {
    explicit: machine.explicit,
    exists: (path) => files.has(path),
    onPath: (names) => names.map((name) => machine.path?.[name]).find(Boolean),
    playwrightExecutable: PLAYWRIGHT,
  };
}

describe('chooseChromium', () => {
  it('takes NASLAG_CHROMIUM first, and calls it a mistake when it names nothing', () => {
    const machine = {
      path: { chromium: '/usr/bin/chromium' },
      files: ['/opt/c/chrome', PLAYWRIGHT],
    };
    expect(chooseChromium(probe({ ...machine, explicit: '/opt/c/chrome' }))).toEqual({
      kind: 'executable',
      path: '/opt/c/chrome',
    });
    expect(chooseChromium(probe({ ...machine, explicit: '/opt/weg' }))).toEqual({
      kind: 'explicit-missing',
      path: '/opt/weg',
    });
  });

  it("prefers the system's Chromium to Playwright's own", () => {
    expect(
      chooseChromium(
        probe({ path: { 'chromium-browser': '/usr/bin/chromium-browser' }, files: [PLAYWRIGHT] }),
      ),
    ).toEqual({ kind: 'executable', path: '/usr/bin/chromium-browser' });
  });

  it("uses Playwright's own when it is installed, and asks for it to be installed when not", () => {
    expect(chooseChromium(probe({ files: [PLAYWRIGHT] }))).toEqual({ kind: 'playwright' });
    expect(chooseChromium(probe({}))).toEqual({ kind: 'install' });
  });
});

describe('ensureChromium', () => {
  function run(
    choice: ChromiumChoice,
    downloads: boolean,
    shell: 'browser' | 'electron' = 'browser',
  ) {
    const messages: string[] = [];
    let downloaded = 0;
    const code = ensureChromium({
      shell,
      choice,
      download: () => (downloaded++, downloads),
      report: (message) => messages.push(message),
    });
    return { code, downloaded, messages };
  }

  it("downloads Playwright's Chromium on a machine without any, so npm test needs nothing else", () => {
    expect(run({ kind: 'install' }, true)).toEqual({
      code: 0,
      downloaded: 1,
      messages: [expect.stringContaining('npx playwright install chromium')],
    });
  });

  it('says which package to install when the download fails (no network)', () => {
    const { code, downloaded, messages } = run({ kind: 'install' }, false);
    expect([code, downloaded]).toEqual([1, 1]);
    expect(messages.at(-1)).toContain('sudo apt-get install chromium');
  });

  it('downloads nothing when a Chromium is there, or the Electron shell is tested', () => {
    for (const choice of [
      { kind: 'executable', path: '/usr/bin/chromium' },
      { kind: 'playwright' },
    ] as const)
      expect(run(choice, true)).toEqual({ code: 0, downloaded: 0, messages: [] });
    expect(run({ kind: 'install' }, true, 'electron')).toEqual({
      code: 0,
      downloaded: 0,
      messages: [],
    });
  });

  it('stops on a NASLAG_CHROMIUM that names nothing, rather than download another', () => {
    expect(run({ kind: 'explicit-missing', path: '/opt/weg' }, true)).toEqual({
      code: 1,
      downloaded: 0,
      messages: ['NASLAG_CHROMIUM wijst naar /opt/weg, maar dat bestand bestaat niet.'],
    });
  });
});
