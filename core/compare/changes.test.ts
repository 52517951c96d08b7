// The tracked changes must fit the letters word for word: users cite them in memos.
import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import {
  CHANGE_KINDS,
  changeCounts,
  changesByTheme,
  checkTrackedChanges,
  citedPassage,
} from './changes';
import { TrackedChangeSchema } from './curated-model';
import type { TrackedChanges } from './curated-model';

const [nr81, nr90] = loadLetters().letters;
if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');
const { alignment, changes } = curatedComparison;

describe('the tracked changes of nr. 81 → nr. 90', () => {
  it('quote every passage verbatim from its paragraph, and cover every theme', () => {
    expect(checkTrackedChanges(changes, alignment, nr81, nr90)).toEqual([]);
  });

  it('give every continued theme at least one entry, and say what a dropped or new theme lost or gained', () => {
    const grouped = changesByTheme(changes, alignment);
    for (const theme of alignment.themes) {
      const entries = grouped.find((g) => g.theme.id === theme.id)?.changes ?? [];
      expect(entries.length, theme.id).toBeGreaterThan(0);
      if (theme.status === 'dropped')
        expect(entries.every((e) => e.change === 'niet meer genoemd' && e.left)).toBe(true);
      if (theme.status === 'new')
        expect(entries.every((e) => e.change === 'nieuw' && e.right)).toBe(true);
    }
  });

  it('records the changes a reviewer looks for first', () => {
    const byId = (id: string) => changes.changes.find((c) => c.id === id);
    expect(byId('decryptiebevel')).toMatchObject({ change: 'gevorderd' });
    // Nr. 90 never says its letter of 27 November 2012 is the cybercrime letter nr. 81 announced.
    expect(byId('brief-cybercrime')).toMatchObject({ change: 'niet meer genoemd', right: null });
    expect(byId('resultaat-2012')).toMatchObject({ change: 'nieuw', left: null });
    expect(byId('werkvoorraad-politie')).toMatchObject({
      change: 'niet meer genoemd',
      right: null,
    });
    const counts = changeCounts(changes);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(changes.changes.length);
    expect(counts['ongewijzigd']).toBeGreaterThan(0);
  });

  it('points each quote at its place in the paragraph', () => {
    const entry = changes.changes.find((c) => c.id === 'prestatieafspraak-verdachten');
    const place = entry?.right && citedPassage(nr90, entry.right);
    expect(place?.paragraph.text.slice(place.start, place.end)).toBe(entry?.right?.quote);
    for (const { left, right } of changes.changes)
      for (const [letter, cited] of [
        [nr81, left],
        [nr90, right],
      ] as const) {
        const found = cited && citedPassage(letter, cited);
        if (cited)
          expect(found && found.paragraph.text.slice(found.start, found.end)).toBe(cited.quote);
      }
  });

  it('finds no place for a quote in another paragraph or letter', () => {
    const fresno = changes.changes.find((c) => c.id === 'fresno')?.right;
    if (!fresno) throw new Error('the tracked changes must cite Fresno in nr. 90');
    expect(citedPassage(nr81, fresno)).toBeNull();
    expect(citedPassage(nr90, { ...fresno, paragraphId: 'fresno-2' })).toBeNull();
  });

  it('counts the changes of each kind, every kind listed in display order', () => {
    const pick = (...ids: string[]) => ({
      ...changes,
      changes: changes.changes.filter((c) => ids.includes(c.id)),
    });
    const counts = changeCounts(
      pick('fresno', 'resultaat-2012', 'decryptiebevel', 'brief-cybercrime'),
    );
    expect(Object.keys(counts)).toEqual([...CHANGE_KINDS]);
    expect(counts).toEqual({
      nieuw: 2,
      gevorderd: 1,
      afgerond: 0,
      bijgesteld: 0,
      ongewijzigd: 0,
      'niet meer genoemd': 1,
    });
  });

  it('groups the changes under their themes in the theme list’s order, leaving out themes without any', () => {
    const encryption = changes.changes.filter((c) => c.theme === 'encryptie');
    const fresno = changes.changes.filter((c) => c.id === 'fresno');
    const grouped = changesByTheme({ ...changes, changes: [...encryption, ...fresno] }, alignment);
    expect(grouped.map((g) => [g.theme.id, g.changes.map((c) => c.id)])).toEqual([
      ['focusverschuiving', ['fresno']],
      ['encryptie', encryption.map((c) => c.id)],
    ]);
  });
});

describe('checkTrackedChanges', () => {
  const broken = (change: (data: TrackedChanges) => void) => {
    const copy = structuredClone(changes);
    change(copy);
    return checkTrackedChanges(copy, alignment, nr81, nr90);
  };

  it('reports a quote that is not in its paragraph, even by one character', () => {
    const problems = broken((data) => {
      const entry = data.changes.find((c) => c.id === 'in-4-mation');
      if (entry?.right) entry.right.quote = entry.right.quote.replace('1 februari', '1 Februari');
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^wijziging in-4-mation: het citaat ".*1 Februari.*" staat niet in alinea databases-3 van kst-31015-90$/,
      ),
    ]);
  });

  it('reports a theme without entries, an unknown paragraph and a kind that contradicts the theme', () => {
    const problems = broken((data) => {
      data.changes = data.changes.filter((c) => c.theme !== 'encryptie');
      const martijn = data.changes.find((c) => c.id === 'vereniging-martijn');
      if (martijn) martijn.change = 'gevorderd';
      const fresno = data.changes.find((c) => c.id === 'fresno');
      if (fresno?.right) fresno.right.paragraphId = 'fresno-9';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'thema encryptie (continued) heeft geen enkele wijziging',
        'wijziging vereniging-martijn hoort bij het nieuwe thema vereniging-martijn maar is gevorderd',
        'wijziging fresno: alinea fresno-9 bestaat niet in kst-31015-90',
      ]),
    );
  });

  it('refuses another pair of letters, even when only one side differs', () => {
    const refusal = (left: typeof nr81, right: typeof nr81) =>
      checkTrackedChanges(changes, alignment, left, right);
    expect(refusal(nr90, nr81)).toEqual([
      'de wijzigingen zijn voor kst-31015-81 ↔ kst-31015-90, niet voor kst-31015-90 ↔ kst-31015-81',
    ]);
    expect(refusal(nr81, nr81)).toHaveLength(1);
    expect(refusal(nr90, nr90)).toHaveLength(1);
  });

  it('reports an entry listed twice, an unknown theme and a dropped theme’s entry that is not dropped', () => {
    const problems = broken((data) => {
      const fresno = data.changes.find((c) => c.id === 'fresno');
      if (fresno) data.changes.push({ ...fresno, theme: 'bestaat-niet' });
      const castration = data.changes.find((c) => c.id === 'onderzoek-libidoremmers');
      if (castration) castration.change = 'afgerond';
    });
    expect(problems).toEqual([
      'wijziging onderzoek-libidoremmers hoort bij het vervallen thema chemische-castratie maar is afgerond',
      'wijziging fresno komt twee keer voor',
      'wijziging fresno: thema bestaat-niet bestaat niet',
    ]);
  });

  it('checks the quote of the earlier letter too', () => {
    const problems = broken((data) => {
      const entry = data.changes.find((c) => c.id === 'om-landelijk-parket');
      if (entry?.left) entry.left.quote = entry.left.quote.replace('vier', 'vijf');
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^wijziging om-landelijk-parket: het citaat ".*vijf Officieren.*" staat niet in alinea landelijke-sturing-en-extra-capaciteit-bij-het-om-1 van kst-31015-81$/,
      ),
    ]);
  });

  it('refuses, by schema, a new subject with an earlier passage or a multi-line summary', () => {
    const entry = structuredClone(changes.changes.find((c) => c.id === 'fresno'));
    expect(TrackedChangeSchema.safeParse({ ...entry, left: entry?.right }).success).toBe(false);
    expect(
      TrackedChangeSchema.safeParse({ ...entry, summary: 'Twee\nregels samenvatting' }).success,
    ).toBe(false);
    expect(TrackedChangeSchema.safeParse(entry).success).toBe(true);
  });

  it('refuses, by schema, a subject no longer mentioned that still cites the later letter, and the reverse', () => {
    const dropped = structuredClone(changes.changes.find((c) => c.id === 'om-landelijk-parket'));
    expect(TrackedChangeSchema.safeParse(dropped).success).toBe(true);
    expect(TrackedChangeSchema.safeParse({ ...dropped, right: dropped?.left }).success).toBe(false);
    expect(TrackedChangeSchema.safeParse({ ...dropped, change: 'afgerond' }).success).toBe(false);
    expect(
      TrackedChangeSchema.safeParse({ ...dropped, change: 'afgerond', right: dropped?.left })
        .success,
    ).toBe(true);
  });
});
