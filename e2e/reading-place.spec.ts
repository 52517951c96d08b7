// Keeping the reader's place: searching, the help and dialogs never move the
// letter, Escape goes back to where focus was, and the saved reading position
// changes only by reading. Plus the keyboard alone: selecting a sentence,
// highlighting and noting it, and copying only the letter's words.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { listNotes, readUntil } from './notes-helpers';

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

async function storedPosition(page: Page, letterId: string): Promise<string | null> {
  return page.evaluate(async (id) => {
    const outcome = await window.naslag!.invoke('reading:get', { letterId: id });
    return outcome.ok
      ? ((outcome.value as { paragraphId: string } | null)?.paragraphId ?? null)
      : null;
  }, letterId);
}

test('searching, help and Escape leave the letter, the focus and the saved position where they were', async ({
  app,
}) => {
  const page = app.page;
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.goto('/brief/kst-31015-81');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await readUntil(page, 'alinea-encryptie-1');
  await expect.poll(() => storedPosition(page, 'kst-31015-81')).not.toBeNull();
  // Scrolling has stopped and its position has landed.
  await page.waitForTimeout(1_500);
  const saved = await storedPosition(page, 'kst-31015-81');
  expect(saved).not.toMatch(/^opening-/);

  // Keyboard only from here: j puts focus on the paragraph being read.
  await page.keyboard.press('j');
  const focused = await page.evaluate(() => document.activeElement?.id);
  expect(focused).toMatch(/^alinea-/);
  const place = await scrollY(page);

  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: /Zoek/ });
  await expect(search).toBeFocused();
  // The header stays in view, so the field is reachable without scrolling the letter.
  await expect(search).toBeInViewport();
  expect(await scrollY(page)).toBe(place);
  await page.keyboard.type('ontsleutelplicht');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(`#${focused}`)).toBeFocused();
  expect(await scrollY(page)).toBe(place);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Sneltoetsen' })).toBeVisible();
  expect(await scrollY(page)).toBe(place);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator(`#${focused}`)).toBeFocused();
  expect(await scrollY(page)).toBe(place);

  // Opening a search result elsewhere is a jump, not reading: the position stays.
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Leaseweb');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/leaseweb/i);
  await page.waitForTimeout(1_500);
  expect(await storedPosition(page, 'kst-31015-81')).toBe(saved);

  // And back: the letter is where the user was reading.
  await page.goBack();
  await expect(page).toHaveURL(/#\/brief\/kst-31015-81$/);
  await expect(page.locator(`#alinea-${saved}`)).toBeInViewport();
});

test('selects a sentence with the keyboard, extends it by a word, highlights and notes it without a mouse', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie-2');
  await expect(page.locator('#alinea-encryptie-2')).toBeFocused();

  await page.keyboard.press('s');
  await expect
    .poll(() => page.evaluate(() => getSelection()?.toString()))
    .toBe('Inmiddels zit dit onderzoek in de afrondende fase.');
  await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(() => page.evaluate(() => getSelection()?.toString().trim()))
    .toBe('Inmiddels zit dit onderzoek in de afrondende fase. Uit');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('h');
  await expect(page.locator('#alinea-encryptie-2 mark.note-mark').first()).toContainText(
    'Inmiddels zit dit onderzoek',
  );
  await expect.poll(async () => (await listNotes(page)).length).toBe(1);

  // n on a focused paragraph, without a selection, notes the whole paragraph.
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.locator('#alinea-encryptie-3').focus();
  await page.keyboard.press('n');
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Notitie' })).toBeFocused();
  await page.keyboard.type('Hele alinea, van het toetsenbord');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await expect
    .poll(async () => (await listNotes(page)).map((note) => note.body))
    .toContain('Hele alinea, van het toetsenbord');
});

test('copies only the letter’s words across two paragraphs and a page break', async ({ app }) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie-2');
  // From "fase." in encryptie-2 across its page break (p. 5) into the start of encryptie-3.
  await page.evaluate(() => {
    const textOf = (id: string) => document.querySelector(`#alinea-${id} [data-paragraph-text]`)!;
    const pointIn = (element: Element, wanted: string, after: boolean): [Node, number] => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.parentElement?.closest('[data-no-copy]')) continue;
        const at = node.textContent!.indexOf(wanted);
        if (at >= 0) return [node, at + (after ? wanted.length : 0)];
      }
      throw new Error(wanted);
    };
    const range = document.createRange();
    range.setStart(...pointIn(textOf('encryptie-2'), 'mits een eventuele', false));
    range.setEnd(...pointIn(textOf('encryptie-3'), 'In de komende maanden', true));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+c');
  const copied = await clipboard(page);
  expect(copied).toMatch(/^mits een eventuele wettelijke regeling/);
  expect(copied).toContain('is omkleed. Zo zal naarmate de dwang');
  expect(copied).toMatch(/rechtsbescherming\.\n\nIn de komende maanden$/);
  for (const label of ['Citeer', 'Link', 'Notitie', 'p. 5', 'pagina', 'Alinea'])
    expect(copied).not.toContain(label);

  // The citation of the same selection names the page range.
  await page.keyboard.press('c');
  await expect
    .poll(() => clipboard(page))
    .toMatch(/\(Kamerstukken II 2012\/13, 31 015, nr\. 81, p\. 4-5\)$/);
});
