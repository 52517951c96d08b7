// Opening the app stays light: a letter shows after at most 250 KB (gzipped) of
// JavaScript, and what only some views need (the charts, the Markdown of notes,
// compare, the notes list) loads when it is needed, not before the letter.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BUDGET_BYTES = 250 * 1024;
const assets = fileURLToPath(new URL('../out/renderer/assets/', import.meta.url));

/** The scripts the page itself (not a worker) fetched so far, by file name. */
async function scriptsLoaded(page: Page): Promise<string[]> {
  const names = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== 'other')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
  return names.map((path) => basename(path));
}

const gzipped = (name: string) => gzipSync(readFileSync(`${assets}${name}`)).length;

test('a letter shows after at most 250 KB of gzipped JavaScript, without the charts or the Markdown stack', async ({
  app,
}) => {
  test.skip(app.shell !== 'browser', 'the build output is measured as the browser shell serves it');
  const page = app.page;
  await app.goto('/brief/kst-31015-81');
  await expect(page.locator('[data-paragraph-id]').first()).toBeVisible();

  const scripts = await scriptsLoaded(page);
  expect(scripts.some((name) => name.startsWith('index-'))).toBe(true);
  const total = scripts.reduce((sum, name) => sum + gzipped(name), 0);
  expect(total, `${scripts.join(', ')}: ${Math.round(total / 1024)} KB`).toBeLessThanOrEqual(
    BUDGET_BYTES,
  );
  for (const heavy of ['LetterChartPlot-', 'note-markdown-', 'ComparePage-', 'NotesPage-'])
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
  expect((await scriptsLoaded(page)).some((name) => name.startsWith('LetterChartPlot-'))).toBe(
    true,
  );

  await page.getByRole('link', { name: 'Vergelijken', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /vergelijken$/ })).toBeVisible();
  expect((await scriptsLoaded(page)).some((name) => name.startsWith('ComparePage-'))).toBe(true);
  await page.getByRole('link', { name: 'Notities', exact: true }).first().click();
  await expect(page).toHaveURL(/#\/notities$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Notities' })).toBeVisible();
});
