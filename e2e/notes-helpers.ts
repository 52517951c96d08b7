// Shared steps of the notes specs: selecting, highlighting, importing, and
// reading the store the way the services see it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeStoreFs } from '../electron/services/store/fs';
import { JOURNAL_FILE, readDurableStore } from '../electron/services/store/journal';
import type { StoreData } from '../electron/services/store/schema';
import { STORE_FILE } from '../electron/services/store/store-file';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Selects a phrase in a paragraph's text as a user's drag would. */
export async function selectPhrase(page: Page, paragraphId: string, phrase: string): Promise<void> {
  await page.evaluate(
    ([id, wanted]) => {
      const element = document.querySelector(`#alinea-${id} [data-paragraph-text]`);
      if (!element) throw new Error(`no paragraph ${id}`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: { node: Node; start: number }[] = [];
      let text = '';
      while (walker.nextNode()) {
        nodes.push({ node: walker.currentNode, start: text.length });
        text += walker.currentNode.textContent ?? '';
      }
      const at = text.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in ${id}`);
      const point = (offset: number) => {
        const hit = [...nodes].reverse().find((candidate) => candidate.start <= offset)!;
        return [hit.node, offset - hit.start] as const;
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + wanted.length));
      element.scrollIntoView({ block: 'center' });
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    [paragraphId, phrase] as const,
  );
}

export const note = (id: string, body: string) => ({
  id,
  letterId: 'kst-31015-81',
  paragraphId: 'encryptie-3',
  quote: null,
  position: null,
  color: 'blue',
  body,
  tags: ['burst'],
  created: '2024-05-01T10:00:00.000Z',
  modified: '2024-05-01T10:00:00.000Z',
});

/** What the services will find on disk: naslag.json with its journal replayed onto it. */
export function storedData(dataDir: string): Promise<StoreData> {
  return readDurableStore(nodeStoreFs, dataDir);
}

/** The bytes of naslag.json and of its journal, side by side, to compare for any change. */
async function storeBytes(dataDir: string): Promise<string> {
  const read = (name: string) => readFile(join(dataDir, name), 'utf8').catch(() => '');
  return `${await read(STORE_FILE)}\n--\n${await read(JOURNAL_FILE)}`;
}

/**
 * The store's files once the reader has saved where the user was in `letterId`:
 * leaving the reader sends its last position at once and queues no more, so
 * the store is settled when it holds that position and reads the same twice.
 */
export async function settledStore(dataDir: string, letterId: string): Promise<string> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const current = await storeBytes(dataDir);
        const settled =
          current === previous && letterId in (await storedData(dataDir)).readingPositions;
        previous = current;
        return settled;
      },
      { message: `the store records the reading position in ${letterId}`, timeout: 15_000 },
    )
    .toBe(true);
  return previous;
}

/** The store's files as they are now, to compare with what settledStore gave. */
export const currentStore = storeBytes;

export async function listNotes(page: Page): Promise<{ id: string; body: string }[]> {
  return page.evaluate(async () => {
    const outcome = await window.naslag!.invoke('notes:list', {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value as { id: string; body: string }[];
  });
}

export async function storeProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const outcome = await window.naslag!.invoke('store:status', {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    return (outcome.value as { problems: { kind: string; message: string }[] }).problems.map(
      (problem) => `${problem.kind}: ${problem.message}`,
    );
  });
}

/** Highlights a phrase through the toolbar and waits until the store has it. */
export async function highlight(page: Page, paragraphId: string, phrase: string, color = 'geel') {
  await selectPhrase(page, paragraphId, phrase);
  await page.getByRole('button', { name: `Markeer ${color}` }).click();
  await expect(
    page.locator(`#alinea-${paragraphId} mark.note-mark`, { hasText: phrase }),
  ).toBeVisible();
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);
}

export async function importFile(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel('Importeer notities uit een bestand').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

export const annotation = (id: string, exact: string, paragraphId: string, body: string) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: `urn:naslag:note:${id}`,
  type: 'Annotation',
  body: [{ type: 'TextualBody', value: body, purpose: 'commenting' }],
  target: {
    source: 'https://zoek.officielebekendmakingen.nl/kst-31015-81',
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'FragmentSelector', value: paragraphId },
    ],
  },
});

/** Scrolls with the mouse wheel until an element is just below the header, as a reader would. */
export async function readUntil(page: Page, elementId: string) {
  await page.mouse.move(600, 400);
  for (let i = 0; i < 40; i++) {
    const top = await page
      .locator(`#${elementId}`)
      .evaluate((element) => element.getBoundingClientRect().top);
    const distance = top - 110;
    if (Math.abs(distance) < 15) return;
    await page.mouse.wheel(0, Math.max(-600, Math.min(600, distance)));
    await page.waitForTimeout(50);
  }
}
