import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { corpusParagraphs, createFuseBaseline } from '../../e2e/bench/fuse-baseline';
import { buildSearchIndex, loadSearchIndex } from './index';
import relevance from './relevance.json';
import type { RelevanceCase } from './relevance';
import { evaluateRelevance, expectedParagraph } from './relevance';
import { search } from './search';

const corpus = loadLetters();
const cases: RelevanceCase[] = relevance.queries;
const index = loadSearchIndex(buildSearchIndex(corpus));

describe('the relevance set', () => {
  it('holds at least 40 queries of every kind, each naming exactly one paragraph', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(cases.map((c) => c.category));
    for (const category of [
      'typo',
      'accents',
      'compound',
      'hyphenation',
      'number',
      'name',
      'question',
      'operator',
    ]) {
      expect(categories).toContain(category);
    }
    for (const c of cases) expect(() => expectedParagraph(corpus, c)).not.toThrow();
  });
});

describe('relevance', () => {
  // A result counts when it opens the expected paragraph: a heading opens the first
  // paragraph under it, which is where the reader lands.
  const report = evaluateRelevance(corpus, cases, (query) => search(index, query, { limit: 3 }));

  it('shows the expected paragraph in the top 3 for at least 95% of the queries', () => {
    const misses = report.outcomes.filter((o) => o.rank === null).map((o) => o.case.query);
    expect(report.hitRate, `missed: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });

  // Plain fuse.js scans every paragraph per query: seconds for the whole set.
  it('does at least as well as plain fuse.js over the paragraphs', { timeout: 60_000 }, () => {
    const baseline = createFuseBaseline(corpusParagraphs(corpus));
    const baselineReport = evaluateRelevance(corpus, cases, (query) => baseline.search(query, 3));
    expect(report.hitRate).toBeGreaterThanOrEqual(baselineReport.hitRate);
  });

  it('fails an engine that finds nothing (the measure can fail)', () => {
    expect(evaluateRelevance(corpus, cases, () => []).hitRate).toBe(0);
  });
});
