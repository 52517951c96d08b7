import corpus from 'virtual:naslag/corpus';
import { describe, expect, it } from 'vitest';
import type { Letter } from '@core/corpus/model';
import { alignSentences } from '@core/compare/sentence-align';
import { changeMarks } from './change-marks';
import type { PaneMarks } from './pane-marks';

const letter = (nr: number) => corpus.letters.find((l) => l.nr === nr) as Letter;
const nr81 = letter(81);
const nr90 = letter(90);
const label = (kind: string) => ({ kind, label: kind });
const marks = changeMarks(nr81, nr90, alignSentences(nr81, nr90), {
  deleted: label('deleted'),
  inserted: label('inserted'),
  changedNumber: label('changed-number'),
  dropped: label('dropped-sentence'),
  new: label('new-sentence'),
});

function marked(of: Letter, pane: PaneMarks, kind: string): string[] {
  return [...pane].flatMap(([paragraphId, ranges]) => {
    const text = of.paragraphs.find((p) => p.id === paragraphId)?.text ?? '';
    return ranges.filter((r) => r.mark?.kind === kind).map((r) => text.slice(r.start, r.end));
  });
}

describe('the change marks of the panes', () => {
  it('mark deletions only in the earlier letter and insertions only in the later one', () => {
    expect(marked(nr81, marks.earlier, 'deleted')).toContain('(ontsleutelplicht)');
    expect(marked(nr90, marks.later, 'inserted').join(' ')).toContain('decryptiebevel');
    expect(marked(nr81, marks.earlier, 'inserted')).toEqual([]);
    expect(marked(nr90, marks.later, 'deleted')).toEqual([]);
    expect(marked(nr81, marks.earlier, 'new-sentence')).toEqual([]);
    expect(marked(nr90, marks.later, 'dropped-sentence')).toEqual([]);
  });

  it('mark whole runs on the letter’s own words, never a run of spaces', () => {
    for (const [of, pane] of [
      [nr81, marks.earlier],
      [nr90, marks.later],
    ] as const) {
      for (const [paragraphId, ranges] of pane) {
        const text = of.paragraphs.find((p) => p.id === paragraphId)?.text;
        expect(text).toBeDefined();
        for (const range of ranges) {
          const run = (text ?? '').slice(range.start, range.end);
          expect(run.length).toBeGreaterThan(0);
          expect(run).toBe(run.trim());
        }
      }
    }
  });

  it('mark a changed date as such inside a deleted run', () => {
    const numbers = marked(nr81, marks.earlier, 'changed-number');
    expect(numbers).toContain('27 januari 2012');
  });

  it('mark new sentences in the later letter and dropped ones in the earlier', () => {
    expect(marked(nr90, marks.later, 'new-sentence').length).toBeGreaterThan(10);
    expect(marked(nr81, marks.earlier, 'dropped-sentence').length).toBeGreaterThan(10);
  });
});
