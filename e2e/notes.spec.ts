// Notes and highlights in use: hostile text and hostile imports harmless, a note
// whose passage is gone listed under "Niet gevonden", the debate brief, undo,
// and accessibility.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import {
  selectPhrase,
  settledStore,
  currentStore,
  listNotes,
  highlight,
  importFile,
  annotation,
} from './notes-helpers';

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

test('refuses a malformed or hostile import and changes nothing', async ({ app }, testInfo) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-1', 'ontsleutelplicht');
  // Reading on saves a position; the comparison below starts once that save has landed.
  await page.mouse.wheel(0, 400);
  await app.goto('/notities');
  const before = await settledStore(app.dataDir, 'kst-31015-81');
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
  expect(await currentStore(app.dataDir)).toBe(before);
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('lists a note whose quote is no longer in the letter under “Niet gevonden”, and keeps it', async ({
  app,
}) => {
  // Restarts the services: slower than a plain view.
  test.slow();
  let page = app.page;
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
  const orphans = () => page.getByRole('region', { name: 'Niet gevonden' });
  await expect(orphans().getByRole('article')).toHaveCount(1);
  await expect(orphans()).toContainText('Deze zin heeft nooit in de brief gestaan.');
  await expect(orphans()).toContainText('Passage verdwenen');
  await expect(page.getByText('1 notitie', { exact: true })).toBeVisible();

  await app.restart();
  page = app.page;
  await app.goto('/notities');
  await expect(orphans()).toContainText('Deze zin heeft nooit in de brief gestaan.');
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
  // Only the Electron shell can render a PDF (brief-pdf.spec.ts); the browser shell prints.
  if (app.shell === 'browser')
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
  let page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-2', 'afrondende fase');
  await app.goto('/notities');
  await page.getByRole('article').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(await listNotes(page)).toEqual([]);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('article')).toContainText('afrondende fase');
  await app.restart();
  page = app.page;
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
