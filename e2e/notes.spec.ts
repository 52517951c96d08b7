// Notes and highlights against the real services: made in the reader, kept
// across a restart, not lost when the services are killed mid-save, a damaged
// store set aside and reported, hostile text and hostile imports harmless, and
// a note whose passage is gone listed under "Niet gevonden".
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Selects a phrase in a paragraph's text as a user's drag would. */
async function selectPhrase(page: Page, paragraphId: string, phrase: string): Promise<void> {
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

const note = (id: string, body: string) => ({
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

/** The file once the reader's debounced reading-position save has landed (nothing changes for 1.5 s). */
async function settledFile(file: string): Promise<string> {
  let previous = await readFile(file, 'utf8');
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const current = await readFile(file, 'utf8');
    if (current === previous) return current;
    previous = current;
  }
}

async function listNotes(page: Page): Promise<{ id: string; body: string }[]> {
  return page.evaluate(async () => {
    const outcome = await window.naslag!.invoke('notes:list', {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value as { id: string; body: string }[];
  });
}

async function storeProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const outcome = await window.naslag!.invoke('store:status', {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    return (outcome.value as { problems: { kind: string; message: string }[] }).problems.map(
      (problem) => `${problem.kind}: ${problem.message}`,
    );
  });
}

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
});

test('shows hostile note text as text and runs none of it', async ({ app }) => {
  const page = app.page;
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (entry) => {
    if (entry.type() === 'error') errors.push(entry.text());
  });
  const hostile = [
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '<script>window.__pwned=2;alert(2)</script>',
    '[klik](javascript:alert(3))',
    '<a href="javascript:alert(4)">link</a>',
    '[bron](https://zoek.officielebekendmakingen.nl/kst-31015-81)',
  ].join('\n\n');
  await app.goto('/brief/kst-31015-81/encryptie');
  await selectPhrase(page, 'encryptie-1', 'ontsleutelplicht');
  await page.getByRole('button', { name: 'Notitie bij de selectie' }).click();
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await editor.getByLabel('Notitie', { exact: true }).fill(hostile);
  await editor.getByLabel('Labels').fill('<img src=x onerror=alert(5)>');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toHaveCount(0);

  await page.getByRole('button', { name: /^Notitie \(geel\): ontsleutelplicht/ }).click();
  const panel = page.getByRole('dialog', { name: /^Notitie \(geel\)/ });
  await expect(panel).toContainText('<script>window.__pwned=2;alert(2)</script>');
  await expect(panel).toContainText('[klik](javascript:alert(3))');
  await page.keyboard.press('Escape');

  await app.goto('/notities');
  const card = page.getByRole('article').filter({ hasText: 'ontsleutelplicht' });
  await expect(card).toContainText('<img src=x onerror="window.__pwned=1;alert(1)">');
  await expect(card).toContainText('<img src=x onerror=alert(5)>');
  expect(
    await page.locator('.note-body img, .note-body script, .note-body a, .note-tags img').count(),
  ).toBe(0);
  await card.getByRole('button', { name: 'bron' }).click();
  await expect
    .poll(() => app.openedExternally())
    .toEqual(['https://zoek.officielebekendmakingen.nl/kst-31015-81']);

  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

/** Highlights a phrase through the toolbar and waits until the store has it. */
async function highlight(page: Page, paragraphId: string, phrase: string, color = 'geel') {
  await selectPhrase(page, paragraphId, phrase);
  await page.getByRole('button', { name: `Markeer ${color}` }).click();
  await expect(
    page.locator(`#alinea-${paragraphId} mark.note-mark`, { hasText: phrase }),
  ).toBeVisible();
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);
}

async function importFile(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel('Importeer notities uit een bestand').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

const annotation = (id: string, exact: string, paragraphId: string, body: string) => ({
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

test('refuses a malformed or hostile import and changes nothing', async ({ app }, testInfo) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-1', 'ontsleutelplicht');
  await app.goto('/notities');
  const storeFile = join(app.dataDir, 'naslag.json');
  const before = await settledFile(storeFile);
  const notesBefore = await listNotes(page);

  const huge = testInfo.outputPath('groot.json');
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await page.getByLabel('Importeer notities uit een bestand').setInputFiles(huge);
  await expect(page.getByRole('alert')).toHaveText(
    'Het bestand is groter dan 10 MB. Er is niets ingelezen.',
  );

  await importFile(page, 'kapot.json', '{"@context": "http://www.w3.org/ns/anno.jsonld", "id": ');
  await expect(page.getByRole('alert')).toContainText('Het bestand is geen geldige JSON.');

  await importFile(page, 'getal.json', '42');
  await expect(page.getByRole('alert')).toContainText('Er is niets ingelezen.');

  const proto = JSON.stringify(annotation('proto', 'ontsleutelplicht', 'encryptie-1', 'x')).replace(
    '{',
    '{"__proto__": {"polluted": "ja"}, ',
  );
  await importFile(
    page,
    'proto.json',
    `[${proto}, {"constructor": {"prototype": {"polluted": "ja"}}}]`,
  );
  const report = page.locator('.import-report');
  await expect(report).toContainText('0 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 2 overgeslagen.');
  await expect(report).toContainText('bevat de niet-toegestane sleutel "__proto__"');
  await expect(report).toContainText('bevat de niet-toegestane sleutel "constructor"');

  await importFile(
    page,
    'vormen.json',
    '[1, "tekst", {"type": "Annotation"}, {"id": "a", "type": "Annotation", "target": 5}]',
  );
  await expect(report).toContainText('0 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 4 overgeslagen.');
  await expect(report.getByRole('listitem')).toHaveCount(4);

  expect(await page.evaluate(() => (({}) as { polluted?: string }).polluted)).toBeUndefined();
  expect(await listNotes(page)).toEqual(notesBefore);
  expect(await readFile(storeFile, 'utf8')).toBe(before);
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('lists a note whose quote is no longer in the letter under “Niet gevonden”, and keeps it', async ({
  app,
}) => {
  // Restarts the services: slower than a plain view.
  test.slow();
  const page = app.page;
  await app.goto('/notities');
  await importFile(
    page,
    'notities.json',
    JSON.stringify([
      annotation('gevonden', 'afrondende fase', 'encryptie-2', 'Staat er nog'),
      annotation(
        'weg',
        'Deze zin heeft nooit in de brief gestaan.',
        'encryptie-2',
        'Passage verdwenen',
      ),
    ]),
  );
  await expect(page.locator('.import-report')).toContainText('2 toegevoegd, 0 bijgewerkt');
  const orphans = page.getByRole('region', { name: 'Niet gevonden' });
  await expect(orphans.getByRole('article')).toHaveCount(1);
  await expect(orphans).toContainText('Deze zin heeft nooit in de brief gestaan.');
  await expect(orphans).toContainText('Passage verdwenen');
  await expect(page.getByText('1 notitie', { exact: true })).toBeVisible();

  await app.restart();
  await app.goto('/notities');
  await expect(orphans).toContainText('Deze zin heeft nooit in de brief gestaan.');
  await app.goto('/brief/kst-31015-81/encryptie-2');
  await expect(page.locator('#alinea-encryptie-2 mark.note-mark')).toHaveText('afrondende fase');
  await app.goto('/notities/brief');
  await expect(page.locator('.brief-document')).toContainText('Niet gevonden');
});

test('makes a debate brief from chosen notes, saves it, prints only the brief, and exports JSON', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-2', 'afrondende fase', 'groen');
  await highlight(page, 'encryptie-3', 'ultieme oplossing', 'blauw');

  await app.goto('/notities/brief');
  const choices = page.getByRole('group', { name: 'Notities in de debatnotitie' });
  await choices.getByRole('checkbox', { name: /ultieme oplossing/ }).uncheck();
  await expect(choices).toContainText('1 van 2 gekozen');
  await page.getByRole('radio', { name: 'Label' }).check();
  const preview = page.locator('.brief-document');
  await expect(preview).toContainText('afrondende fase');
  await expect(preview).toContainText('Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
  await expect(preview).not.toContainText('ultieme oplossing');
  await expect(page.getByRole('button', { name: 'Opslaan als PDF' })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Opslaan als Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^debatnotitie-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain('> afrondende fase');
  expect(markdown).toContain('Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
  expect(markdown).not.toContain('ultieme oplossing');

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'ja');
  });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'ja');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(preview).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await app.goto('/notities');
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer alle notities (JSON)' }).click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/^naslag-notities-\d{4}-\d{2}-\d{2}\.json$/);
  const annotations = JSON.parse(await readFile(await exported.path(), 'utf8')) as {
    target: { selector: { type: string; exact?: string }[] };
  }[];
  expect(
    annotations.map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact),
  ).toEqual(['afrondende fase', 'ultieme oplossing']);
});

test('deletes a note with undo, and the note that came back survives a restart', async ({
  app,
}) => {
  // Restarts the services: slower than a plain view.
  test.slow();
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-2', 'afrondende fase');
  await app.goto('/notities');
  await page.getByRole('article').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(await listNotes(page)).toEqual([]);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('article')).toContainText('afrondende fase');
  await app.restart();
  await app.goto('/notities');
  await expect(page.getByRole('article')).toContainText('afrondende fase');
  expect(await listNotes(page)).toHaveLength(1);
});

test('has no accessibility violations in the reader with notes, the notes list and the brief', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-2', 'afrondende fase', 'groen');
  // Overlapping the first, so the overlap's look is checked too.
  await selectPhrase(page, 'encryptie-2', 'fase. Uit de voorlopige');
  await page.getByRole('button', { name: 'Markeer roze' }).click();
  await expect(page.locator('#alinea-encryptie-2 mark.note-mark--overlap')).toHaveText('fase');
  await highlight(page, 'encryptie-3', 'ultieme oplossing', 'paars');
  for (const theme of ['light', 'dark']) {
    for (const route of ['/brief/kst-31015-81/encryptie', '/notities', '/notities/brief']) {
      await app.goto(route);
      await page.evaluate((name) => {
        document.documentElement.dataset.theme = name;
      }, theme);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(
        page.locator('mark.note-mark, .note-card, .brief-document').first(),
      ).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${theme} ${route}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
        ),
      ).toEqual([]);
    }
  }
});
