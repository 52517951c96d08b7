// The search benchmark: Naslag's engine against plain fuse.js over paragraphs, on
// the bundled letters and on corpora 10× and 100× larger (synthetic-corpus.ts).
// Per size and engine: query latency (p50/p95, and p95 of first-time queries, as
// the engine remembers recent fuzzy lookups), build and load time, serialised index
// size and heap in use; on the bundled letters also the relevance set's top-3 score.
import { cpus, loadavg } from 'node:os';
import type { Corpus } from '@core/corpus/model';
import { buildSearchIndex, loadSearchIndex } from '@core/search/index';
import relevance from '@core/search/relevance.json';
import type { RelevanceCase } from '@core/search/relevance';
import { evaluateRelevance } from '@core/search/relevance';
import { search } from '@core/search/search';
import { corpusParagraphs, createFuseBaseline } from './fuse-baseline';
import { heapRetainedBy, percentile, timed, utf8Bytes } from './measure';
import { syntheticCorpus } from './synthetic-corpus';

/** What people search for: typos, names, numbers, questions, operators and common words. */
export const QUERY_MIX: readonly string[] = [
  'kindersekstourisme',
  'encriptie',
  'ontsleutel plicht',
  'geinvesteerd',
  'cooerdinatie',
  'verbeter',
  'opsporingsdienst',
  'kinderporno grafie',
  '1113',
  '1 113 zaken',
  '507 verdachten',
  '250000 euro',
  'Opstelten',
  'Leaseweb',
  'Fresno',
  'In-4-mation',
  'hoeveel slachtoffers in de zaak Fresno',
  'wat doet Nederland met servers die kinderporno hosten',
  'april 2013 brief encryptie',
  '"online meldknop"',
  'encryptie brief:81',
  'pilot -leaseweb',
  'kinder*',
  'politie',
  'kinderpornografie',
];

/** Queries that share no word with the mix, to warm up the JIT before measuring. */
const WARM_UP: readonly string[] = [
  'tactische stuurploeg',
  'Schiphool douane',
  'libidoremmende medicatie',
  'werkbezoek VKC',
  'Twitter verwijderd',
  '"virtuele kinderpornografie"',
  'meldkop jongeren',
  'Europol brief:90',
  'grooming -lokpuber',
  'werkvoorraad*',
];

export interface EngineMeasurement {
  engine: 'naslag' | 'fuse.js';
  scale: number;
  documents: number;
  buildMs: number;
  loadMs: number | null;
  indexBytes: number;
  heapBytes: number;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  coldP95Ms: number;
}

export interface CorpusMeasurement {
  scale: number;
  paragraphs: number;
  words: number;
  terms: number;
}

export interface SearchBenchReport {
  /** Latencies are wall-clock: on a busy machine they grow with the load. */
  machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number };
  corpora: CorpusMeasurement[];
  engines: EngineMeasurement[];
  relevance: {
    queries: number;
    naslag: number;
    fuse: number;
    naslagByCategory: Record<string, string>;
  };
}

interface BenchPlan {
  scales: number[];
  /** Rounds through the query mix for Naslag's engine (the first one is cold). */
  rounds: number;
  /** Most time spent on fuse.js queries per size; at least 3 queries run. */
  fuseBudgetMs: number;
}

const DEFAULT_PLAN: BenchPlan = { scales: [1, 10, 100], rounds: 5, fuseBudgetMs: 20_000 };

function measureNaslag(
  corpus: Corpus,
  scale: number,
  rounds: number,
): { engine: EngineMeasurement; corpus: CorpusMeasurement } {
  const built = timed(() => buildSearchIndex(corpus));
  const corpusMeasurement: CorpusMeasurement = {
    scale,
    paragraphs: corpus.letters.reduce((sum, letter) => sum + letter.paragraphs.length, 0),
    words: built.value.lengths.reduce((sum, length) => sum + length, 0),
    terms: built.value.terms.length,
  };
  const json = JSON.stringify(built.value);
  const indexBytes = utf8Bytes(json);
  const loaded = heapRetainedBy(
    () => timed(() => loadSearchIndex(JSON.parse(json))),
    scale < 10 ? 10 : 1,
  );
  const index = loaded.value.value;
  // Warm the JIT on other words, so the first round shows what a query costs the
  // first time it is asked (postings not yet decoded, fuzzy lookups not remembered).
  for (const query of WARM_UP) search(index, query, { limit: 20 });
  const cold: number[] = [];
  const all: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of QUERY_MIX) {
      const { ms } = timed(() => search(index, query, { limit: 20 }));
      all.push(ms);
      if (round === 0) cold.push(ms);
    }
  }
  return {
    corpus: corpusMeasurement,
    engine: {
      engine: 'naslag',
      scale,
      documents: index.docs.length,
      buildMs: built.ms,
      loadMs: loaded.value.ms,
      indexBytes,
      heapBytes: loaded.bytes,
      samples: all.length,
      p50Ms: percentile(all, 50),
      p95Ms: percentile(all, 95),
      coldP95Ms: percentile(cold, 95),
    },
  };
}

function measureFuse(corpus: Corpus, scale: number, budgetMs: number): EngineMeasurement {
  const paragraphs = corpusParagraphs(corpus);
  const built = heapRetainedBy(
    () => timed(() => createFuseBaseline(paragraphs)),
    // fuse.js keeps little beyond references to the texts: build it several times to see it.
    10,
  );
  const baseline = built.value.value;
  const samples: number[] = [];
  const started = performance.now();
  for (const query of QUERY_MIX) {
    if (samples.length >= 3 && performance.now() - started > budgetMs) break;
    samples.push(timed(() => baseline.search(query, 20)).ms);
  }
  return {
    engine: 'fuse.js',
    scale,
    documents: paragraphs.length,
    buildMs: built.value.ms,
    loadMs: null,
    indexBytes: utf8Bytes(JSON.stringify(baseline.index())),
    heapBytes: built.bytes,
    samples: samples.length,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    // fuse.js keeps nothing between queries: every query is a first one.
    coldP95Ms: percentile(samples, 95),
  };
}

function measureRelevance(corpus: Corpus): SearchBenchReport['relevance'] {
  const cases: RelevanceCase[] = relevance.queries;
  const index = loadSearchIndex(buildSearchIndex(corpus));
  const baseline = createFuseBaseline(corpusParagraphs(corpus));
  const ours = evaluateRelevance(corpus, cases, (query) => search(index, query, { limit: 3 }));
  const fuse = evaluateRelevance(corpus, cases, (query) => baseline.search(query, 3));
  const naslagByCategory = Object.fromEntries(
    Object.entries(ours.byCategory).map(([category, { hits, total }]) => [
      category,
      `${hits}/${total}`,
    ]),
  );
  return { queries: cases.length, naslag: ours.hitRate, fuse: fuse.hitRate, naslagByCategory };
}

export function benchSearch(
  letters: Corpus,
  plan: BenchPlan = DEFAULT_PLAN,
  log: (line: string) => void = () => {},
): SearchBenchReport {
  const loadAverageBefore = loadavg()[0] as number;
  const report: SearchBenchReport = {
    machine: { cpus: cpus().length, loadAverageBefore, loadAverageAfter: loadAverageBefore },
    corpora: [],
    engines: [],
    relevance: measureRelevance(letters),
  };
  log(
    `relevance: naslag ${(report.relevance.naslag * 100).toFixed(1)}%, fuse.js ${(report.relevance.fuse * 100).toFixed(1)}%`,
  );
  for (const scale of plan.scales) {
    const corpus = scale === 1 ? letters : syntheticCorpus(letters, scale);
    const naslag = measureNaslag(
      corpus,
      scale,
      scale >= 100 ? Math.min(plan.rounds, 3) : plan.rounds,
    );
    report.corpora.push(naslag.corpus);
    report.engines.push(naslag.engine);
    log(`${scale}×: naslag p95 ${naslag.engine.p95Ms.toFixed(2)} ms`);
    const fuse = measureFuse(corpus, scale, plan.fuseBudgetMs);
    report.engines.push(fuse);
    log(`${scale}×: fuse.js p95 ${fuse.p95Ms.toFixed(1)} ms (${fuse.samples} queries)`);
  }
  report.machine.loadAverageAfter = loadavg()[0] as number;
  return report;
}

const fixed = (value: number | null, digits: number) =>
  value === null ? '–' : value.toFixed(digits);

/** The report as a table for the terminal. */
export function formatSearchReport(report: SearchBenchReport): string {
  const header = [
    'engine',
    'size',
    'docs',
    'build ms',
    'load ms',
    'index KB',
    'heap MB',
    'queries',
    'p50 ms',
    'p95 ms',
    'cold p95',
  ];
  const rows = report.engines.map((e) => [
    e.engine,
    `${e.scale}×`,
    String(e.documents),
    fixed(e.buildMs, 0),
    fixed(e.loadMs, 0),
    fixed(e.indexBytes / 1024, 0),
    fixed(e.heapBytes / 1024 / 1024, 1),
    String(e.samples),
    fixed(e.p50Ms, 2),
    fixed(e.p95Ms, 2),
    fixed(e.coldP95Ms, 2),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i < 2 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number),
      )
      .join('  ');
  const first = report.corpora[0];
  const last = report.corpora[report.corpora.length - 1];
  const beta =
    first && last && last.words > first.words
      ? Math.log(last.terms / first.terms) / Math.log(last.words / first.words)
      : Number.NaN;
  const r = report.relevance;
  return [
    'Search: Naslag (vocabulary index + fuse.js on terms) vs plain fuse.js over paragraphs',
    `  machine: ${report.machine.cpus} CPUs, load average ${report.machine.loadAverageBefore.toFixed(1)} before and ${report.machine.loadAverageAfter.toFixed(1)} after (wall-clock times grow with the load)`,
    '',
    ...report.corpora.map(
      (c) =>
        `  ${String(c.scale).padStart(3)}×: ${c.paragraphs} paragraphs, ${c.words} indexed words, ${c.terms} distinct terms`,
    ),
    `  vocabulary growth exponent (Heaps' β, measured): ${beta.toFixed(2)}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Relevance (expected paragraph in the top 3, ${r.queries} queries): naslag ${(r.naslag * 100).toFixed(1)}%, plain fuse.js ${(r.fuse * 100).toFixed(1)}%`,
    `  naslag by category: ${Object.entries(r.naslagByCategory)
      .map(([c, v]) => `${c} ${v}`)
      .join(', ')}`,
    'Targets: p95 ≤ 5 ms on the bundled letters, ≤ 50 ms at 100×; relevance ≥ baseline.',
  ].join('\n');
}
