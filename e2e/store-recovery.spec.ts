// The data folder under stress: a damaged store brought back from its backup,
// and a folder another program holds (the naslag command, or a second Naslag).
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { annotation, highlight, listNotes, note, selectPhrase, storedData } from './notes-helpers';

const BACKUP = 'naslag-20240301T090000000Z.json';
const fromBackup = note('uit-reservekopie', 'Deze notitie stond in de reservekopie');

test.describe('with a damaged store and a good backup', () => {
  const damaged = '{"schemaVersion": 1, "notes": [ kapot';
  test.use({
    seed: {
      'naslag.json': damaged,
      [`backups/${BACKUP}`]: JSON.stringify({
        schemaVersion: 1,
        notes: [fromBackup],
        settings: {},
        readingPositions: {},
      }),
    },
  });

  test('brings the notes back from the backup, keeps the damaged file, and says so', async ({
    app,
  }) => {
    const page = app.page;
    await app.goto('/notities');
    const notice = page.getByRole('region', { name: 'Let op: uw notities' });
    await expect(notice).toContainText(`teruggezet uit de reservekopie "${BACKUP}"`);
    await expect(page.getByRole('article')).toContainText('Deze notitie stond in de reservekopie');

    const kept = (await readdir(app.dataDir)).filter((name) => name.startsWith('naslag.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(app.dataDir, kept[0]!), 'utf8')).toBe(damaged);

    // Working on from the restored notes saves them together with the new one.
    await app.goto('/brief/kst-31015-81/encryptie');
    await highlight(page, 'encryptie-1', 'ontsleutelplicht');
    const stored = await storedData(app.dataDir);
    expect(stored.notes.map((n) => n.id)).toContain('uit-reservekopie');
    expect(stored.notes).toHaveLength(2);
  });
});

/** Runs the naslag command to completion: its exit code and what it wrote to stderr. */
function naslag(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['electron/cli/naslag.mjs', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

test('refuses the naslag command on a data folder the app has open, and changes nothing', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-1', 'ontsleutelplicht');
  const before = await listNotes(page);

  const file = testInfo.outputPath('notities.json');
  await writeFile(
    file,
    JSON.stringify([annotation('via-opdracht', 'afrondende fase', 'encryptie-2', 'Ingelezen')]),
  );
  const result = await naslag(['notes', 'import', file, '--data-dir', app.dataDir]);
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain('De notities worden al gebruikt door Naslag');
  expect(await listNotes(page)).toEqual(before);
});

test('keeps an edit unsaved, and says why, once another Naslag has taken the data folder over', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-1', 'ontsleutelplicht');

  // What a second instance leaves after judging this one's lock stale.
  await writeFile(
    join(app.dataDir, 'naslag.lock'),
    JSON.stringify({
      pid: 1,
      hostname: 'andere-computer',
      token: 'tweede',
      holder: 'Naslag',
      since: new Date().toISOString(),
    }),
  );
  await selectPhrase(page, 'encryptie-3', 'positieve grondhouding');
  await page.getByRole('button', { name: 'Notitie bij de selectie' }).click();
  const editor = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await editor.getByLabel('Notitie', { exact: true }).fill('Niet kwijtraken');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor.getByRole('alert')).toContainText(
    'Een ander programma heeft de notities overgenomen',
  );
  await expect(editor.getByLabel('Notitie', { exact: true })).toHaveValue('Niet kwijtraken');
  expect((await listNotes(page)).map((n) => n.body)).not.toContain('Niet kwijtraken');
});
