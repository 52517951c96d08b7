// Opening the app stays light: a letter shows after at most 175 KB (gzipped) of
// JavaScript and 12 KB of stylesheet (the design tokens the app never uses are
// left out of the build), what only some views need (the charts, the Markdown of notes,
// compare, the notes list) loads when it is needed, not before the letter, and
// the text never waits for the web fonts.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { loadLetters } from '../data/build/load-letters';
import { expect, test } from './fixtures';

const BUDGET_BYTES = 175 * 1024;
const STYLESHEET_BUDGET_BYTES = 12 * 1024;
const assets = fileURLToPath(new URL('../out/renderer/assets/', import.meta.url));

/** The files of one kind (scripts by default) the page fetched so far, by name. */
async function filesLoaded(page: Page, extension = '.js'): Promise<string[]> {
  const names = await page.evaluate(
    (wanted) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== 'other')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith(wanted)),
    extension,
  );
  return names.map((path) => basename(path));
}

const gzipped = (name: string) => gzipSync(readFileSync(`${assets}${name}`)).length;

test('a letter shows after at most 175 KB of gzipped JavaScript and 12 KB of stylesheet, without the charts or the Markdown stack', async ({
  app,
}) => {
  test.skip(app.shell !== 'browser', 'the build output is measured as the browser shell serves it');
  const page = app.page;
  await app.goto('/brief/kst-31015-81');
  await expect(page.locator('[data-paragraph-id]').first()).toBeVisible();

  const scripts = await filesLoaded(page);
  expect(scripts.some((name) => name.startsWith('index-'))).toBe(true);
  const total = scripts.reduce((sum, name) => sum + gzipped(name), 0);
  expect(total, `${scripts.join(', ')}: ${Math.round(total / 1024)} KB`).toBeLessThanOrEqual(
    BUDGET_BYTES,
  );
  const stylesheets = await filesLoaded(page, '.css');
  const styleTotal = stylesheets.reduce((sum, name) => sum + gzipped(name), 0);
  expect(stylesheets.length).toBeGreaterThan(0);
  expect(
    styleTotal,
    `${stylesheets.join(', ')}: ${Math.round(styleTotal / 1024)} KB`,
  ).toBeLessThanOrEqual(STYLESHEET_BUDGET_BYTES);
  // zod (the schemas) loads with the views that validate, never before a letter.
  for (const heavy of [
    'LetterChartPlot-',
    'note-markdown-',
    'ComparePage-',
    'NotesPage-',
    'zod-jitless-',
  ])
    expect(scripts.filter((name) => name.startsWith(heavy))).toEqual([]);
});

test('the werkvoorraad chart is drawn once scrolled to, and compare and the notes list load on their first visit', async ({
  app,
}) => {
  test.skip(app.shell !== 'browser', 'the build output is measured as the browser shell serves it');
  const page = app.page;
  await app.goto('/brief/kst-31015-81');
  const chart = page.getByRole('img', { name: /^Lijngrafiek bij Werkvoorraad/ });
  await expect(chart).toBeAttached();
  await expect(chart.locator('svg')).toHaveCount(0);

  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg').first()).toBeVisible();
  expect((await filesLoaded(page)).some((name) => name.startsWith('LetterChartPlot-'))).toBe(true);

  await page.getByRole('link', { name: 'Vergelijken', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /vergelijken$/ })).toBeVisible();
  expect((await filesLoaded(page)).some((name) => name.startsWith('ComparePage-'))).toBe(true);
  await page.getByRole('link', { name: 'Notities', exact: true }).first().click();
  await expect(page).toHaveURL(/#\/notities$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Notities' })).toBeVisible();
});

test('the letter’s text shows while the web fonts are still on their way', async ({ app }) => {
  test.skip(app.shell !== 'browser', 'holding back the fonts needs the browser shell’s network');
  const page = app.page;
  let releaseFonts = () => {};
  const fontsHeld = new Promise<void>((resolve) => (releaseFonts = resolve));
  await page.route(/\.woff2?$/, async (route) => {
    await fontsHeld;
    await route.continue();
  });
  // The held fonts hold the load event too, so the navigation finishes after they come.
  const opening = app.goto('/brief/kst-31015-81');
  const paragraph = page.locator('[data-paragraph-id]').first();
  await expect(paragraph).toBeVisible();
  // Drawn, not just laid out: a blank box compresses to a few hundred bytes of PNG, lines of
  // text do not. Straight from the browser, as Playwright's own screenshots wait for the fonts.
  const box = (await paragraph.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const { data } = (await cdp.send('Page.captureScreenshot', {
    clip: { ...box, scale: 1 },
  })) as { data: string };
  expect(Buffer.from(data, 'base64').length).toBeGreaterThan(1000);
  expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"'))).toBe(false);
  releaseFonts();
  await opening;
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('16px "Source Serif 4"')))
    .toBe(true);
});

test('the first screen of a letter is drawn to the window’s bottom edge before the rest follows', async ({
  app,
}) => {
  test.skip(
    app.shell !== 'browser',
    'the window sizes are set through the browser shell’s viewport',
  );
  const page = app.page;
  // What the first render of the letter drew, measured the moment its first paragraph arrived.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const text = document.querySelector('.letter-text');
      if (!text?.querySelector('[data-paragraph-id]')) return;
      observer.disconnect();
      Object.assign(window, {
        firstScreen: {
          bottom: text.getBoundingClientRect().bottom,
          windowHeight: window.innerHeight,
          paragraphs: text.querySelectorAll('[data-paragraph-id]').length,
        },
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const paragraphs = loadLetters().letters.find((letter) => letter.nr === 81)!.paragraphs.length;
  await app.goto('/brief/kst-31015-81');
  const all = page.locator('.letter-text [data-paragraph-id]');
  for (const [width, height] of [
    [1366, 768],
    [1024, 700],
    [1920, 1200],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.reload();
    await expect(all).toHaveCount(paragraphs);
    const first = await page.evaluate(
      () =>
        (
          window as unknown as {
            firstScreen: { bottom: number; windowHeight: number; paragraphs: number };
          }
        ).firstScreen,
    );
    expect(first.windowHeight).toBe(height);
    expect(first.bottom, `${width}×${height}`).toBeGreaterThanOrEqual(height);
    expect(first.paragraphs, `${width}×${height}`).toBeLessThan(paragraphs);
  }
});
