// Comparing nr. 81 and nr. 90: picking a theme puts both letters on it, scrolling
// one pane brings the other along by theme, a figure opens at its source
// paragraph, and the pane split and scroll setting survive a restart — against
// the real services and under the app's Content-Security-Policy.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedSettings } from './settings-helpers';

/** Scrolls a pane so a section of its letter starts at the top, as a user's scrolling would. */
async function scrollPaneTo(page: Page, side: 'links' | 'rechts', sectionId: string) {
  await page.locator(`#vergelijk-${side} .compare-pane__scroll`).evaluate((pane, id) => {
    const section = document.getElementById(id)?.closest('.letter-section');
    if (!section) throw new Error(`no section ${id}`);
    pane.scrollTop += section.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  }, `${side}-kop-${sectionId}`);
}

test('picks the theme Encryptie, marks what changed in both letters, and the other pane follows a scroll', async ({
  app,
}) => {
  const page = app.page;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.setViewportSize({ width: 1500, height: 1000 });
  await app.goto('/vergelijk');
  await expect(
    page.getByRole('heading', { level: 1, name: 'nr. 81 en nr. 90 vergelijken' }),
  ).toBeVisible();

  const themes = page.getByRole('navigation', { name: 'Wat is er veranderd, per thema' });
  await themes
    .getByRole('button', { name: /^Encryptie: van ontsleutelplicht naar decryptiebevel/ })
    .click();
  await expect(page.locator('#links-kop-encryptie')).toBeInViewport();
  await expect(page.locator('#rechts-kop-encryptie')).toBeInViewport();
  await expect(page.locator('#links-alinea-encryptie-1')).toContainText('(ontsleutelplicht)');
  await expect(page.locator('#rechts-alinea-encryptie-1')).toContainText('decryptiebevel');

  // What changed inside the restated sentence is marked in the letters themselves.
  await expect(
    page.locator('#links-alinea-encryptie-1 .text-mark--deleted').filter({
      hasText: '(ontsleutelplicht)',
    }),
  ).toHaveCount(1);
  await expect(
    page.locator('#rechts-alinea-encryptie-1 .text-mark--inserted').filter({
      hasText: 'decryptiebevel',
    }),
  ).not.toHaveCount(0);
  // Not colour alone: assistive technology reads what each mark means.
  expect(await page.locator('#links-alinea-encryptie-1').ariaSnapshot()).toContain(
    '[weggevallen: (ontsleutelplicht)]',
  );
  await page.screenshot({ path: test.info().outputPath('vergelijk-encryptie.png') });

  // Scrolling nr. 81 to its database section brings nr. 90's "Databases" into view.
  await scrollPaneTo(page, 'links', 'landelijke-en-europese-database');
  await expect(page.locator('#rechts-kop-databases')).toBeInViewport();
  await expect(
    themes.getByRole('button', { name: /^Landelijke en internationale databases/ }),
  ).toHaveAttribute('aria-current', 'true');
  // And the other way round: nr. 90's Stop It Now! has no counterpart, so nr. 81 stays and says so.
  await scrollPaneTo(page, 'rechts', 'stop-it-now');
  await expect(page.locator('#vergelijk-links')).toContainText('Dit thema staat niet in nr. 81.');
  await expect(page.locator('#links-kop-landelijke-en-europese-database')).toBeInViewport();

  // F6 moves focus from the theme list to the left pane and on to the right one.
  await themes.getByRole('button', { name: /^Stop It Now!/ }).focus();
  await page.keyboard.press('F6');
  await expect(page.locator('#vergelijk-links [data-paragraph-id]:focus')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(page.locator('#vergelijk-rechts [data-paragraph-id]:focus')).toHaveCount(1);
  // "i" opens the pane's contents at its first entry; Escape closes them again.
  await page.keyboard.press('i');
  await expect(page.locator('#vergelijk-rechts .compare-pane__toc-link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#vergelijk-rechts .compare-pane__toc summary')).toBeFocused();
  await expect(page.locator('#vergelijk-rechts .compare-pane__toc-link').first()).toBeHidden();

  expect(problems).toEqual([]);
});

test('opens a figure at its source paragraph, with the passage highlighted', async ({ app }) => {
  const page = app.page;
  await app.goto('/vergelijk');
  await page.getByRole('tab', { name: 'Cijfers door de tijd' }).click();
  const row = page.getByRole('row', { name: /^Aangeleverde verdachten 2012/ });
  await expect(row.getByRole('cell', { name: '507 verdachten' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('cijfers.png'), fullPage: true });
  await row
    .getByRole('link', {
      name: 'Open p. 1 — de bron van ‘Aangeleverde verdachten 2012’ in Kamerstuk 31 015, nr. 90',
    })
    .click();

  await expect(page).toHaveURL(/#\/brief\/kst-31015-90\/prestatieafspraken-1\?markeer=/);
  const paragraph = page.locator('#alinea-prestatieafspraken-1');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph.locator('mark.highlight')).toHaveText(
    'er zijn namelijk 507 verdachten bij het OM aangeleverd',
  );
});

test('keeps the pane split and the scroll setting across a restart', async ({ app }) => {
  let page = app.page;
  await app.goto('/vergelijk');
  const separator = page.getByRole('separator', { name: 'Verdeling tussen de brieven' });
  await expect(separator).toHaveAttribute('aria-valuenow', '50');
  await separator.focus();
  await page.keyboard.press('End');
  await expect(separator).toHaveAttribute('aria-valuenow', '80');
  const sync = page.getByRole('checkbox', { name: 'Samen scrollen' });
  await sync.uncheck();
  // Both changes are in the store before the services stop.
  await expect
    .poll(async () => {
      const stored = await storedSettings(page);
      return stored && [stored.compareSplit, stored.syncScroll];
    })
    .toEqual([0.8, false]);

  await app.restart();
  page = app.page;
  await expect(
    page.getByRole('separator', { name: 'Verdeling tussen de brieven' }),
  ).toHaveAttribute('aria-valuenow', '80');
  await expect(page.getByRole('checkbox', { name: 'Samen scrollen' })).not.toBeChecked();
});

/** The height of both panes as a share of the window's. */
async function paneShares(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    ['#vergelijk-links', '#vergelijk-rechts'].map(
      (id) => (document.querySelector(id)?.getBoundingClientRect().height ?? 0) / innerHeight,
    ),
  );
}

test('on a 1366×768 laptop the letters get the height, and every change opens in both from the keyboard', async ({
  app,
}) => {
  const page = app.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.goto('/vergelijk');
  await expect(page.locator('#vergelijk-links')).toBeVisible();
  for (const share of await paneShares(page)) expect(share).toBeGreaterThanOrEqual(0.7);
  // Title, tabs and tools share one row; the page itself does not scroll, each pane does.
  const bar = await page.locator('.compare__bar').boundingBox();
  expect(bar?.height).toBeLessThan(56);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
  await page.screenshot({ path: test.info().outputPath('vergelijk-1366.png') });

  // The change list: Tab in, arrows walk every entry, Enter opens a change in both panes.
  const list = page.getByRole('navigation', { name: 'Wat is er veranderd, per thema' });
  const entries = list.locator('.change-list__entry');
  const count = await entries.count();
  expect(count).toBeGreaterThan(40);
  await entries.first().focus();
  for (let step = 1; step < count; step += 1) await page.keyboard.press('ArrowDown');
  await expect(entries.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(entries.first()).toBeFocused();
  const change = list.getByRole('button', {
    name: /^gevorderd Ontsleutelplicht, nu decryptiebevel/,
  });
  await change.focus();
  await page.keyboard.press('Enter');
  await expect(change).toHaveAttribute('aria-current', 'true');
  await expect(change).toBeFocused();
  await expect(page).toHaveURL(/thema=encryptie&wijziging=decryptiebevel/);
  const cited = (side: 'links' | 'rechts') =>
    page.locator(`#vergelijk-${side} .text-mark--cited`).first();
  await expect(cited('links')).toBeInViewport();
  await expect(cited('rechts')).toBeInViewport();
  await expect(list.locator('.change-passages')).toContainText('nr. 81, p. 4, alinea 20');
  await page.screenshot({ path: test.info().outputPath('vergelijk-1366-wijziging.png') });
});

test('at 1024×700 the changes stand alone, and one opens in both letters from the keyboard', async ({
  app,
}) => {
  const page = app.page;
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.goto('/vergelijk');
  await expect(page.getByRole('heading', { level: 2, name: 'Wat is er veranderd' })).toBeVisible();
  await expect(page.locator('#vergelijk-links')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('wijzigingen-1024.png') });

  const open = page.getByRole('button', { name: 'Open in beide brieven' });
  const count = await open.count();
  expect(count).toBeGreaterThan(40);
  await open.first().focus();
  for (let step = 1; step < count; step += 1) await page.keyboard.press('ArrowDown');
  await expect(open.last()).toBeFocused();
  await expect(open.last()).toBeInViewport();
  await page.keyboard.press('Enter');
  // Both letters, side by side, on the change's passages (the signature, in both letters).
  await expect(page.locator('#vergelijk-links')).toBeVisible();
  await expect(page.locator('#vergelijk-links .text-mark--cited').first()).toBeInViewport();
  await expect(page.locator('#vergelijk-rechts .text-mark--cited').first()).toBeInViewport();
  // Two rows of tools here: the panes still get two thirds of the height.
  for (const share of await paneShares(page)) expect(share).toBeGreaterThanOrEqual(0.66);
  await expect(page).toHaveURL(/wijziging=/);
  await expect(page.locator('.change-list__change[aria-current="true"]')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('vergelijk-1024.png') });
  await page.getByRole('button', { name: 'Alleen wijzigingen' }).click();
  await expect(page.locator('#vergelijk-links')).toHaveCount(0);
});

test('has no accessibility violations in any of its views', async ({ app }) => {
  // axe walks two whole letters per view: slower than the other checks.
  test.setTimeout(120_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const page = app.page;
  await app.goto('/vergelijk?thema=encryptie&wijziging=decryptiebevel');
  await expect(page.locator('#vergelijk-links .text-mark--cited').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Gedeelde termen' }).check();
  for (const tab of [
    'Wijzigingen',
    'Cijfers door de tijd',
    'Toezeggingen',
    'Tijdlijn',
    'Berekend en handmatig',
  ]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(
      results.violations.map(
        (v) => `${tab}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
      ),
    ).toEqual([]);
  }
  // And the changes alone, in a narrow window.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('tab', { name: 'Wijzigingen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat is er veranderd' })).toBeVisible();
  const narrow = await new AxeBuilder({ page }).include('main').analyze();
  expect(narrow.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
