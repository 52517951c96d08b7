import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { paragraphTarget, selectionTarget } from '@core/annotations/target';
import type { ApiHandlers } from '@core/contract/api';
import { DEFAULT_SETTINGS } from '@core/contract/api';
import { dispatch } from '@core/contract/dispatch';
import { loadBundledCorpus } from './corpus';
import { createApiHandlers, createServices } from './index';
import type { Services, ServicesOptions } from './index';
import { faultyFs } from './store/fault-injection';
import { nodeStoreFs } from './store/fs';
import { JOURNAL_FILE, readDurableStore } from './store/journal';
import { StoreLockedError } from './store/lock';

const corpus = loadBundledCorpus();
const nr81 = corpus.letters.find((letter) => letter.id === 'kst-31015-81')!;
let dir: string;
let clock: number;
const open: Services[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naslag-api-'));
  clock = Date.parse('2024-03-01T09:00:00.000Z');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((services) => services.close()));
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<ServicesOptions> = {}) {
  const services = await createServices({ dataDir: dir, corpus, now: () => clock, ...options });
  open.push(services);
  const handlers = createApiHandlers(services);
  const shell = { 'app:info': refuse, 'brief:printToPdf': refuse, 'external:open': refuse };
  const all: ApiHandlers = { ...handlers, ...shell };
  /** A call as the renderer makes it: through the contract's validation. */
  const call = (channel: string, args: unknown = {}) => dispatch(all, channel, args);
  return { services, handlers, call };
}

async function refuse(): Promise<never> {
  throw new Error('shell channel');
}

function quoteNote(id: string, phrase = 'ontsleutelplicht', paragraphId = 'encryptie-1'): Note {
  const text = nr81.paragraphs.find((p) => p.id === paragraphId)!.text;
  const offset = text.indexOf(phrase);
  return {
    id,
    letterId: nr81.id,
    ...selectionTarget(
      nr81,
      { paragraphId, offset },
      { paragraphId, offset: offset + phrase.length },
    )!,
    color: 'yellow',
    body: 'Nagaan bij de directie.',
    tags: ['encryptie'],
    created: '2024-03-01T08:00:00.000Z',
    modified: '2024-03-01T08:00:00.000Z',
  };
}

/** The notes durably on disk: naslag.json with its journal replayed. */
async function storedNotes(): Promise<Note[]> {
  return (await readDurableStore(nodeStoreFs, dir)).notes;
}

describe('notes:save', () => {
  it('saves durably and lists the note; created is kept, modified is the time of saving', async () => {
    const { call } = await start();
    const saved = await call('notes:save', quoteNote('n1'));
    expect(saved).toMatchObject({
      ok: true,
      value: { id: 'n1', modified: '2024-03-01T09:00:00.000Z' },
    });
    expect(await storedNotes()).toEqual([(saved as { value: Note }).value]);

    clock += 60_000;
    await call('notes:save', {
      ...quoteNote('n1'),
      body: 'Bijgewerkt',
      created: '2030-01-01T00:00:00.000Z',
    });
    const [note] = await storedNotes();
    expect(note).toMatchObject({
      body: 'Bijgewerkt',
      created: '2024-03-01T08:00:00.000Z',
      modified: '2024-03-01T09:01:00.000Z',
    });
    expect(await call('notes:list')).toMatchObject({
      ok: true,
      value: [{ id: 'n1', body: 'Bijgewerkt' }],
    });
  });

  it('refuses a note on a letter or paragraph that does not exist, saying so in Dutch', async () => {
    const { call } = await start();
    expect(await call('notes:save', { ...quoteNote('x'), letterId: 'kst-31015-99' })).toEqual({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('zit niet in Naslag') },
    });
    expect(await call('notes:save', { ...quoteNote('x'), paragraphId: 'bestaat-niet-1' })).toEqual({
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: expect.stringContaining('bestaat niet in brief kst-31015-81'),
      },
    });
    expect(
      await call('notes:save', { ...quoteNote('x'), position: { start: 1, end: 999_999 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await call('notes:list')).toEqual({ ok: true, value: [] });
  });

  it('refuses extra keys, __proto__ included, before any service code runs', async () => {
    const { call } = await start();
    const payload = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(quoteNote('p')).slice(1)}`,
    );
    expect(await call('notes:save', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives a whole-paragraph note the opening words of its paragraph', async () => {
    const { call } = await start();
    const { paragraphStart: _, ...target } = paragraphTarget(nr81, 'encryptie-2')!;
    const outcome = await call('notes:save', { ...quoteNote('alinea'), ...target });
    expect(outcome).toMatchObject({
      ok: true,
      value: { quote: null, paragraphStart: expect.stringMatching(/^Inmiddels zit dit onderzoek/) },
    });
  });

  it('on a full disk: reports it, and neither memory nor disk claims the note', async () => {
    const faulty = faultyFs();
    const { call } = await start({ fs: faulty.fs });
    await call('notes:save', quoteNote('eerst'));
    faulty.fail({
      op: 'writeFile',
      code: 'ENOSPC',
      partial: true,
      when: (p) => p.endsWith('.tmp') || p.endsWith(JOURNAL_FILE),
    });
    expect(await call('notes:save', quoteNote('daarna'))).toEqual({
      ok: false,
      error: { code: 'store-write-failed', message: expect.stringContaining('de schijf is vol') },
    });
    expect(await call('notes:list')).toMatchObject({ ok: true, value: [{ id: 'eerst' }] });
    expect((await storedNotes()).map((n) => n.id)).toEqual(['eerst']);
    expect(await call('store:status')).toMatchObject({
      ok: true,
      value: { problems: [{ kind: 'write-failed' }] },
    });
  });
});

describe('drafts', () => {
  it('keeps an unsaved note across a restart, replaces it by key and deletes it', async () => {
    const first = await start();
    const draft = {
      key: 'new:kst-31015-81:encryptie-1',
      note: { ...quoteNote('d'), body: 'Half' },
    };
    expect(await first.call('drafts:save', draft)).toMatchObject({
      ok: true,
      value: { key: draft.key, saved: '2024-03-01T09:00:00.000Z' },
    });
    await first.call('drafts:save', { ...draft, note: { ...draft.note, body: 'Half af' } });
    await first.services.close();

    const second = await start();
    expect(await second.call('drafts:list')).toMatchObject({
      ok: true,
      value: [{ key: draft.key, note: { body: 'Half af' } }],
    });
    expect(await second.call('drafts:delete', { key: draft.key })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(await second.call('drafts:list')).toEqual({ ok: true, value: [] });
  });

  it('refuses a draft with extra keys, nested ones included', async () => {
    const { call } = await start();
    const note = quoteNote('d');
    expect(
      await call('drafts:save', { key: 'k', note: { ...note, quote: { ...note.quote, x: 1 } } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});

describe('notes:delete', () => {
  it('removes the note durably and returns it; an unknown id deletes nothing', async () => {
    const { call } = await start();
    await call('notes:save', quoteNote('weg'));
    expect(await call('notes:delete', { id: 'weg' })).toMatchObject({
      ok: true,
      value: { deleted: { id: 'weg' } },
    });
    expect(await storedNotes()).toEqual([]);
    expect(await call('notes:delete', { id: 'nooit' })).toEqual({
      ok: true,
      value: { deleted: null },
    });
  });
});

describe('settings and reading positions', () => {
  it('merges a settings change, keeps it across a restart, and refuses nonsense', async () => {
    const first = await start();
    expect(await first.call('settings:update', { fontScale: 1.4 })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, fontScale: 1.4 },
    });
    expect(await first.call('settings:update', { theme: 'neon' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    await first.services.close();
    const second = await start();
    expect(await second.call('settings:get')).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, fontScale: 1.4 },
    });
  });

  it('remembers where the user was in each letter, and only positions that exist', async () => {
    const first = await start();
    expect(await first.call('reading:get', { letterId: nr81.id })).toEqual({
      ok: true,
      value: null,
    });
    await first.call('reading:set', { letterId: nr81.id, paragraphId: 'encryptie-2' });
    expect(
      await first.call('reading:set', { letterId: nr81.id, paragraphId: 'nergens-1' }),
    ).toMatchObject({ ok: false });
    await first.services.close();
    const second = await start();
    expect(await second.call('reading:get', { letterId: nr81.id })).toEqual({
      ok: true,
      value: { letterId: nr81.id, paragraphId: 'encryptie-2' },
    });
  });
});

describe('notes:export and notes:import', () => {
  it('round-trips every note through Web Annotation JSON into a fresh data folder', async () => {
    const first = await start();
    const notes = [
      quoteNote('a'),
      {
        ...quoteNote('b', 'nemo tenetur-beginsel', 'encryptie-2'),
        color: 'blue' as const,
        tags: [],
      },
    ];
    for (const note of notes) await first.call('notes:save', note);
    const exported = (await first.call('notes:export', { format: 'json' })) as {
      ok: true;
      value: { text: string };
    };
    const before = (await first.call('notes:list')) as { value: Note[] };
    await first.services.close();
    await rm(dir, { recursive: true });

    const second = await start();
    expect(await second.call('notes:import', { text: exported.value.text })).toEqual({
      ok: true,
      value: { added: 2, updated: 0, unchanged: 0, skipped: [] },
    });
    expect(await second.call('notes:list')).toEqual({ ok: true, value: before.value });
    expect(await second.call('notes:import', { text: exported.value.text })).toMatchObject({
      ok: true,
      value: { unchanged: 2 },
    });
  });

  it('keeps an annotation whose passage is not found as an orphan that can still be edited', async () => {
    const { call } = await start();
    const orphan = {
      id: 'https://example.org/a/weg',
      type: 'Annotation',
      bodyValue: 'Van een collega',
      target: {
        source: nr81.identifier,
        selector: { type: 'TextQuoteSelector', exact: 'Een zin die niet in de brief staat.' },
      },
    };
    expect(await call('notes:import', { text: JSON.stringify([orphan]) })).toMatchObject({
      ok: true,
      value: { added: 1, skipped: [] },
    });
    const [stored] = ((await call('notes:list')) as { value: Note[] }).value;
    expect(stored).toMatchObject({
      paragraphId: '',
      quote: { exact: orphan.target.selector.exact },
    });
    expect(await call('notes:save', { ...stored!, body: 'Nagevraagd' })).toMatchObject({
      ok: true,
      value: { body: 'Nagevraagd', paragraphId: '' },
    });
  });

  it('refuses a note whose quote or position carries keys a note does not have', async () => {
    const { call } = await start();
    const note = quoteNote('n');
    for (const payload of [
      { ...note, quote: { ...note.quote, extra: 1 } },
      { ...note, position: { ...note.position, extra: 1 } },
    ])
      expect(await call('notes:save', payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
  });

  it('changes nothing when the file as a whole is unusable', async () => {
    const { call } = await start();
    await call('notes:save', quoteNote('blijft'));
    const before = await readFile(join(dir, 'naslag.json'), 'utf8');
    expect(await call('notes:import', { text: '{ kapot' })).toEqual({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('geen geldige JSON') },
    });
    expect(await readFile(join(dir, 'naslag.json'), 'utf8')).toBe(before);
  });

  it('exports a Markdown brief with pinpoint citations, or only the chosen notes', async () => {
    const { call } = await start();
    await call('notes:save', quoteNote('a'));
    await call('notes:save', quoteNote('b', 'nemo tenetur-beginsel', 'encryptie-2'));
    const all = (await call('notes:export', { format: 'md' })) as { value: { text: string } };
    expect(all.value.text).toContain('Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
    expect(all.value.text.match(/^> /gm)).toHaveLength(2);
    const one = (await call('notes:export', { format: 'json', ids: ['b'] })) as {
      value: { text: string };
    };
    expect(JSON.parse(one.value.text).map((a: { id: string }) => a.id)).toEqual([
      'urn:naslag:note:b',
    ]);
  });
});

describe('the data folder', () => {
  it('reports a damaged store through store:status and keeps the damaged file', async () => {
    await writeFile(join(dir, 'naslag.json'), '{"schemaVersion": 1, "notes": "kapot"}');
    const { call } = await start();
    const status = (await call('store:status')) as {
      value: { file: string; problems: { kind: string; file?: string }[] };
    };
    expect(status.value.file).toBe(join(dir, 'naslag.json'));
    expect(status.value.problems[0]).toMatchObject({ kind: 'quarantined' });
    expect(await readFile(status.value.problems[0]!.file!, 'utf8')).toBe(
      '{"schemaVersion": 1, "notes": "kapot"}',
    );
  });

  it('is held by one program at a time, and released by close', async () => {
    const first = await start();
    await expect(
      createServices({ dataDir: dir, corpus, holder: 'de naslag-opdracht' }),
    ).rejects.toBeInstanceOf(StoreLockedError);
    await first.services.close();
    await start();
  });
});
