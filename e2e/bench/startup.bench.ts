// How fast the app opens and answers, in Chromium against the real services
// (the e2e harness), at 1366×768: cold loads of nr. 81 (time to the first
// paragraph painted, first contentful paint), library → letter, and search
// keystroke → results painted. Each cold load is a fresh browser context, so
// nothing is cached between runs. Run after `npm run build` (the bench script does).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../browser';
import { startHarness } from '../harness/process';
import { installBridge } from '../harness/bridge';
import { percentile } from './measure';

const COLD_LOADS = 15;
const LIBRARY_TO_LETTER_RUNS = 9;
/**
 * Typed one key at a time, with a pause a fast typist leaves, into an open search:
 * about seventy measured keys a session, two hundred in all, so the p95 is not one
 * unlucky key.
 */
const TYPED = [
  'encryptie',
  'kindersekstourisme',
  'politie 1113 zaken',
  'opsporing',
  'werkvoorraad',
  'Vliegende Start',
  'grooming lokpuber',
  'Interpol ICSE',
  'meldknop',
  'chemische castratie',
];
const KEY_PAUSE_MS = 200;
/** Each session types into a freshly opened app, so every key is as cold as a user's first. */
const KEY_SESSIONS = 3;
const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const READER_ROUTE = '/brief/kst-31015-81';
const LETTER_LINK = `a[href$="${READER_ROUTE}"]`;

export interface StartupReport {
  coldLoads: number;
  firstParagraphMedianMs: number;
  firstParagraphP95Ms: number;
  fcpMedianMs: number;
  fcpP95Ms: number;
  domContentLoadedMedianMs: number;
  /** The scripts the page ran before the first paragraph showed, gzipped. */
  scriptsBeforeFirstParagraphKbGzip: number;
  /** Cumulative layout shift of a cold load until the web fonts are in (0 = nothing moved). */
  layoutShiftMedian: number;
  libraryToLetterMedianMs: number;
  libraryToLetterP95Ms: number;
  keystrokes: number;
  keystrokeToPaintP50Ms: number;
  keystrokeToPaintP95Ms: number;
  /** The machine's 1-minute load average when the section started: the machine is shared. */
  loadAverage: number;
}

/**
 * Reports, from navigation start, when the first paragraph of a letter reaches
 * the page and the frame after it (its paint), with the scripts loaded by then.
 * Installed before any script runs. It calls out through a binding rather than
 * being asked: Playwright's first evaluate in a page injects its own script,
 * which would otherwise run inside the interval measured.
 */
function watchFirstParagraph(): void {
  const bench = window as unknown as {
    __naslagFirstParagraph: (ms: number, scripts: string[]) => void;
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-paragraph-id]')) return;
    observer.disconnect();
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== 'other')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'));
    requestAnimationFrame(() =>
      setTimeout(() => bench.__naslagFirstParagraph(performance.now(), scripts)),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
  });
  // tsx keeps function names through a helper, __name, that the page lacks: without it
  // the bridge throws and the app opens without its services (the offline banner).
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installBridge);
  return context.newPage();
}

/** The app must run against the services, as it does for a user: never measure the offline mode. */
async function assertConnected(page: Page): Promise<void> {
  const connected = await page.evaluate(() => 'naslag' in window);
  if (!connected)
    throw new Error('De pagina heeft geen verbinding met de diensten: de meting is ongeldig.');
}

function summary(samples: number[]): { median: number; p95: number } {
  return { median: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function coldLoad(browser: Browser, origin: string) {
  const page = await newPage(browser);
  let painted!: (first: { ms: number; scripts: string[] }) => void;
  const firstPainted = new Promise<{ ms: number; scripts: string[] }>((resolve) => {
    painted = resolve;
  });
  await page.exposeFunction('__naslagFirstParagraph', (ms: number, scripts: string[]) =>
    painted({ ms, scripts }),
  );
  await page.addInitScript(watchFirstParagraph);
  // Nothing is asked of the page until its first paragraph is painted (see watchFirstParagraph).
  await page.goto(`${origin}/#${READER_ROUTE}`, { waitUntil: 'commit' });
  const first = await firstPainted;
  const timings = await page.evaluate(async () => {
    const fcp = await new Promise<number>((resolve) =>
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true }),
    );
    // Layout shifts until the web fonts are in: how much the text moved as they arrived.
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const shifts = performance.getEntriesByType('layout-shift') as unknown as { value: number }[];
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    return {
      fcp,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN,
      layoutShift: shifts.reduce((sum, shift) => sum + shift.value, 0),
    };
  });
  await assertConnected(page);
  await page.context().close();
  return { firstParagraph: first.ms, scripts: first.scripts, ...timings };
}

/** From the click on a letter's card in the library to its first paragraph painted. */
async function libraryToLetter(browser: Browser, origin: string): Promise<number> {
  const page = await newPage(browser);
  await page.goto(`${origin}/#/`);
  await page.locator(LETTER_LINK).first().waitFor();
  await assertConnected(page);
  // Let the library settle (stored settings, notes) so the click measures the route change.
  await page.waitForTimeout(300);
  const ms = await page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const anchor = document.querySelector<HTMLAnchorElement>(selector);
        if (!anchor) throw new Error('no link to nr. 81 in the library');
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-paragraph-id]')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        anchor.click();
      }),
    LETTER_LINK,
  );
  await page.context().close();
  return ms;
}

/**
 * Per keystroke in the search field: from the key event to the frame after the
 * results panel last changed in answer to it. Keys whose answer changes nothing
 * on screen are not counted.
 */
async function keystrokesToPaint(browser: Browser, origin: string): Promise<number[]> {
  const page = await newPage(browser);
  await page.goto(`${origin}/#/`);
  await page.locator(LETTER_LINK).first().waitFor();
  await assertConnected(page);
  await page.evaluate(() => {
    const state = window as unknown as { __keyToPaint: number[]; __lastKey: number | null };
    state.__keyToPaint = [];
    state.__lastKey = null;
    let frame = 0;
    document.addEventListener(
      'keydown',
      (event) => {
        if ((event.target as HTMLElement).getAttribute('role') === 'combobox')
          state.__lastKey = event.timeStamp;
      },
      true,
    );
    new MutationObserver((mutations) => {
      const key = state.__lastKey;
      if (key === null) return;
      const inPanel = mutations.some((m) =>
        (m.target instanceof Element ? m.target : m.target.parentElement)?.closest(
          '.search-field__panel',
        ),
      );
      if (!inPanel) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setTimeout(() => {
          if (state.__lastKey === key) state.__keyToPaint.push(performance.now() - key);
        }),
      );
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.keyboard.press('Control+K');
  for (const text of TYPED) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(KEY_PAUSE_MS);
    for (const key of text) {
      await page.keyboard.type(key);
      await page.waitForTimeout(KEY_PAUSE_MS);
    }
  }
  const samples = await page.evaluate(
    () => (window as unknown as { __keyToPaint: number[] }).__keyToPaint,
  );
  await page.context().close();
  return samples;
}

export async function benchStartup(progress: (line: string) => void): Promise<StartupReport> {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('Geen build gevonden: draai eerst `npm run build`.');
  const loadAverage = loadavg()[0] ?? NaN;
  const dataDir = await mkdtemp(join(tmpdir(), 'naslag-bench-startup-'));
  const harness = await startHarness({ dataDir });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_FLAGS,
  });
  try {
    // One load to warm the server's file cache and the services, not counted.
    await coldLoad(browser, harness.origin);
    const loads = [];
    for (let run = 0; run < COLD_LOADS; run++) {
      loads.push(await coldLoad(browser, harness.origin));
      progress(`cold load ${run + 1}/${COLD_LOADS}`);
    }
    const switches = [];
    for (let run = 0; run < LIBRARY_TO_LETTER_RUNS; run++) {
      switches.push(await libraryToLetter(browser, harness.origin));
      progress(`library → letter ${run + 1}/${LIBRARY_TO_LETTER_RUNS}`);
    }
    const keys: number[] = [];
    for (let session = 0; session < KEY_SESSIONS; session++) {
      keys.push(...(await keystrokesToPaint(browser, harness.origin)));
      progress(`search keystrokes ${session + 1}/${KEY_SESSIONS}`);
    }
    const first = summary(loads.map((load) => load.firstParagraph));
    const fcp = summary(loads.map((load) => load.fcp));
    const dcl = summary(loads.map((load) => load.domContentLoaded));
    const toLetter = summary(switches);
    return {
      coldLoads: COLD_LOADS,
      firstParagraphMedianMs: first.median,
      firstParagraphP95Ms: first.p95,
      fcpMedianMs: fcp.median,
      fcpP95Ms: fcp.p95,
      domContentLoadedMedianMs: dcl.median,
      scriptsBeforeFirstParagraphKbGzip: Math.round(
        (loads[0]?.scripts ?? []).reduce(
          (sum, path) => sum + gzipSync(readFileSync(join(rendererDir, path))).length,
          0,
        ) / 1024,
      ),
      layoutShiftMedian:
        Math.round(
          percentile(
            loads.map((load) => load.layoutShift),
            50,
          ) * 1000,
        ) / 1000,
      libraryToLetterMedianMs: toLetter.median,
      libraryToLetterP95Ms: toLetter.p95,
      keystrokes: keys.length,
      keystrokeToPaintP50Ms: round(percentile(keys, 50)),
      keystrokeToPaintP95Ms: round(percentile(keys, 95)),
      loadAverage: Math.round(loadAverage * 100) / 100,
    };
  } finally {
    await browser.close();
    await harness.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
