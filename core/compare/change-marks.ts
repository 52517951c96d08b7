// Change marks within a paired sentence, as a reader of Word's compare expects
// them: whole runs of deleted and inserted text, never word-by-word alternation.
//
// Exported API (stable):
//   changeRuns(before, after): ChangeRun[]   the runs in reading order; a change is
//       its removed run followed by its added run. Joining the 'same' and 'removed'
//       runs gives `before`, the 'same' and 'added' runs give `after`, spaces kept.
//   ChangeRun.figures   offsets (in run.text) of numbers and dates that changed:
//       ones the other text does not have ("25%", "2014" → "+7,5%", "2012").
//   changedFigures(before, after): { removed: string[]; added: string[] }
//   findFigures(text): FigureSpan[]          numbers, percentages and Dutch dates
//
// The diff is the `diff` package's array diff over our own tokens (words, spaces,
// punctuation, and each number or date as one token, so "1 113" or "2 oktober
// 2012" is never cut in two); the semantic clean-up follows diff-match-patch: an
// equal run between two changes is folded into them when it has at most two
// words or is no longer than the changes on either side, so "In mijn brief houdt"
// against "Dit decryptiebevel houdt" reads as one deletion and one insertion.
import { diffArrays } from 'diff';
import { DUTCH_MONTHS } from '../corpus/dutch-date';

export interface FigureSpan {
  start: number;
  end: number;
  /** Comparable form: no plus sign or thousands separators, decimal point, lower case. */
  value: string;
}

export interface ChangeRun {
  text: string;
  change: 'same' | 'added' | 'removed';
  /** Numbers and dates in a removed or added run that the other text does not have. */
  figures: FigureSpan[];
}

/** Equal runs of at most this many words between two changes are folded into them. */
const TINY_EQUAL_WORDS = 2;

const MONTHS = DUTCH_MONTHS.join('|');
const FIGURE = new RegExp(
  [
    // A date: "2 oktober 2012", "1 februari van 2013", "januari 2013".
    `(?:\\d{1,2} )?(?:${MONTHS})(?: van)? \\d{4}`,
    // A number: "+7,5%", "1 113", "1.113", "25%", "2014", "24".
    `[+-]?\\d{1,3}(?:[ .]\\d{3})+(?:,\\d+)?%?`,
    `[+-]?\\d+(?:,\\d+)?%?`,
  ].join('|'),
  'giu',
);

export function findFigures(text: string): FigureSpan[] {
  return [...text.matchAll(FIGURE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: match[0]
      .toLowerCase()
      .replace('+', '')
      .replace(/(\d)[ .](?=\d{3}\b)/g, '$1')
      .replace(/ van /, ' ')
      .replace(',', '.'),
  }));
}

const TOKEN = new RegExp(`${FIGURE.source}|[\\p{L}\\p{N}]+(?:[’'-][\\p{L}\\p{N}]+)*|\\s+|.`, 'giu');

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function wordCount(text: string): number {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].length;
}

/**
 * A run of the diff: text both sides share (`removed` and `added` are the same
 * text) or a change. Runs alternate between the two, so a shared run that is
 * neither first nor last stands between two changes.
 */
interface Segment {
  same: boolean;
  removed: string;
  added: string;
}

function segments(before: string, after: string): Segment[] {
  const result: Segment[] = [];
  for (const part of diffArrays(tokens(before), tokens(after))) {
    const text = part.value.join('');
    if (!part.added && !part.removed) {
      result.push({ same: true, removed: text, added: text });
      continue;
    }
    let change = result.at(-1);
    if (!change || change.same) {
      change = { same: false, removed: '', added: '' };
      result.push(change);
    }
    if (part.added) change.added += text;
    else change.removed += text;
  }
  return result;
}

/** The longer side of a run, in characters. */
function size(segment: Segment): number {
  return Math.max(segment.removed.length, segment.added.length);
}

/**
 * Whether the shared run between two changes is folded into them: when it has at
 * most two words, or (diff-match-patch's semantic rule) it is no longer than the
 * changes on either side, so it reads as part of one rewrite, not as an anchor.
 */
function folds([previous, shared, next]: [Segment, Segment, Segment]): boolean {
  if (wordCount(shared.added) <= TINY_EQUAL_WORDS) return true;
  return size(shared) <= size(previous) && size(shared) <= size(next);
}

/** Folds tiny or outweighed shared runs between two changes into one change, until none is left. */
function cleanUp(list: Segment[]): Segment[] {
  // The runs alternate: every other one, from the first after a change, is shared.
  for (let k = list[0]?.same ? 2 : 1; k + 1 < list.length; k += 2) {
    const around = list.slice(k - 1, k + 2) as [Segment, Segment, Segment];
    if (!folds(around)) continue;
    const folded = around.reduce((a, b) => ({
      same: false,
      removed: a.removed + b.removed,
      added: a.added + b.added,
    }));
    // A fold can make an earlier shared run outweighed: look again from the start.
    return cleanUp([...list.slice(0, k - 1), folded, ...list.slice(k + 2)]);
  }
  return list;
}

function figuresOnlyIn(text: string, other: ReadonlySet<string>): FigureSpan[] {
  return findFigures(text).filter((figure) => !other.has(figure.value));
}

export function changeRuns(before: string, after: string): ChangeRun[] {
  const beforeValues = new Set(findFigures(before).map((f) => f.value));
  const afterValues = new Set(findFigures(after).map((f) => f.value));
  const runs: ChangeRun[] = [];
  for (const segment of cleanUp(segments(before, after))) {
    if (segment.same) {
      runs.push({ text: segment.added, change: 'same', figures: [] });
      continue;
    }
    if (segment.removed)
      runs.push({
        text: segment.removed,
        change: 'removed',
        figures: figuresOnlyIn(segment.removed, afterValues),
      });
    if (segment.added)
      runs.push({
        text: segment.added,
        change: 'added',
        figures: figuresOnlyIn(segment.added, beforeValues),
      });
  }
  return runs;
}

/** The numbers and dates only one of two texts has, as printed, in order. */
export function changedFigures(
  before: string,
  after: string,
): { removed: string[]; added: string[] } {
  const runs = changeRuns(before, after);
  const printed = (change: 'removed' | 'added') =>
    runs
      .filter((run) => run.change === change)
      .flatMap((run) => run.figures.map((f) => run.text.slice(f.start, f.end)));
  return { removed: printed('removed'), added: printed('added') };
}
