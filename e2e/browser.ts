// Which Chromium the browser shell runs in: an explicit NASLAG_CHROMIUM, else
// Debian's `chromium` on the PATH, else Playwright's own download when present.
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

function onPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The executable to launch, or undefined for Playwright's own browser. Throws with what to install. */
export function chromiumExecutable(): string | undefined {
  const explicit = process.env.NASLAG_CHROMIUM;
  if (explicit) {
    if (!existsSync(explicit))
      throw new Error(`NASLAG_CHROMIUM wijst naar ${explicit}, maar dat bestand bestaat niet.`);
    return explicit;
  }
  const system = onPath(['chromium', 'chromium-browser']);
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    [
      'Geen Chromium gevonden voor de end-to-end tests.',
      'Installeer er een van:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  elders:         npx playwright install chromium',
      'of wijs er een aan met NASLAG_CHROMIUM=/pad/naar/chromium.',
    ].join('\n'),
  );
}
