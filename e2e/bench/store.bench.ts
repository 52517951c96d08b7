// How the note store behaves with a large collection: 10,000 notes on the real
// letters, in a temporary data folder, with the journal as the app uses it.
// Load is opening the store (lock, read, validate, session backup, journal),
// in wall-clock time and in CPU time (user and system) of this process;
// save is one more note made durable (a journal record, fsynced) with all
// 10,000 already there. Medians of several runs, since the disk's fsync time varies.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorNotes } from '@core/annotations/anchor';
import { parseNotesImport } from '@core/annotations/import';
import type { Note } from '@core/annotations/model';
import { selectionTarget } from '@core/annotations/target';
import type { Corpus } from '@core/corpus/model';
import { loadBundledCorpus } from '../../electron/services/corpus';
import { openStore } from '../../electron/services/store/store';
import { STORE_FILE } from '../../electron/services/store/store-file';

const NOTE_COUNT = 10_000;
const LOAD_RUNS = 7;
const SAVE_RUNS = 15;

/** Notes spread over every paragraph of both letters, each with a quote, a body of a few sentences and tags. */
function manyNotes(corpus: Corpus, count: number): Note[] {
  const paragraphs = corpus.letters.flatMap((letter) =>
    letter.paragraphs.map((paragraph) => ({ letter, paragraph })),
  );
  return Array.from({ length: count }, (_, i) => {
    const { letter, paragraph } = paragraphs[i % paragraphs.length]!;
    const from = (i * 7) % Math.max(1, paragraph.text.length - 60);
    const to = Math.min(paragraph.text.length, from + 20 + (i % 40));
    const target = selectionTarget(
      letter,
      { paragraphId: paragraph.id, offset: from },
      { paragraphId: paragraph.id, offset: to },
    )!;
    const created = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    return {
      id: `bench-${i}`,
      letterId: letter.id,
      ...target,
      color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5]!,
      body: `Notitie ${i}: nagaan of dit in het debat terugkomt. Vergelijk met de latere brief en de toezeggingen uit het AO.`,
      tags: i % 3 === 0 ? ['encryptie', 'toezegging'] : ['debat'],
      created,
      modified: created,
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function benchStore(): Promise<Record<string, number | string>> {
  const corpus = loadBundledCorpus();
  const notes = manyNotes(corpus, NOTE_COUNT);
  const dataDir = await mkdtemp(join(tmpdir(), 'naslag-bench-store-'));
  try {
    const seeding = await openStore({ dataDir, journal: true });
    await seeding.update((data) => ({ ...data, notes }));
    await seeding.close();

    const loads: number[] = [];
    const loadCpu: number[] = [];
    for (let run = 0; run < LOAD_RUNS; run++) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const store = await openStore({ dataDir, journal: true });
      loads.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      loadCpu.push((cpu.user + cpu.system) / 1000);
      if (store.read().notes.length !== NOTE_COUNT)
        throw new Error('the store lost notes while loading');
      await store.close();
    }

    const store = await openStore({ dataDir, journal: true });
    const saves: number[] = [];
    for (let run = 0; run < SAVE_RUNS; run++) {
      const extra = { ...notes[run]!, id: `bench-extra-${run}` };
      const started = performance.now();
      await store.update((data) => ({ ...data, notes: [...data.notes, extra] }));
      saves.push(performance.now() - started);
    }
    const anchorStarted = performance.now();
    const anchors = anchorNotes(store.read().notes, corpus);
    const anchorMs = performance.now() - anchorStarted;
    await store.close();

    // An oversized import file is refused as a whole, before any parsing.
    const oversized = `[${' '.repeat(50 * 1024 * 1024)}]`;
    const refuseStarted = performance.now();
    const refused = parseNotesImport(oversized, corpus, new Date().toISOString());
    const refuseMs = performance.now() - refuseStarted;
    if (refused.ok) throw new Error('a 50 MB import file was not refused');

    return {
      notes: NOTE_COUNT,
      storeLoadMedianMs: round(median(loads)),
      // On a shared machine the wall clock includes waiting for a core; this is the work itself.
      storeLoadCpuMedianMs: round(median(loadCpu)),
      storeSaveMedianMs: round(median(saves)),
      storeFileBytes: (await stat(join(dataDir, STORE_FILE))).size,
      anchorAllMs: round(anchorMs),
      orphans: [...anchors.values()].filter((anchor) => anchor.status === 'orphaned').length,
      importRefuse50MbMs: round(refuseMs),
      runs: `${LOAD_RUNS} loads, ${SAVE_RUNS} saves`,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
