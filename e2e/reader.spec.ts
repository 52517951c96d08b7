// Reading a letter: the contents, page markers, footnotes, tables, citing with
// the clipboard, deep links and the reading position across a restart, all
// against the real services and under the app's Content-Security-Policy.
import type { NaslagBridge } from '../core/contract/api';
import { expect, test } from './fixtures';
import { storedSettings } from './settings-helpers';
import { readUntil } from './notes-helpers';

test('jumps through the contents to Encryptie, shows where page 5 begins, and goes back', async ({
  app,
}) => {
  const page = app.page;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await app.goto('/brief/kst-31015-81');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Voortgang aanpak kinderpornografie' }),
  ).toBeVisible();

  const contents = page.getByRole('navigation', { name: 'Inhoud van de brief' });
  await contents.getByRole('link', { name: 'Encryptie' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Encryptie' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveURL(/#\/brief\/kst-31015-81\/encryptie$/);

  // Page 5 begins inside the second paragraph on encryption ("Zo zal | naarmate").
  const marker = page.locator('#alinea-encryptie-2 [data-page="5"]');
  await expect(marker).toBeVisible();
  await expect(marker).toContainText('p. 5');

  await page.goBack();
  await expect(page).toHaveURL(/#\/brief\/kst-31015-81$/);
  // The charts and everything else ran under the CSP without a single violation.
  expect(problems).toEqual([]);
});

test('lands a deep link at the top of the window, also with a larger stored text size', async ({
  app,
}) => {
  let page = app.page;
  await app.goto('/');
  await page.getByRole('button', { name: 'Weergave' }).click();
  await page.getByRole('button', { name: 'Grotere tekst' }).click();
  await page.getByRole('button', { name: 'Grotere tekst' }).click();
  await page.keyboard.press('Escape');
  // Saved a moment after the click: in the store before the services stop.
  await expect.poll(async () => (await storedSettings(page))?.fontScale).toBeCloseTo(1.2);

  await app.restart();
  page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  const heading = page.getByRole('heading', { level: 2, name: 'Encryptie' });
  await expect(heading).toBeFocused();
  // The stored size and the web fonts arrive after the first paint; the heading must end up on top.
  await expect
    .poll(() =>
      page.evaluate(() => document.documentElement.style.getPropertyValue('--naslag-font-scale')),
    )
    .toBe('1.2');
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const top = () => heading.evaluate((element) => element.getBoundingClientRect().top);
  await expect.poll(top).toBeGreaterThanOrEqual(0);
  await expect.poll(top).toBeLessThan(100);
});

test('copies a paragraph, and a selection, with its pinpoint citation', async ({ app }) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  const paragraph = page.locator('#alinea-encryptie-1');
  await paragraph.hover();
  await page.getByRole('button', { name: 'Citeer alinea 19' }).click();
  await expect(page.getByRole('status')).toHaveText('Citaat gekopieerd');
  const quotation = await app.clipboard();
  expect(quotation.startsWith('‘In mijn brief van 27 januari 2012 heb ik uw Kamer bericht')).toBe(
    true,
  );
  expect(
    quotation.endsWith('(ontsleutelplicht).’ (Kamerstukken II 2012/13, 31 015, nr. 81, p. 4)'),
  ).toBe(true);

  // A selection across the page break inside the next paragraph cites p. 4-5.
  await page.evaluate(() => {
    const runs = document.querySelectorAll<HTMLElement>('#alinea-encryptie-2 [data-offset]');
    const [before, after] = [runs[0]?.firstChild, runs[1]?.firstChild];
    if (!before || !after) throw new Error('the paragraph has no page break');
    const range = document.createRange();
    range.setStart(
      before,
      (before.textContent?.length ?? 0) - 'waarborgen is omkleed. Zo zal '.length,
    );
    range.setEnd(after, 'naarmate de dwang'.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    document.getElementById('alinea-encryptie-2')?.focus();
  });
  await page.keyboard.press('c');
  await expect
    .poll(() => app.clipboard())
    .toBe(
      '‘waarborgen is omkleed. Zo zal naarmate de dwang’ (Kamerstukken II 2012/13, 31 015, nr. 81, p. 4-5)',
    );
});

test('says that a footnote’s text is not in the source, and Escape returns focus', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81');
  const footnote = page.getByRole('button', { name: 'Voetnoot 1' }).first();
  await footnote.click();
  await expect(footnote).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('dialog', { name: 'Voetnoot 1' })).toContainText(
    'De tekst van voetnoot 1 staat niet in de brontekst; zie de officiële publicatie.',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Voetnoot 1' })).toHaveCount(0);
  await expect(footnote).toBeFocused();
});

test('reads the werkvoorraad table cell by cell', async ({ app }) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/werkvoorraad');
  const table = page.getByRole('table', { name: /^Werkvoorraad kinderpornografiezaken/ });
  await expect(table.getByRole('columnheader')).toHaveText([
    '4e kw. 2009',
    '1e kw. 2010',
    '2e kw. 2010',
    '3e kw. 2010',
    '4e kw. 2010',
    '1e kw. 2011',
    '2e kw. 2011',
    '3e kw. 2011',
    '4e kw. 2011',
    '1e kw. 2012',
    '2e kw. 2012',
  ]);
  await expect(table.getByRole('cell')).toHaveText([
    '809',
    '779',
    '605',
    '991',
    '770',
    '986',
    '987',
    '1 065',
    '1 113',
    '1 017',
    '802',
  ]);
  await expect(page.getByRole('img', { name: /^Lijngrafiek bij Werkvoorraad/ })).toBeVisible();
});

test('follows a copied deep link after a restart', async ({ app }) => {
  let page = app.page;
  await app.goto('/brief/kst-31015-90');
  await page.locator('#alinea-grooming-2').hover();
  await page.getByRole('button', { name: 'Kopieer een link naar alinea 40' }).click();
  await expect(page.getByRole('status')).toHaveText('Link gekopieerd');
  const link = await app.clipboard();
  expect(link).toMatch(/#\/brief\/kst-31015-90\/grooming-2$/);

  await app.restart();
  page = app.page;
  await app.goto(link.slice(link.indexOf('#') + 1));
  const paragraph = page.locator('#alinea-grooming-2');
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toBeInViewport();
});

test('opens a letter where the user stopped reading, after a restart', async ({ app }) => {
  let page = app.page;
  await app.goto('/brief/kst-31015-90');
  await readUntil(page, 'kop-databases');
  // The position is saved a moment after scrolling stops; wait until the store has it.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const bridge = (window as unknown as { naslag: NaslagBridge }).naslag;
        const outcome = await bridge.invoke('reading:get', { letterId: 'kst-31015-90' });
        return outcome.ok ? (outcome.value as { paragraphId: string } | null)?.paragraphId : null;
      }),
    )
    .toBe('databases-1');

  await app.goto('/');
  await app.restart();
  page = app.page;
  await app.goto('/brief/kst-31015-90');
  await expect(page.locator('#alinea-databases-1')).toBeInViewport();
  await expect(page.getByRole('status')).toHaveText('Verder lezen bij alinea 32');
});
