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
  // paragraph under it, which is where the reader lands. Measured in each test, so
  // a test covers the search it relies on.
  const measure = () => {
    const index = loadSearchIndex(buildSearchIndex(corpus));
    return evaluateRelevance(corpus, cases, (query) => search(index, query, { limit: 3 }));
  };

  it('shows the expected paragraph in the top 3 for at least 95% of the queries', () => {
    const report = measure();
    const misses = report.outcomes.filter((o) => o.rank === null).map((o) => o.case.query);
    expect(report.hitRate, `missed: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });

  // Plain fuse.js scans every paragraph per query: seconds for the whole set.
  it('does at least as well as plain fuse.js over the paragraphs', { timeout: 60_000 }, () => {
    const baseline = createFuseBaseline(corpusParagraphs(corpus));
    const baselineReport = evaluateRelevance(corpus, cases, (query) => baseline.search(query, 3));
    expect(measure().hitRate).toBeGreaterThanOrEqual(baselineReport.hitRate);
  });

  it('fails an engine that finds nothing (the measure can fail)', () => {
    expect(evaluateRelevance(corpus, cases, () => []).hitRate).toBe(0);
  });
});

describe('scoring an engine on the relevance set', () => {
  const fresno: RelevanceCase = {
    category: 'name',
    query: 'Fresno',
    letter: 'kst-31015-90',
    contains: 'genaamd Fresno',
  };
  const leaseweb: RelevanceCase = {
    category: 'name',
    query: 'Leaseweb',
    letter: 'kst-31015-81',
    contains: '(pilot Leaseweb) afgerond',
  };
  const geinvesteerd: RelevanceCase = {
    category: 'accents',
    query: 'geinvesteerd',
    letter: 'kst-31015-90',
    contains: 'veel geïnvesteerd om de capaciteit',
  };
  const opened = (letterId: string, ...paragraphIds: string[]) =>
    paragraphIds.map((paragraphId) => ({ letterId, paragraphId }));

  it('names the paragraph a case means, and refuses a case that names none or several', () => {
    expect(expectedParagraph(corpus, fresno)).toBe('fresno-1');
    expect(() => expectedParagraph(corpus, { ...fresno, letter: 'kst-31015-99' })).toThrow(
      /unknown letter kst-31015-99/,
    );
    expect(() => expectedParagraph(corpus, { ...fresno, contains: 'niet in de brief' })).toThrow(
      /is in 0 paragraphs/,
    );
    expect(() => expectedParagraph(corpus, { ...fresno, contains: 'Fresno' })).toThrow(
      /not exactly 1/,
    );
  });

  it('counts a case as found only when the expected paragraph of that letter is in the top 3', () => {
    const fresnoId = expectedParagraph(corpus, fresno);
    const leasewebId = expectedParagraph(corpus, leaseweb);
    const geinvesteerdId = expectedParagraph(corpus, geinvesteerd);
    const answers: Record<string, { letterId: string; paragraphId: string }[]> = {
      // Third: still found.
      Fresno: opened('kst-31015-90', 'opening-1', 'opening-2', fresnoId),
      // Fourth: too far down to count.
      Leaseweb: opened('kst-31015-81', 'opening-1', 'opening-2', 'opening-3', leasewebId),
      // The right paragraph id, but in the other letter.
      geinvesteerd: opened('kst-31015-81', geinvesteerdId),
    };
    const report = evaluateRelevance(
      corpus,
      [fresno, leaseweb, geinvesteerd],
      (query) => answers[query] ?? [],
    );
    expect(report.outcomes.map((outcome) => outcome.rank)).toEqual([3, 4, null]);
    expect(report.outcomes[0]).toMatchObject({ case: fresno, paragraphId: fresnoId });
    expect(report.depth).toBe(3);
    expect(report.hitRate).toBeCloseTo(1 / 3);
    expect(report.byCategory).toEqual({
      name: { hits: 1, total: 2 },
      accents: { hits: 0, total: 1 },
    });
    const deeper = evaluateRelevance(
      corpus,
      [fresno, leaseweb],
      (query) => answers[query] ?? [],
      4,
    );
    expect(deeper.hitRate).toBe(1);
    expect(deeper.byCategory).toEqual({ name: { hits: 2, total: 2 } });
  });

  it('scores an empty set as nothing found', () => {
    expect(evaluateRelevance(corpus, [], () => []).hitRate).toBe(0);
  });
});
