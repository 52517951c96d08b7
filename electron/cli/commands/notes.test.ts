import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { selectionTarget } from '@core/annotations/target';
import { loadBundledCorpus } from '../../services/corpus';
import { createServices } from '../../services/index';
import { notesCommand } from './notes';

const nr81 = loadBundledCorpus().letters.find((letter) => letter.id === 'kst-31015-81')!;
let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'naslag-cli-'));
  dataDir = join(root, 'gegevens');
  await mkdir(dataDir);
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await notesCommand(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function note(id: string, phrase: string, paragraphId: string): Note {
  const offset = nr81.paragraphs.find((p) => p.id === paragraphId)!.text.indexOf(phrase);
  return {
    id,
    letterId: nr81.id,
    ...selectionTarget(
      nr81,
      { paragraphId, offset },
      { paragraphId, offset: offset + phrase.length },
    )!,
    color: 'yellow',
    body: 'Vragen in het debat',
    tags: ['encryptie'],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
  };
}

async function seed(...notes: Note[]) {
  const services = await createServices({ dataDir, corpus: loadBundledCorpus() });
  await services.store.update((data) => ({ ...data, notes: [...data.notes, ...notes] }));
  await services.close();
}

describe('naslag notes export', () => {
  it('writes the debate brief to standard output', async () => {
    await seed(note('a', 'ontsleutelplicht', 'encryptie-1'));
    const { code, out } = await run('export', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Debatnotitie/);
    expect(out).toContain('> ontsleutelplicht');
    expect(out).toContain('Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
  });

  it('writes Web Annotation JSON, and groups a brief as asked', async () => {
    await seed(note('a', 'ontsleutelplicht', 'encryptie-1'));
    const json = await run('export', '--data-dir', dataDir, '--format', 'json');
    expect(JSON.parse(json.out)[0]).toMatchObject({ type: 'Annotation', id: 'urn:naslag:note:a' });
    const byTag = await run('export', '--data-dir', dataDir, '--group-by', 'tag');
    expect(byTag.out).toContain('## encryptie');
  });

  it('refuses a damaged store with a clear message, and leaves it exactly as it is', async () => {
    await writeFile(join(dataDir, 'naslag.json'), '{"schemaVersion": 1, "notes": [');
    const { code, err } = await run('export', '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(err).toMatch(/beschadigd of onleesbaar.*Er is niets gewijzigd/s);
    expect(await readFile(join(dataDir, 'naslag.json'), 'utf8')).toBe(
      '{"schemaVersion": 1, "notes": [',
    );
    expect(await readdir(dataDir)).toEqual(['naslag.json']);
  });

  /** The data folder as a killed app leaves it: its last saves only in naslag.journal. */
  async function folderOfKilledApp(): Promise<void> {
    const app = await createServices({ dataDir: join(root, 'app'), corpus: loadBundledCorpus() });
    for (const [id, phrase] of [
      ['a', 'ontsleutelplicht'],
      ['b', 'nader onderzoek'],
      ['c', 'kinderpornozaken'],
    ] as const)
      await app.store.update((data) => ({
        ...data,
        notes: [...data.notes, note(id, phrase, 'encryptie-1')],
      }));
    for (const name of ['naslag.json', 'naslag.journal'])
      await writeFile(join(dataDir, name), await readFile(join(root, 'app', name)));
    await app.close();
  }

  it('exports the saves a killed app left in its journal', async () => {
    await folderOfKilledApp();
    const { code, out } = await run('export', '--data-dir', dataDir, '--format', 'json');
    expect(code).toBe(0);
    const ids = (JSON.parse(out) as { id: string }[]).map((annotation) => annotation.id);
    expect(ids).toEqual(['a', 'b', 'c'].map((id) => expect.stringContaining(id)));
  });

  it('refuses a damaged journal and leaves it exactly as it is', async () => {
    await folderOfKilledApp();
    const journal = await readFile(join(dataDir, 'naslag.journal'));
    const at = journal.indexOf('nader onderzoek') + 2;
    journal[at] = journal[at]! ^ 0x01;
    await writeFile(join(dataDir, 'naslag.journal'), journal);
    const { code, err } = await run('export', '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(err).toMatch(/naslag\.journal.*beschadigd.*Er is niets gewijzigd/s);
    expect(Buffer.compare(await readFile(join(dataDir, 'naslag.journal')), journal)).toBe(0);
    expect((await readdir(dataDir)).sort()).toEqual(['naslag.journal', 'naslag.json']);
  });

  it('refuses while the app holds the data folder', async () => {
    const app = await createServices({ dataDir, corpus: loadBundledCorpus() });
    const { code, err } = await run('export', '--data-dir', dataDir);
    await app.close();
    expect(code).toBe(1);
    expect(err).toMatch(/al gebruikt door Naslag/);
  });

  it('explains its usage and refuses unknown options or a folder that does not exist', async () => {
    expect((await run()).code).toBe(2);
    expect(await run('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('naslag notes export'),
    });
    expect(await run('export', '--data-dir', dataDir, '--format', 'pdf')).toMatchObject({
      code: 2,
      err: expect.stringContaining('md, json'),
    });
    expect(await run('export', '--data-dir', dataDir, '--kleur')).toMatchObject({ code: 2 });
    expect(await run('export')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--data-dir'),
    });
    expect(await run('export', '--data-dir', join(root, 'tikfout'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('bestaat niet'),
    });
    expect(await readdir(root)).not.toContain('tikfout');
  });
});

describe('naslag notes import', () => {
  it('exits 1 when every annotation was refused, and says so in --help', async () => {
    const file = join(root, 'niets.json');
    await writeFile(
      file,
      JSON.stringify([{ id: 'urn:naslag:note:x', type: 'Annotation', target: { source: 'x' } }]),
    );
    const { code, out } = await run('import', file, '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(out).toContain('0 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen');
    const help = (await run('--help')).out;
    expect(help).toMatch(/0 +elke annotatie is toegevoegd/);
    expect(help).toMatch(/1 +er kon niets worden ingelezen/);
    expect(help).toMatch(/2 +een deel is ingelezen/);
  });

  it('imports an export from another data folder and reports in Dutch', async () => {
    await seed(
      note('a', 'ontsleutelplicht', 'encryptie-1'),
      note('b', 'nemo tenetur-beginsel', 'encryptie-2'),
    );
    const exported = (await run('export', '--data-dir', dataDir, '--format', 'json')).out;
    const file = join(root, 'notities.json');
    await writeFile(file, exported);
    const other = join(root, 'ander');
    await mkdir(other);

    const first = await run('import', file, '--data-dir', other);
    expect(first).toMatchObject({
      code: 0,
      out: `Ingelezen uit ${file}: 2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.`,
    });
    expect((await run('export', '--data-dir', other, '--format', 'json')).out).toBe(exported);
    expect((await run('import', file, '--data-dir', other)).out).toContain('2 ongewijzigd');
  });

  it('lists what it skipped and why', async () => {
    await seed(note('a', 'ontsleutelplicht', 'encryptie-1'));
    const [good] = JSON.parse((await run('export', '--data-dir', dataDir, '--format', 'json')).out);
    const file = join(root, 'deels.json');
    await writeFile(
      file,
      JSON.stringify([
        { ...good, id: 'urn:naslag:note:nieuw' },
        { ...good, id: 'urn:naslag:note:x', target: { source: 'https://example.org' } },
      ]),
    );
    const { code, out } = await run('import', file, '--data-dir', dataDir);
    expect(code).toBe(2);
    expect(out).toContain('1 toegevoegd');
    expect(out).toContain(
      'overgeslagen: annotatie 2 (x): verwijst naar een brief die Naslag niet kent',
    );
  });

  it('changes nothing and exits non-zero on a file that is not an import', async () => {
    await seed(note('a', 'ontsleutelplicht', 'encryptie-1'));
    const before = await readFile(join(dataDir, 'naslag.json'), 'utf8');
    const broken = join(root, 'kapot.json');
    await writeFile(broken, '[{"id": ');
    expect(await run('import', broken, '--data-dir', dataDir)).toMatchObject({
      code: 1,
      err: expect.stringContaining('geen geldige JSON'),
    });
    const binary = join(root, 'plaatje.png');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]));
    expect(await run('import', binary, '--data-dir', dataDir)).toMatchObject({
      code: 1,
      err: expect.stringContaining('geen tekst'),
    });
    const huge = join(root, 'groot.json');
    await writeFile(huge, Buffer.alloc(11 * 1024 * 1024, 0x20));
    expect(await run('import', huge, '--data-dir', dataDir)).toMatchObject({
      code: 1,
      err: expect.stringContaining('groter dan 10 MB'),
    });
    expect(
      await run('import', join(root, 'bestaat-niet.json'), '--data-dir', dataDir),
    ).toMatchObject({ code: 1, err: expect.stringContaining('ENOENT') });
    expect(await readFile(join(dataDir, 'naslag.json'), 'utf8')).toBe(before);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses /dev/zero and a named pipe at once, as a process, with a clear message',
    async () => {
      const fifo = join(root, 'pijp.json');
      execFileSync('mkfifo', [fifo]);
      const bin = fileURLToPath(new URL('../naslag.mjs', import.meta.url));
      for (const file of ['/dev/zero', fifo]) {
        // The time limit only catches a hang (a pipe waits for ever, /dev/zero never ends);
        // it is far above what the command takes.
        const result = spawnSync(
          process.execPath,
          [bin, 'notes', 'import', file, '--data-dir', dataDir],
          { encoding: 'utf8', timeout: 20_000, maxBuffer: 1024 * 1024 },
        );
        expect(result.error, file).toBeUndefined();
        expect(result.status, file).toBe(1);
        expect(result.stderr).toContain(`${file} is geen gewoon bestand`);
        expect(result.stderr).toContain('Er is niets ingelezen');
      }
      expect(await readdir(dataDir)).toEqual([]);
    },
    60_000,
  );
});
