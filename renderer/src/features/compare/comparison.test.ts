import { describe, expect, it } from 'vitest';
import corpus from 'virtual:naslag/corpus';
import { curatedComparison } from '../../../../data/curated/index';
import { buildComparison, counterpartSection, themeOfSection, themeTargets } from './comparison';

const [nr81, nr90] = corpus.letters;
if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');
const curated = curatedComparison.alignment;

describe('buildComparison', () => {
  it('uses the curated themes for nr. 81 left and nr. 90 right, with computed scores on the links', () => {
    const comparison = buildComparison(nr81, nr90, curated);
    expect(comparison.source).toBe('curated');
    const encryption = comparison.themes.find((t) => t.id === 'encryptie');
    expect(encryption?.left.map((s) => s.id)).toEqual(['encryptie']);
    expect(encryption?.links[0]?.score).toBeGreaterThan(0.1);
    expect(comparison.evaluation?.recall).toBeGreaterThan(0.9);
  });

  it('mirrors the curated themes when nr. 90 stands left, keeping their statuses', () => {
    const comparison = buildComparison(nr90, nr81, curated);
    expect(comparison.source).toBe('curated');
    expect(comparison.earlier.id).toBe('kst-31015-81');
    const stopItNow = comparison.themes.find((t) => t.id === 'stop-it-now');
    expect(stopItNow?.status).toBe('new');
    expect(stopItNow?.left.map((s) => s.id)).toEqual(['stop-it-now']);
    expect(stopItNow?.right).toEqual([]);
    const databases = comparison.themes.find(
      (t) => t.id === 'databases-en-internationale-samenwerking',
    );
    expect(databases?.links[0]).toMatchObject({
      left: 'databases',
      right: 'landelijke-en-europese-database',
    });
  });

  it('falls back to the computed themes for a pair without a curated alignment', () => {
    const comparison = buildComparison(nr81, nr81, curated);
    expect(comparison.source).toBe('computed');
    expect(comparison.evaluation).toBeUndefined();
    expect(comparison.themes.every((t) => t.status === 'continued')).toBe(true);
  });

  it('says why it does not show a curated alignment that does not fit', () => {
    const broken = structuredClone(curated);
    broken.themes[0]?.left.push('bestaat-niet');
    const comparison = buildComparison(nr81, nr90, broken);
    expect(comparison.source).toBe('computed');
    expect(comparison.curatedProblem).toMatch(/bestaat-niet/);
  });
});

describe('following a section to the other pane', () => {
  const { themes } = buildComparison(nr81, nr90, curated);

  it('goes to the linked section, or the theme’s first section on the other side', () => {
    const organisation = themeOfSection(themes, 'left', 'uitbreiding-politiecapaciteit');
    expect(organisation?.id).toBe('organisatie-capaciteit-en-prestatieafspraken');
    expect(counterpartSection(organisation!, 'left', 'uitbreiding-politiecapaciteit')).toBe(
      'prestaties-landelijke-inrichting',
    );
    expect(
      counterpartSection(organisation!, 'left', 'start-opleiding-kinderpornorechercheurs'),
    ).toBe('prestaties-landelijke-inrichting');
    const databases = themeOfSection(themes, 'right', 'internationale-samenwerking');
    expect(counterpartSection(databases!, 'right', 'internationale-samenwerking')).toBe(
      'landelijke-en-europese-database',
    );
  });

  it('goes nowhere for a new or dropped theme', () => {
    const martijn = themeOfSection(themes, 'right', 'vereniging-martijn');
    expect(counterpartSection(martijn!, 'right', 'vereniging-martijn')).toBeUndefined();
  });

  it('prefers the chosen theme for a section in two themes', () => {
    const shared = 'landelijke-inrichting-aanpak-kinderpornografie';
    expect(themeOfSection(themes, 'left', shared)?.id).toBe(
      'organisatie-capaciteit-en-prestatieafspraken',
    );
    expect(themeOfSection(themes, 'left', shared, 'focusverschuiving')?.id).toBe(
      'focusverschuiving',
    );
  });

  it('puts both panes on a picked theme’s first linked pair', () => {
    const encryption = themes.find((t) => t.id === 'encryptie');
    expect(themeTargets(encryption!)).toEqual({ left: 'encryptie', right: 'encryptie' });
    const dropped = themes.find((t) => t.id === 'werkvoorraad');
    expect(themeTargets(dropped!)).toEqual({ left: 'project-vliegende-start', right: undefined });
  });
});
