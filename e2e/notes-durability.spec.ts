// Notes that are never lost: kept across a restart, not lost when the services
// are killed mid-save, a damaged store set aside and reported, a failed save
// shown as unsaved.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { selectPhrase, note, listNotes, storeProblems, highlight } from './notes-helpers';

test('highlights and notes a passage, and finds both again after a restart', async ({ app }) => {
  // Restarts the services: slower than a plain view.
  test.slow();
  const page = app.page;
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
  const mark = page.locator('#alinea-encryptie-2 mark.note-mark--green');
  await expect(mark).toHaveText('afrondende fase');

  // The keyboard way: a selection, then "h", in the last colour chosen.
  await selectPhrase(page, 'encryptie-3', 'ultieme oplossing');
  await page.locator('#alinea-encryptie-3').focus();
  await page.keyboard.press('h');
  await expect(page.locator('#alinea-encryptie-3 mark.note-mark')).toHaveText('ultieme oplossing');
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);

  await app.restart();
  await expect(mark).toHaveText('afrondende fase');
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

test('loses no confirmed note when the services are killed during a burst of saves', async ({
  app,
}) => {
  // Five kills and restarts of the services.
  test.setTimeout(180_000);
  const page = app.page;
  const confirmed = new Set<string>();
  let onConfirmed = () => {};
  await page.exposeFunction('confirmSaved', (id: string) => {
    confirmed.add(id);
    onConfirmed();
  });
  const runs = [1, 3, 5, 8, 12];
  let totalConfirmed = 0;
  let totalLost = 0;
  for (const [run, killAfter] of runs.entries()) {
    await app.goto('/notities');
    await expect(page.getByRole('heading', { level: 1, name: 'Notities' })).toBeVisible();
    const before = confirmed.size;
    // The kill comes the moment the chosen number of saves is confirmed, with the rest in flight.
    const reached = new Promise<void>((resolve) => {
      onConfirmed = () => {
        if (confirmed.size - before >= killAfter) resolve();
      };
    });
    const burst = Array.from({ length: 30 }, (_, i) =>
      note(`run${run}-${i}`, `Notitie ${i} van ronde ${run + 1}`),
    );
    await page.evaluate((notes) => {
      for (const each of notes) {
        void window
          .naslag!.invoke('notes:save', each)
          .then((outcome) => {
            if (outcome.ok)
              void (window as unknown as { confirmSaved(id: string): void }).confirmSaved(each.id);
          })
          .catch(() => undefined);
      }
    }, burst);
    await reached;
    await app.kill();
    const confirmedThisRun = confirmed.size - before;

    // A kill never damages the store: it opens without a problem to report.
    expect(
      await storeProblems(page),
      `data folder: ${(await readdir(app.dataDir)).join(', ')}`,
    ).toEqual([]);
    // The store file parses, and every confirmed note is in it and in the list the app gets.
    const stored = JSON.parse(await readFile(join(app.dataDir, 'naslag.json'), 'utf8')) as {
      notes: { id: string }[];
    };
    const storedIds = new Set(stored.notes.map((n) => n.id));
    const listed = new Set((await listNotes(page)).map((n) => n.id));
    const lost = [...confirmed].filter((id) => !storedIds.has(id) || !listed.has(id));
    const kept = stored.notes.filter((n) => n.id.startsWith(`run${run}-`)).length;
    totalConfirmed += confirmedThisRun;
    totalLost += lost.length;
    console.log(
      `kill run ${run + 1}${confirmedThisRun < 30 ? ' (mid-burst)' : ' (after the burst)'}: ` +
        `30 saves sent, ${confirmedThisRun} confirmed before SIGKILL, ` +
        `${kept} of the 30 in the store after restart, ${lost.length} confirmed notes lost`,
    );
    expect(lost).toEqual([]);
  }
  console.log(
    `kill runs: ${runs.length}, confirmed saves: ${totalConfirmed}, confirmed notes lost: ${totalLost}`,
  );
  // The notes list shows every note the store holds.
  const finalStore = JSON.parse(await readFile(join(app.dataDir, 'naslag.json'), 'utf8')) as {
    notes: unknown[];
  };
  await app.goto('/notities');
  await expect(page.getByText(/^\d+ notities$/)).toHaveText(`${finalStore.notes.length} notities`);
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
  const message = 'Opslaan is mislukt: de schijf is vol. Uw laatste wijziging is niet opgeslagen.';
  await page.route('**/__naslag/invoke/notes%3Asave', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'store-write-failed', message } }),
    }),
  );
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

  await page.unroute('**/__naslag/invoke/notes%3Asave');
  await unsaved.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(unsaved).toHaveCount(0);
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);
  expect((await listNotes(page)).map((n) => n.body)).toEqual(['Niet kwijtraken']);
  // The draft kept while typing is done once the words are saved.
  await expect(page.getByRole('region', { name: 'Niet-opgeslagen notities' })).toHaveCount(0);
});
