import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import { changedFigures, changeRuns, findFigures } from './change-marks';
import type { ChangeRun } from './change-marks';
import { letterSentences } from './sentences';

const [nr81, nr90] = loadLetters().letters;
if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');
const sentencesOf = (letter: typeof nr81) =>
  new Map(letterSentences(letter).map((sentence) => [sentence.id, sentence.text]));
const [earlier, later] = [sentencesOf(nr81), sentencesOf(nr90)];
/** The text of the labelled sentences of one side, in order. */
const sideText = (sentences: Map<string, string>, ids: string[]) =>
  ids.map((id) => sentences.get(id) ?? '').join(' ');
/** A curated sentence pair of nr. 81 and nr. 90, found by its first sentence on the left. */
const pair = (leftId: string) => {
  const found = curatedComparison.sentencePairs.pairs.find((p) => p.left[0] === leftId);
  if (!found) throw new Error(`no curated pair starts at ${leftId}`);
  return [sideText(earlier, found.left), sideText(later, found.right)] as const;
};

/** The runs as "[-removed-]{+added+}" markup, to read a diff at a glance. */
function markup(runs: ChangeRun[]): string {
  return runs
    .map((r) =>
      r.change === 'same' ? r.text : r.change === 'removed' ? `[-${r.text}-]` : `{+${r.text}+}`,
    )
    .join('');
}

const side = (runs: ChangeRun[], drop: ChangeRun['change']) =>
  runs
    .filter((r) => r.change !== drop)
    .map((r) => r.text)
    .join('');

describe('changeRuns', () => {
  it('shows an insertion and a deletion in a restated sentence', () => {
    const before = 'De aanpak van kinderpornografie is een prioriteit van het huidige Kabinet.';
    const after =
      'De aanpak van kinderpornografie en kindersekstoerisme is een prioriteit van het Kabinet.';
    const runs = changeRuns(before, after);
    expect(markup(runs)).toBe(
      'De aanpak van kinderpornografie {+en kindersekstoerisme +}is een prioriteit van het [-huidige -]Kabinet.',
    );
    expect(side(runs, 'added')).toBe(before);
    expect(side(runs, 'removed')).toBe(after);
  });

  it('never alternates word by word: tiny equal runs between changes fold into one change', () => {
    const before = 'In mijn brief houdt dit in dat verdachten moeten meewerken.';
    const after = 'Dit decryptiebevel houdt in dat verdachten moeten meewerken.';
    const runs = changeRuns(before, after);
    expect(markup(runs)).toBe(
      '[-In mijn brief houdt dit -]{+Dit decryptiebevel houdt +}in dat verdachten moeten meewerken.',
    );
    // No change run is followed by a same run of one or two words and another change.
    for (let i = 1; i + 1 < runs.length; i += 1) {
      const run = runs[i];
      if (
        run?.change === 'same' &&
        runs[i - 1]?.change !== 'same' &&
        runs[i + 1]?.change !== 'same'
      )
        expect(run.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0).toBeGreaterThan(2);
    }
  });

  it('folds two shared words between changes, even when they outweigh the changes', () => {
    expect(markup(changeRuns('De regio in het team.', 'De eenheid in het land.'))).toBe(
      'De [-regio in het team-]{+eenheid in het land+}.',
    );
  });

  it('folds three shared words only when no longer than the longer side of each change around them', () => {
    // " in het jaar " is 13 characters; "politieregios" and "rechercheteam" are 13, "politieregio" 12.
    expect(
      markup(
        changeRuns('De politieregios in het jaar rechercheteam.', 'De eenheid in het jaar teams.'),
      ),
    ).toBe('De [-politieregios in het jaar rechercheteam-]{+eenheid in het jaar teams+}.');
    expect(
      markup(
        changeRuns('De eenheid in het jaar teams.', 'De politieregios in het jaar rechercheteam.'),
      ),
    ).toBe('De [-eenheid in het jaar teams-]{+politieregios in het jaar rechercheteam+}.');
    expect(
      markup(
        changeRuns('De politieregio in het jaar rechercheteam.', 'De eenheid in het jaar teams.'),
      ),
    ).toBe('De [-politieregio-]{+eenheid+} in het jaar [-rechercheteam-]{+teams+}.');
    expect(
      markup(
        changeRuns('De rechercheteam in het jaar politieregio.', 'De eenheid in het jaar teams.'),
      ),
    ).toBe('De [-rechercheteam-]{+eenheid+} in het jaar [-politieregio-]{+teams+}.');
  });

  it('marks a sentence that only gained or only lost words', () => {
    expect(markup(changeRuns('', 'Een nieuwe zin.'))).toBe('{+Een nieuwe zin.+}');
    expect(markup(changeRuns('Een oude zin.', ''))).toBe('[-Een oude zin.-]');
    expect(changeRuns('', '')).toEqual([]);
    expect(markup(changeRuns('Zin.', 'Zin.'))).toBe('Zin.');
  });

  it('reads a rewrite as one deletion and one insertion, not islands of shared words', () => {
    const before =
      'Om het bovenstaande te realiseren heb ik uw Kamer in mijn brief van 10 juni 2011 en 27 januari 2012 bericht over verander- en verbetertrajecten.';
    const after =
      'Over deze verander- en verbetertrajecten heb ik u onder andere geïnformeerd in mijn brief van 2 oktober 2012.';
    expect(changeRuns(before, after).map((r) => r.change)).toEqual(['removed', 'added', 'same']);
  });

  it('keeps the spaces, so both sides read back exactly', () => {
    const before = 'Op 1 augustus 2012 waren dit er nog  205.';
    const after = 'Op 1 april 2013 waren dit er nog 802, zo meldt de politie.';
    const runs = changeRuns(before, after);
    expect(side(runs, 'added')).toBe(before);
    expect(side(runs, 'removed')).toBe(after);
  });

  it('marks numbers and dates the other sentence does not have, whole', () => {
    const before =
      'Er zijn prestatieafspraken gemaakt om eind 2014 25% meer verdachten aan te leveren.';
    const after =
      'Er zijn prestatieafspraken gemaakt: +7,5% in 2012, +15% in 2013 en +25% in 2014 meer verdachten.';
    expect(changedFigures(before, after)).toEqual({
      removed: [],
      added: ['+7,5%', '2012', '+15%', '2013'],
    });
    const runs = changeRuns(
      'Sinds 2 oktober 2012 waren er bij de politie 1 113 zaken.',
      'Sinds 1 februari van 2013 waren er bij de politie 802 zaken.',
    );
    expect(markup(runs)).toBe(
      'Sinds [-2 oktober 2012-]{+1 februari van 2013+} waren er bij de politie [-1 113-]{+802+} zaken.',
    );
    const marked = runs.flatMap((r) => r.figures.map((f) => r.text.slice(f.start, f.end)));
    expect(marked).toEqual(['2 oktober 2012', '1 februari van 2013', '1 113', '802']);
  });

  it('does not mark a number that only moved', () => {
    expect(changedFigures('In 2012 kwam de brief.', 'De brief kwam in 2012.')).toEqual({
      removed: [],
      added: [],
    });
  });
});

describe('change marks on the curated sentence pairs of nr. 81 and nr. 90', () => {
  const pairs = curatedComparison.sentencePairs.pairs.map(
    (p) => [sideText(earlier, p.left), sideText(later, p.right)] as const,
  );

  it('read back both sentences exactly, spaces included', () => {
    for (const [before, after] of pairs) {
      const runs = changeRuns(before, after);
      expect(side(runs, 'added')).toBe(before);
      expect(side(runs, 'removed')).toBe(after);
    }
  });

  it('never alternate word by word, and mark only whole numbers the other sentence lacks', () => {
    for (const [before, after] of pairs) {
      const runs = changeRuns(before, after);
      runs.forEach((run, i) => {
        if (run.change === 'same' && i > 0 && i < runs.length - 1)
          expect(run.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0, run.text).toBeGreaterThan(2);
        const other = new Set(
          findFigures(run.change === 'added' ? before : after).map((f) => f.value),
        );
        for (const figure of run.figures) {
          expect(run.change).not.toBe('same');
          expect(findFigures(run.text)).toContainEqual(figure);
          expect(other.has(figure.value)).toBe(false);
        }
      });
    }
  });

  it('mark the new growth targets but not the 25% in 2014 both letters give', () => {
    const [before, after] = pair('landelijke-inrichting-aanpak-kinderpornografie-1#2');
    expect(changedFigures(before, after)).toEqual({
      removed: [],
      added: ['2011', '+7,5%', '2012', '+15%', '2013', '2010'],
    });
  });

  it('mark the dates of the letters each one refers back to', () => {
    const [before, after] = pair('landelijke-inrichting-aanpak-kinderpornografie-2#1');
    expect(changedFigures(before, after)).toEqual({
      removed: ['10 juni 2011', '27 januari 2012'],
      added: ['2 oktober 2012', '20 december 2012'],
    });
  });

  it('mark the start of In-4-mation moved from januari 2013 to 1 februari van 2013', () => {
    const [before, after] = pair('landelijke-en-europese-database-2#3');
    expect(changedFigures(before, after)).toEqual({
      removed: ['januari 2013'],
      added: ['1 februari van 2013', '2014'],
    });
  });

  it('show the restated priority as one insertion and one deletion', () => {
    const [before, after] = pair('landelijke-inrichting-aanpak-kinderpornografie-1#1');
    expect(markup(changeRuns(before, after))).toBe(
      'De aanpak van kinderpornografie {+en kindersekstoerisme +}is een prioriteit van het [-huidige -]Kabinet.',
    );
  });
});

describe('changedFigures', () => {
  it('does not mark a number or date only written differently', () => {
    expect(changedFigures('een toename van 25% in 2014', 'een toename van +25% in 2014')).toEqual({
      removed: [],
      added: [],
    });
    expect(changedFigures('werkvoorraad van 1.113 zaken', 'werkvoorraad van 1 113 zaken')).toEqual({
      removed: [],
      added: [],
    });
    expect(changedFigures('gestart op 1 februari 2013', 'gestart op 1 februari van 2013')).toEqual({
      removed: [],
      added: [],
    });
    expect(changedFigures('gestart in Januari 2013', 'gestart in januari 2013')).toEqual({
      removed: [],
      added: [],
    });
  });

  it('marks a decimal that changed, and a number that only gained a decimal', () => {
    expect(changedFigures('een toename van 7,5%', 'een toename van 6,7%')).toEqual({
      removed: ['7,5%'],
      added: ['6,7%'],
    });
    expect(changedFigures('in totaal 75 zaken', 'in totaal 75,5 zaken')).toEqual({
      removed: ['75'],
      added: ['75,5'],
    });
  });
});

describe('findFigures', () => {
  it('reads numbers with thousands spaces or dots, decimals, percentages and dates', () => {
    const text = 'Van 1 113 (1.113) naar 802 zaken, +7,5% en op 24 oktober 2012 of januari 2013.';
    expect(findFigures(text).map((f) => [text.slice(f.start, f.end), f.value])).toEqual([
      ['1 113', '1113'],
      ['1.113', '1113'],
      ['802', '802'],
      ['+7,5%', '7.5%'],
      ['24 oktober 2012', '24 oktober 2012'],
      ['januari 2013', 'januari 2013'],
    ]);
  });
});
