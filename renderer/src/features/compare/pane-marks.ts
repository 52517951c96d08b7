// What each pane marks in its letter's text: the passages of the tracked change
// that is open, and, when the user asks for them, the key terms and numbers the
// current theme's passages share. Ranges are offsets in a paragraph's text, with
// a kind (the class that draws it) and a label (what a screen reader hears).
import { citedPassage } from '@core/compare/changes';
import { marksForKeys, sharedNumbers, sharedTerms } from '@core/compare/highlight';
import type { Letter, Paragraph, Section } from '@core/corpus/model';
import type { TextMark, TextRange } from '../reader/highlight';
import type { Comparison, PaneTheme, Side } from './comparison';
import type { TrackedChange } from '@core/compare/curated-model';

export type PaneMarks = Map<string, TextRange[]>;

/** Terms found in more sections than this IDF allows are too common to mark. */
const MIN_IDF = 2.6;
const MAX_TERMS = 14;

function add(marks: PaneMarks, paragraphId: string, ranges: TextRange[]) {
  if (ranges.length === 0) return;
  marks.set(paragraphId, [...(marks.get(paragraphId) ?? []), ...ranges]);
}

function paragraphsOf(letter: Letter, sections: readonly Section[]): Paragraph[] {
  const ids = new Set(sections.map((s) => s.id));
  return letter.paragraphs.filter((p) => ids.has(p.sectionId));
}

/** The quote of the open change in the paragraph it cites. */
export function citedMarks(
  letter: Letter,
  change: TrackedChange | undefined,
  side: Side,
  mark: TextMark,
): PaneMarks {
  const marks: PaneMarks = new Map();
  const passage = change?.[side];
  const cited = passage ? citedPassage(letter, passage) : null;
  if (cited) add(marks, cited.paragraph.id, [{ start: cited.start, end: cited.end, mark }]);
  return marks;
}

/** The key terms and numbers a theme's passages in both letters share, marked on both sides. */
export function sharedTermMarks(
  comparison: Comparison,
  theme: PaneTheme | undefined,
  labels: { term: TextMark; number: TextMark },
): { left: PaneMarks; right: PaneMarks } {
  const result = { left: new Map(), right: new Map() } as { left: PaneMarks; right: PaneMarks };
  if (!theme || theme.left.length === 0 || theme.right.length === 0) return result;
  const left = paragraphsOf(comparison.left, theme.left);
  const right = paragraphsOf(comparison.right, theme.right);
  const text = (paragraphs: Paragraph[]) => paragraphs.map((p) => p.text).join('\n');
  const terms = sharedTerms(text(left), text(right), {
    idf: comparison.space.idf,
    minIdf: MIN_IDF,
    limit: MAX_TERMS,
  });
  const termKeys = new Set(terms.map((term) => term.key));
  const numberKeys = new Set(sharedNumbers(text(left), text(right)).map((n) => n.key));
  for (const [side, paragraphs] of [
    ['left', left],
    ['right', right],
  ] as const) {
    for (const paragraph of paragraphs) {
      add(
        result[side],
        paragraph.id,
        marksForKeys(paragraph.text, termKeys, numberKeys).map(({ start, end, kind }) => ({
          start,
          end,
          mark: kind === 'term' ? labels.term : labels.number,
        })),
      );
    }
  }
  return result;
}

/** All marks of one pane together. */
export function mergeMarks(...all: PaneMarks[]): PaneMarks {
  const merged: PaneMarks = new Map();
  for (const marks of all) for (const [id, ranges] of marks) add(merged, id, ranges);
  return merged;
}
