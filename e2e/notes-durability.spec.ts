// Notes that are never lost: kept across a restart, not lost when the services
// are killed mid-save, a damaged store set aside and reported, a failed save
// shown as unsaved.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  selectPhrase,
  note,
  listNotes,
  storeProblems,
  highlight,
  storedData,
} from './notes-helpers';

test('highlights and notes a passage, and finds both again after a restart', async ({ app }) => {
  // Restarts the services: slower than a plain view.
  test.slow();
  let page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');

  await selectPhrase(page, 'encryptie-2', 'afrondende fase');
  const toolbar = page.getByRole('toolbar', { name: 'Markeren en notitie' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Notitie bij de selectie' }).click();
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await expect(editor.getByText('afrondende fase', { exact: true })).toBeVisible();
  await editor.getByRole('radio', { name: 'Groen' }).check();
  await editor
    .getByLabel('Notitie', { exact: true })
    .fill('Vraag: **wanneer** is het onderzoek af?');
  await editor.getByLabel('Labels').fill('vragen, encryptie');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toHaveCount(0);
  const mark = () => page.locator('#alinea-encryptie-2 mark.note-mark--green');
  await expect(mark()).toHaveText('afrondende fase');

  // The keyboard way: a selection, then "h", in the last colour chosen.
  await selectPhrase(page, 'encryptie-3', 'ultieme oplossing');
  await page.locator('#alinea-encryptie-3').focus();
  await page.keyboard.press('h');
  await expect(page.locator('#alinea-encryptie-3 mark.note-mark')).toHaveText('ultieme oplossing');
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);

  await app.restart();
  page = app.page;
  await expect(mark()).toHaveText('afrondende fase');
  await expect(page.locator('#alinea-encryptie-3 mark.note-mark')).toHaveText('ultieme oplossing');
  const marker = page.getByRole('button', { name: /^Notitie \(groen\): afrondende fase/ });
  await marker.click();
  const panel = page.getByRole('dialog', { name: /^Notitie \(groen\)/ });
  await expect(panel.locator('strong')).toHaveText('wanneer');
  await expect(panel).toContainText('Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
  await page.keyboard.press('Escape');
  await expect(marker).toBeFocused();

  await app.goto('/notities');
  const card = page.getByRole('article').filter({ hasText: 'afrondende fase' });
  await expect(card).toContainText('Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
  await expect(card).toContainText('vragen');
  await card.getByRole('link', { name: 'Open in de brief' }).click();
  await expect(page).toHaveURL(/#\/brief\/kst-31015-81\/encryptie-2\?notitie=/);
  await expect(page.locator('mark.note-mark--target')).toHaveText('afrondende fase');
});

/** The note ids the services will find on disk. */
async function storedIds(dataDir: string): Promise<string[]> {
  return (await storedData(dataDir)).notes.map((n) => n.id);
}

/**
 * Saves one note from the page: whether the store confirmed it. The answer is kept out
 * here, as a user would have seen it: in the Electron shell the page dies with the app.
 */
function save(page: Page, each: ReturnType<typeof note>): Promise<boolean> {
  return page
    .evaluate(
      async (n) => (await window.naslag!.invoke('notes:save', n).catch(() => null))?.ok === true,
      each,
    )
    .catch(() => false);
}

/** Saves the notes one after another from the page; the ids the store confirmed, until one fails. */
async function saveInTurn(page: Page, notes: ReturnType<typeof note>[]): Promise<string[]> {
  const confirmed: string[] = [];
  for (const each of notes) {
    if (!(await save(page, each))) break;
    confirmed.push(each.id);
  }
  return confirmed;
}

test('loses no confirmed note, and keeps each written one, when the services die right after a write', async ({
  app,
}) => {
  // Five kills and restarts of the services.
  test.setTimeout(180_000);
  const expected: string[] = [];
  for (const [run, writes] of [1, 3, 5, 8, 12].entries()) {
    await app.goto('/notities');
    const notes = Array.from({ length: 15 }, (_, i) =>
      note(`run${run}-${i}`, `Notitie ${i} van ronde ${run + 1}`),
    );
    let confirmed: string[] = [];
    // Each save is one durable write; the services die right after the chosen one.
    await app.killAfterDurableWrites(writes, async () => {
      confirmed = await saveInTurn(app.page, notes);
    });
    const page = app.page;
    // The last write reached the disk but its answer never came: on disk, not confirmed.
    expect(confirmed).toEqual(notes.slice(0, writes - 1).map((n) => n.id));
    expected.push(...notes.slice(0, writes).map((n) => n.id));

    // A kill never damages the store: it opens without a problem to report, holding
    // exactly what was written, and the app lists the same.
    expect(
      await storeProblems(page),
      `data folder: ${(await readdir(app.dataDir)).join(', ')}`,
    ).toEqual([]);
    expect(await storedIds(app.dataDir)).toEqual(expected);
    expect((await listNotes(page)).map((n) => n.id)).toEqual(expected);
  }
  await app.goto('/notities');
  await expect(app.page.getByText(/^\d+ notities$/)).toHaveText(`${expected.length} notities`);
});

test('loses no confirmed note when the services die after the first write of a burst of saves', async ({
  app,
}) => {
  await app.goto('/notities');
  const burst = Array.from({ length: 30 }, (_, i) => note(`burst-${i}`, `Notitie ${i}`));
  let confirmed: string[] = [];
  // Sent all at once, the saves are written in batches; the first batch is the moment chosen.
  await app.killAfterDurableWrites(1, async () => {
    const saved = await Promise.all(burst.map((each) => save(app.page, each)));
    confirmed = burst.filter((_, i) => saved[i]).map((each) => each.id);
  });
  expect(await storeProblems(app.page)).toEqual([]);
  const stored = await storedIds(app.dataDir);
  expect(stored.length).toBeGreaterThan(0);
  expect(confirmed.filter((id) => !stored.includes(id))).toEqual([]);
  expect((await listNotes(app.page)).map((n) => n.id)).toEqual(stored);
});

test.describe('with a damaged store', () => {
  const damaged = '{"version": 1, "notes": [ garbage';
  test.use({ seed: { 'naslag.json': damaged } });

  test('sets the damaged file aside, says so once, and keeps working', async ({ app }) => {
    const page = app.page;
    await app.goto('/');
    const notice = page.getByRole('region', { name: 'Let op: uw notities' });
    await expect(notice).toContainText('Het notitiebestand was beschadigd');
    await expect(notice).toContainText('Het notitiebestand kon niet worden gelezen');
    const files = await readdir(app.dataDir);
    const kept = files.filter((name) => name.startsWith('naslag.corrupt-'));
    expect(kept).toHaveLength(1);
    const keptText = await readFile(join(app.dataDir, kept[0]!), 'utf8');
    expect(keptText).toBe(damaged);

    await notice.getByRole('button', { name: 'Melding sluiten' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeVisible();
    await expect(notice).toHaveCount(0);

    await app.goto('/brief/kst-31015-81/encryptie');
    await highlight(page, 'encryptie-1', 'ontsleutelplicht');
    expect((await listNotes(page)).length).toBe(1);
  });
});

test('shows a note that fails to save as unsaved, with the store’s message, and saves it on retry', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  // The disk fills up halfway through writing the store: the store's own failure path.
  await app.failStoreWrites({ op: 'writeFile', code: 'ENOSPC', partial: true });
  const message = 'Opslaan is mislukt: de schijf is vol. Uw laatste wijziging is niet opgeslagen';
  await selectPhrase(page, 'encryptie-3', 'positieve grondhouding');
  await page.getByRole('button', { name: 'Notitie bij de selectie' }).click();
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await editor.getByLabel('Notitie', { exact: true }).fill('Niet kwijtraken');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor.getByRole('alert')).toContainText(message);
  await expect(editor.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await expect(editor.getByLabel('Notitie', { exact: true })).toHaveValue('Niet kwijtraken');
  expect(await listNotes(page)).toEqual([]);

  // Closed, the draft is still offered, and shown as unsaved in the text.
  await editor.getByRole('button', { name: 'Annuleren' }).first().click();
  await expect(page.locator('mark.note-mark--unsaved')).toHaveText('positieve grondhouding');
  const unsaved = page.getByRole('alert', { name: '1 notitie niet opgeslagen' });
  await expect(unsaved).toContainText(message);

  // Nothing half-written replaced the store file: it still parses, without the note.
  if ((await readdir(app.dataDir)).includes('naslag.json'))
    expect(await storedIds(app.dataDir)).toEqual([]);
  expect((await readdir(app.dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

  await app.healStore();
  await unsaved.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(unsaved).toHaveCount(0);
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);
  expect((await listNotes(page)).map((n) => n.body)).toEqual(['Niet kwijtraken']);
  // The draft kept while typing is done once the words are saved.
  await expect(page.getByRole('region', { name: 'Niet-opgeslagen notities' })).toHaveCount(0);
});
