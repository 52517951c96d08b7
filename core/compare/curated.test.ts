// The curated comparison data must fit the bundled letters: every section in a
// theme, no id or quote that names nothing, every figure's number in its source.
import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import { checkCommitments } from './commitments';
import { alignmentFromCurated, checkCuratedAlignment, curatedLinks } from './curated';
import type { CuratedAlignment } from './curated-model';
import { checkFigures, figureComparisons, printedColumnLabel } from './figures';
import { checkTimeline } from './timeline';

const letters = loadLetters().letters;
const [nr81, nr90] = letters;
if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');
const { alignment, commitments, figures, timeline } = curatedComparison;

describe('the curated alignment of nr. 81 and nr. 90', () => {
  it('covers every section of both letters and names no section that does not exist', () => {
    expect(checkCuratedAlignment(alignment, nr81, nr90)).toEqual([]);
  });

  it('resolves into themes with the sections as printed', () => {
    const resolved = alignmentFromCurated(alignment, nr81, nr90);
    const encryption = resolved.themes.find((t) => t.theme.id === 'encryptie');
    expect(encryption?.left.map((s) => s.title)).toEqual(['Encryptie']);
    expect(encryption?.right.map((s) => s.title)).toEqual(['Encryptie']);
    const databases = resolved.themes.find(
      (t) => t.theme.id === 'databases-en-internationale-samenwerking',
    );
    expect(databases?.right.map((s) => s.title)).toEqual([
      'Databases',
      'Internationale samenwerking',
    ]);
  });

  it('records the themes the brief asks for with the right status', () => {
    const status = Object.fromEntries(alignment.themes.map((t) => [t.id, t.status]));
    expect(status).toMatchObject({
      encryptie: 'continued',
      'chemische-castratie': 'dropped',
      'virtuele-kinderpornografie': 'dropped',
      kindersekstoerisme: 'new',
      'stop-it-now': 'new',
      'vereniging-martijn': 'new',
    });
    expect(curatedLinks(alignment).every((link) => link.reason.length > 10)).toBe(true);
  });
});

describe('checkCuratedAlignment', () => {
  const broken = (change: (data: CuratedAlignment) => void) => {
    const copy = structuredClone(alignment);
    change(copy);
    return checkCuratedAlignment(copy, nr81, nr90);
  };

  it('reports a section id that does not exist (a dangling id)', () => {
    const problems = broken((data) => data.themes[0]?.right.push('bestaat-niet'));
    expect(problems).toContain(
      'thema inleiding-en-toezeggingen: sectie bestaat-niet bestaat niet in kst-31015-90',
    );
  });

  it('reports a section no theme covers', () => {
    const problems = broken((data) => {
      data.themes = data.themes.filter((t) => t.id !== 'vereniging-martijn');
    });
    expect(problems).toContain('sectie vereniging-martijn van kst-31015-90 hoort bij geen thema');
  });

  it('reports a section in two themes that is not declared shared', () => {
    const problems = broken((data) =>
      data.themes.find((t) => t.id === 'werkbezoek')?.right.push('grooming'),
    );
    expect(problems.some((p) => p.startsWith('sectie grooming van kst-31015-90 staat in'))).toBe(
      true,
    );
  });

  it('reports a status that does not fit the sides', () => {
    const problems = broken((data) => {
      const theme = data.themes.find((t) => t.id === 'stop-it-now');
      if (theme) theme.status = 'continued';
    });
    expect(problems).toContain('thema stop-it-now heeft status continued, verwacht new');
  });

  it('reports a link to a section outside its theme', () => {
    const problems = broken((data) =>
      data.themes
        .find((t) => t.id === 'encryptie')
        ?.links.push({ left: 'encryptie', right: 'databases', reason: 'een verkeerde koppeling' }),
    );
    expect(problems).toContain('thema encryptie: koppeling naar databases dat niet rechts staat');
  });

  it('refuses to resolve data that does not fit, saying so in Dutch', () => {
    const copy = structuredClone(alignment);
    copy.themes[0]?.left.push('bestaat-niet');
    expect(() => alignmentFromCurated(copy, nr81, nr90)).toThrow(
      /De thema-indeling past niet bij de brieven: .*bestaat-niet/,
    );
  });

  it('refuses another pair of letters', () => {
    expect(checkCuratedAlignment(alignment, nr90, nr81)[0]).toMatch(
      /niet voor kst-31015-90 ↔ kst-31015-81/,
    );
  });
});

describe('the curated commitments, figures and timeline', () => {
  it('quote passages that each resolve to exactly one paragraph', () => {
    expect(checkCommitments(commitments, letters)).toEqual([]);
    expect(checkTimeline(timeline, letters)).toEqual([]);
  });

  it('report numbers that literally stand in their source', () => {
    expect(checkFigures(figures, letters)).toEqual([]);
  });

  it('compare like with like: figures of both letters or two dates first, no misleading chart', () => {
    const comparisons = figureComparisons(figures);
    const firstOther = comparisons.findIndex((c) => !c.lead);
    expect(firstOther).toBeGreaterThan(0);
    expect(comparisons.slice(firstOther).every((c) => !c.lead)).toBe(true);
    const byId = (id: string) => comparisons.find((c) => c.group.id === id);
    expect(byId('groei-verdachten')).toMatchObject({ lead: true, chart: 'line' });
    expect(byId('vliegende-start')?.changes[0]).toMatchObject({
      from: { value: 1113 },
      to: { value: 205 },
    });
    expect(byId('politiecapaciteit')).toMatchObject({ chart: null, noChart: 'total-and-parts' });
    expect(byId('termijnen')).toMatchObject({ chart: null, noChart: 'separate-series' });
    expect(byId('aangebrachte-zaken')).toMatchObject({ chart: null, noChart: 'single-value' });
    for (const c of comparisons)
      if (c.chart) expect(new Set(c.series.map((s) => s.points[0]?.figure.unit)).size).toBe(1);
  });

  it('carry the qualifiers the letters print with their numbers', () => {
    const qualifier = (id: string) => figures.figures.find((f) => f.id === id)?.qualifier;
    expect(qualifier('fresno-slachtoffers')).toBe('meer dan');
    expect(qualifier('icse-landen-aangesloten')).toBe('ruim');
    expect(qualifier('inhope-een-derde')).toBe('circa');
    expect(qualifier('icse-slachtoffers')).toBeUndefined();
  });

  it('carry the werkvoorraad quarters as nr. 81 prints them, beside the normalised label', () => {
    const quarter = (id: string) => {
      const figure = figures.figures.find((f) => f.id === id);
      return figure && printedColumnLabel(letters, figure);
    };
    expect(quarter('werkvoorraad-2009-q4')).toEqual(['4e kwart.', '2009']);
    expect(quarter('werkvoorraad-2010-q1')).toEqual(['1', '2010']);
    const table = nr81.tables.find((t) => t.id === 'werkvoorraad-per-kwartaal');
    expect(table?.series[0]?.points[1]).toMatchObject({
      label: '1e kw. 2010',
      printed: ['1', '2010'],
    });
  });

  it('do not take nr. 90’s letter of 27 November 2012 for the cybercrime letter nr. 81 announced', () => {
    const announced = commitments.commitments.find((c) => c.id === 'brief-wetgeving-cybercrime');
    expect(announced).toMatchObject({ answers: [] });
    expect(announced?.unanswered).toMatch(/zegt niet of en wanneer/);
    const sent = timeline.events.filter((e) => e.date === '2012-11-27');
    expect(sent.map((e) => e.label)).toEqual([
      expect.stringMatching(/^Brief over het decryptiebevel/),
    ]);
  });

  it('answer the commitments of both debates the letters open with', () => {
    const debatesAnswered = new Set(commitments.commitments.map((c) => c.debate));
    expect([...debatesAnswered]).toEqual(
      expect.arrayContaining([
        'ao-2012-02-02',
        'ao-2012-12-20',
        'mv-recourt-2013-03-26',
        'mv-hilkens-2013-04-16',
        'begroting-2012-11-29',
      ]),
    );
  });
});
