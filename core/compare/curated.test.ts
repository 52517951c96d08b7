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
    expect([resolved.left.id, resolved.right.id]).toEqual(['kst-31015-81', 'kst-31015-90']);
    expect(resolved.themes.map((t) => t.theme.id)).toEqual(alignment.themes.map((t) => t.id));
    const dropped = resolved.themes.find((t) => t.theme.id === 'werkvoorraad');
    expect(dropped?.left.map((s) => s.id)).toEqual(['project-vliegende-start', 'werkvoorraad']);
    expect(dropped?.right).toEqual([]);
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
    copy.themes[0]?.right.push('ook-niet');
    expect(() => alignmentFromCurated(copy, nr81, nr90)).toThrow(
      'De thema-indeling past niet bij de brieven: thema inleiding-en-toezeggingen: sectie bestaat-niet bestaat niet in kst-31015-81; thema inleiding-en-toezeggingen: sectie ook-niet bestaat niet in kst-31015-90. De brieven zelf zijn onveranderd te lezen',
    );
  });

  it('refuses another pair of letters, even when only one side differs', () => {
    expect(checkCuratedAlignment(alignment, nr90, nr81)).toEqual([
      'de indeling is voor kst-31015-81 ↔ kst-31015-90, niet voor kst-31015-90 ↔ kst-31015-81',
    ]);
    expect(checkCuratedAlignment(alignment, nr81, nr81)).toEqual([
      'de indeling is voor kst-31015-81 ↔ kst-31015-90, niet voor kst-31015-81 ↔ kst-31015-81',
    ]);
    expect(checkCuratedAlignment(alignment, nr90, nr90)).toHaveLength(1);
  });

  it('reports a theme listed twice', () => {
    const problems = broken((data) => {
      const encryption = data.themes.find((t) => t.id === 'encryptie');
      if (encryption) data.themes.push({ ...encryption, left: [], right: [], links: [] });
    });
    expect(problems).toContain('thema encryptie komt twee keer voor');
  });

  it('accepts a shared section only with exactly the themes it is declared in', () => {
    const shared = 'landelijke-inrichting-aanpak-kinderpornografie';
    const sharedWrongly = `sectie ${shared} van kst-31015-81 staat in organisatie-capaciteit-en-prestatieafspraken, focusverschuiving zonder dat als gedeeld te melden`;
    expect(broken(() => undefined)).not.toContain(sharedWrongly);
    const onlyOne = broken((data) => {
      data.shared[0]!.themes = ['focusverschuiving', 'focusverschuiving'];
    });
    expect(onlyOne).toContain(sharedWrongly);
    const otherSide = broken((data) => {
      data.shared[0]!.side = 'right';
    });
    expect(otherSide).toEqual(
      expect.arrayContaining([
        sharedWrongly,
        `gedeelde sectie ${shared} staat niet in thema focusverschuiving`,
      ]),
    );
    const undeclared = broken((data) => {
      data.shared = [];
    });
    expect(undeclared).toEqual([sharedWrongly]);
  });

  it('matches each shared section with its own declaration', () => {
    const problems = broken((data) => {
      data.themes.find((t) => t.id === 'focusverschuiving')?.left.push('encryptie');
      data.shared.unshift({
        side: 'left',
        sectionId: 'encryptie',
        themes: ['focusverschuiving', 'encryptie'],
        reason: 'Een tweede gedeelde sectie voor de test.',
      });
    });
    expect(problems).toEqual([]);
  });

  it('reports a shared section that names a theme that does not exist or does not hold it', () => {
    const problems = broken((data) => {
      data.shared[0]!.themes.push('bestaat-niet', 'encryptie');
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'gedeelde sectie landelijke-inrichting-aanpak-kinderpornografie: thema bestaat-niet bestaat niet',
        'gedeelde sectie landelijke-inrichting-aanpak-kinderpornografie staat niet in thema encryptie',
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('reports a theme without sections, a continued theme without links and a new theme with links', () => {
    const problems = broken((data) => {
      data.themes.push({
        id: 'leeg',
        title: 'Leeg',
        status: 'new',
        left: [],
        right: [],
        reason: 'Een thema zonder secties.',
        links: [],
      });
      const encryption = data.themes.find((t) => t.id === 'encryptie');
      if (encryption) encryption.links = [];
      const martijn = data.themes.find((t) => t.id === 'vereniging-martijn');
      martijn?.links.push({
        left: 'encryptie',
        right: 'vereniging-martijn',
        reason: 'een koppeling die niet mag',
      });
    });
    expect(problems).toEqual([
      'doorlopend thema encryptie koppelt geen enkele sectie',
      'thema vereniging-martijn (new) koppelt toch secties',
      'thema vereniging-martijn: koppeling vanuit encryptie dat niet links staat',
      'thema leeg heeft aan geen van beide kanten een sectie',
    ]);
  });

  it('expects a theme with sections on the left only to be dropped, on the right only new', () => {
    const problems = broken((data) => {
      const castration = data.themes.find((t) => t.id === 'chemische-castratie');
      if (castration) castration.status = 'new';
      const martijn = data.themes.find((t) => t.id === 'vereniging-martijn');
      if (martijn) martijn.status = 'dropped';
      const encryption = data.themes.find((t) => t.id === 'encryptie');
      if (encryption) encryption.status = 'new';
    });
    expect(problems).toEqual([
      'thema chemische-castratie heeft status new, verwacht dropped',
      'thema encryptie heeft status new, verwacht continued',
      'thema encryptie (new) koppelt toch secties',
      'thema vereniging-martijn heeft status dropped, verwacht new',
    ]);
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
    // Figuur 2 of nr. 90 prints its labels as they are, and has no point for every column.
    expect(quarter('focus-2012-misbruik')).toBeNull();
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
