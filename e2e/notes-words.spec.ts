// A note's words and a colleague's notes are never lost: the editor takes the
// keyboard at once, Ctrl+Enter saves, Escape with typed text asks, a kept
// draft comes back after a restart, and so do words typed just before the
// window closes; imported annotations anchor where they
// say (or wait under "Niet gevonden"), and an export read into a fresh data
// folder anchors identically. The brief also comes out as a Word document.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { startHarness } from './harness/process';
import { highlight, importFile, listNotes, readUntil, selectPhrase } from './notes-helpers';

const NR81 = 'https://zoek.officielebekendmakingen.nl/kst-31015-81';

type Stored = {
  id: string;
  paragraphId: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  body: string;
};

const stored = (page: Page) => listNotes(page) as Promise<unknown> as Promise<Stored[]>;

test('the editor takes the keyboard, Ctrl+Enter saves, and Escape with typed text asks', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie-2');
  await selectPhrase(page, 'encryptie-2', 'afrondende fase');
  await page.getByRole('button', { name: 'Notitie bij de selectie' }).click();
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  const text = editor.getByRole('textbox', { name: 'Notitie' });
  await expect(text).toBeFocused();
  await page.keyboard.type('Wanneer is het onderzoek klaar?');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await expect
    .poll(async () => (await stored(page)).map((n) => n.body))
    .toEqual(['Wanneer is het onderzoek klaar?']);

  // Escape with typed text asks; discarding really discards.
  await selectPhrase(page, 'encryptie-2', 'nemo tenetur-beginsel');
  await page.keyboard.press('n');
  await expect(text).toBeFocused();
  await page.keyboard.type('Weg ermee');
  await page.keyboard.press('Escape');
  await expect(editor).toContainText('Deze notitie is nog niet opgeslagen');
  await expect(editor.getByRole('button', { name: 'Bewaren als concept' })).toBeFocused();
  await editor.getByRole('button', { name: 'Weggooien' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Niet-opgeslagen notities' })).toHaveCount(0);
  expect((await stored(page)).map((n) => n.body)).toEqual(['Wanneer is het onderzoek klaar?']);
});

test('a kept draft survives a restart and can be finished', async ({ app }) => {
  test.slow();
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie-3');
  await page.locator('#alinea-encryptie-3').focus();
  await page.keyboard.press('n');
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await page.keyboard.type('Half af: vragen naar de planning');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter'); // "Bewaren als concept" has focus
  await expect(editor).toHaveCount(0);
  const drafts = page.getByRole('region', { name: 'Niet-opgeslagen notities' });
  await expect(drafts).toContainText('Half af: vragen naar de planning');

  await app.restart();
  await app.goto('/brief/kst-31015-81/encryptie-3');
  await expect(drafts).toContainText('Alinea 21');
  await drafts.getByRole('button', { name: 'Verder schrijven' }).click();
  await expect(editor.getByRole('textbox', { name: 'Notitie' })).toHaveValue(
    'Half af: vragen naar de planning',
  );
  await expect(editor).toContainText('Uw niet-opgeslagen tekst is teruggezet.');
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await expect(drafts).toHaveCount(0);
  expect((await stored(page)).map((n) => [n.paragraphId, n.body])).toEqual([
    ['encryptie-3', 'Half af: vragen naar de planning.'],
  ]);
});

test('keeps the words typed, and the place read, a moment before the window closes', async ({
  app,
}) => {
  test.slow();
  let page = app.page;
  await app.goto('/brief/kst-31015-81');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await readUntil(page, 'alinea-encryptie-3');
  await page.locator('#alinea-encryptie-3').focus();
  await page.keyboard.press('n');
  const words = 'Snel nog: navragen bij het OM';
  await page.keyboard.type(words);
  // At once: before the pause after which the draft and the place are kept by themselves.
  await app.closeWindowAndStart(async (call) => {
    const drafts = JSON.stringify(await call('drafts:list'));
    const reading = (await call('reading:get', { letterId: 'kst-31015-81' })) as {
      value: { paragraphId: string } | null;
    };
    return drafts.includes(words) && reading.value?.paragraphId === 'encryptie-3';
  });

  page = app.page;
  await expect(page.locator('#alinea-encryptie-3')).toBeInViewport();
  const drafts = page.getByRole('region', { name: 'Niet-opgeslagen notities' });
  await drafts.getByRole('button', { name: 'Verder schrijven' }).click();
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await expect(editor.getByRole('textbox', { name: 'Notitie' })).toHaveValue(words);
});

test('imports a colleague’s notes with an orphan, and an export anchors identically in a fresh data folder', async ({
  app,
}) => {
  test.slow();
  const page = app.page;
  await app.goto('/notities');
  await importFile(
    page,
    'collega.json',
    JSON.stringify([
      {
        id: 'https://example.org/a/1',
        type: 'Annotation',
        bodyValue: 'Zie https://www.tweedekamer.nl voor het debat',
        target: {
          source: NR81,
          selector: {
            type: 'FragmentSelector',
            value: 'encryptie-3',
            refinedBy: { type: 'TextQuoteSelector', exact: 'ontsleutelplicht' },
          },
        },
      },
      {
        id: 'https://example.org/a/2',
        type: 'Annotation',
        bodyValue: 'Stond dit in een concept?',
        target: {
          source: NR81,
          selector: [{ type: 'TextQuoteSelector', exact: 'Een zin die nooit in de brief stond.' }],
        },
      },
    ]),
  );
  await expect(page.locator('.import-report')).toContainText('2 toegevoegd');
  const orphans = page.getByRole('region', { name: 'Niet gevonden' });
  await expect(orphans).toContainText('Een zin die nooit in de brief stond.');
  // A bare https address in the note is a link (opened only after confirming).
  await expect(page.getByRole('button', { name: 'https://www.tweedekamer.nl' })).toBeVisible();

  // The repeated word lands in the paragraph the annotation named.
  await app.goto('/brief/kst-31015-81/encryptie-3');
  await expect(page.locator('#alinea-encryptie-3 mark.note-mark')).toHaveText('ontsleutelplicht');
  await expect(page.locator('#alinea-encryptie-1 mark.note-mark')).toHaveCount(0);

  // Export through the UI: context, position and paragraph for the placed note, the orphan as it came.
  await app.goto('/notities');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer alle notities (JSON)' }).click(),
  ]);
  const exported = await readFile(await download.path(), 'utf8');
  const annotations = JSON.parse(exported) as {
    id: string;
    target: { selector: Record<string, unknown>[] };
  }[];
  const placed = annotations.find((a) => a.id === 'https://example.org/a/1')!.target.selector;
  const quote = placed.find((s) => s.type === 'TextQuoteSelector') as {
    prefix: string;
    suffix: string;
  };
  expect(quote.prefix).toHaveLength(32);
  expect(quote.suffix).toHaveLength(32);
  expect(placed.map((s) => s.type)).toEqual([
    'TextQuoteSelector',
    'TextPositionSelector',
    'FragmentSelector',
  ]);
  expect(annotations.find((a) => a.id === 'https://example.org/a/2')!.target.selector).toEqual([
    {
      type: 'TextQuoteSelector',
      exact: 'Een zin die nooit in de brief stond.',
      prefix: '',
      suffix: '',
    },
  ]);
  const before = await stored(page);

  // A colleague's fresh data folder, through the UI.
  const otherDir = await mkdtemp(join(tmpdir(), 'naslag-e2e-ander-'));
  const other = await startHarness({ dataDir: otherDir });
  try {
    await page.goto(`${other.origin}/#/notities`);
    await importFile(page, 'naslag-notities.json', exported);
    await expect(page.locator('.import-report')).toContainText('2 toegevoegd');
    const after = await stored(page);
    const place = (notes: Stored[]) =>
      notes.map(({ id, paragraphId, quote: q, position }) => ({ id, paragraphId, q, position }));
    expect(place(after)).toEqual(place(before));
    await page.goto(`${other.origin}/#/brief/kst-31015-81/encryptie-3`);
    await expect(page.locator('#alinea-encryptie-3 mark.note-mark')).toHaveText('ontsleutelplicht');
    await page.goto(`${other.origin}/#/notities`);
    await expect(orphans).toContainText('Een zin die nooit in de brief stond.');
  } finally {
    await other.stop();
    await rm(otherDir, { recursive: true, force: true });
  }
});

test('saves the brief as Word with the same citations, keeps the user’s lists, and has no axe violations', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie-2');
  await selectPhrase(page, 'encryptie-2', 'afrondende fase');
  await page.keyboard.press('n');
  await page.keyboard.type('Vragen:\n- wanneer klaar?\n- welke waarborgen?');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await stored(page)).length).toBe(1);
  await highlight(page, 'encryptie-2', 'voldoende waarborgen');

  await app.goto('/notities/brief');
  await page.getByLabel('Inleiding (optioneel)').fill('Voor het *debat* van donderdag.');
  const preview = page.locator('.brief-document');
  // Reordered by the user: the later passage first, under the one section heading.
  await expect(preview.locator('blockquote')).toHaveText([
    'afrondende fase',
    'voldoende waarborgen',
  ]);
  await page
    .getByRole('button', { name: 'Eerder in de debatnotitie: voldoende waarborgen' })
    .click();
  await expect(preview.locator('blockquote')).toHaveText([
    'voldoende waarborgen',
    'afrondende fase',
  ]);
  await expect(preview.locator('h3')).toHaveText(['Encryptie']);
  await expect(preview.locator('li')).toHaveText(['wanneer klaar?', 'welke waarborgen?']);
  await expect(preview.locator('em')).toHaveText('debat');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Opslaan als Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^debatnotitie-\d{4}-\d{2}-\d{2}\.docx$/);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).toContain('Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
  expect(xml).toContain('welke waarborgen?');
  expect(xml).toContain('<w:numPr>');

  // The introduction is the user's words too: it is there after a restart.
  await app.restart();
  await app.goto('/notities/brief');
  await expect(page.getByLabel('Inleiding (optioneel)')).toHaveValue(
    'Voor het *debat* van donderdag.',
  );

  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const check = async (where: string) => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
  };
  await check('brief');
  await app.goto('/notities');
  await expect(page.locator('.note-card')).toHaveCount(2);
  await check('notes list');
  // The reader with a draft waiting, the editor asking, and a footnote open.
  await app.goto('/brief/kst-31015-81/encryptie-3');
  await page.locator('#alinea-encryptie-3').focus();
  await page.keyboard.press('n');
  await page.keyboard.type('Concept');
  await page.keyboard.press('Escape');
  await check('editor asking');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Niet-opgeslagen notities' })).toBeVisible();
  await app.goto('/brief/kst-31015-81/opening-2');
  await page.getByRole('button', { name: 'Voetnoot 1' }).first().click();
  await expect(page.getByRole('button', { name: /officiële publicatie/ })).toBeVisible();
  await check('reader');
});

test('the footnote opens the official publication through external:open, the shell’s confirmed way out', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/opening-2');
  await page.getByRole('button', { name: 'Voetnoot 1' }).first().click();
  await page.getByRole('button', { name: /officiële publicatie/ }).click();
  await expect.poll(() => app.openedExternally()).toEqual([NR81]);
});
