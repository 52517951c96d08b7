// The sentence-level changes each pane marks: in a sentence the later letter
// restates with changes, the runs the earlier letter had (deleted) and the runs
// the later one has instead (inserted), numbers and dates that changed marked as
// such; sentences only the later letter has (new) and sentences it no longer has
// (dropped). Marks go to whichever pane shows the letter, so swapping the
// letters keeps their meaning.
import { useMemo } from 'react';
import { changeRuns } from '@core/compare/change-marks';
import { alignSentences, curatedSectionLinks } from '@core/compare/sentence-align';
import { curatedComparison } from '../../../../data/curated/index';
import type { MatchSide, SentenceAlignment } from '@core/compare/sentence-align';
import type { Letter } from '@core/corpus/model';
import type { TextMark, TextRange } from '../reader/highlight';
import { useT } from '../../i18n/i18n';
import type { Comparison } from './comparison';
import type { PaneMarks } from './pane-marks';

export interface ChangeMarkLabels {
  deleted: TextMark;
  inserted: TextMark;
  changedNumber: TextMark;
  dropped: TextMark;
  new: TextMark;
}

function add(marks: PaneMarks, paragraphId: string, range: TextRange) {
  if (range.end <= range.start) return;
  marks.set(paragraphId, [...(marks.get(paragraphId) ?? []), range]);
}

/** Whether a match side is the paragraph's own text at its offsets (else it is not marked). */
function fits(letter: Letter, side: MatchSide): boolean {
  const paragraph = letter.paragraphs.find((p) => p.id === side.paragraphId);
  return paragraph?.text.slice(side.start, side.end) === side.text;
}

/** The marks of the earlier and the later letter, from their sentence alignment. */
export function changeMarks(
  earlier: Letter,
  later: Letter,
  alignment: SentenceAlignment,
  labels: ChangeMarkLabels,
): { earlier: PaneMarks; later: PaneMarks } {
  const before: PaneMarks = new Map();
  const after: PaneMarks = new Map();
  for (const match of alignment.matches) {
    const { left, right } = match;
    if (match.status === 'new' && right && fits(later, right)) {
      add(after, right.paragraphId, { start: right.start, end: right.end, mark: labels.new });
    } else if (match.status === 'dropped' && left && fits(earlier, left)) {
      add(before, left.paragraphId, { start: left.start, end: left.end, mark: labels.dropped });
    } else if (
      match.status === 'changed' &&
      left &&
      right &&
      fits(earlier, left) &&
      fits(later, right)
    ) {
      let inBefore = left.start;
      let inAfter = right.start;
      for (const run of changeRuns(left.text, right.text)) {
        const [marks, paragraphId, at, mark] =
          run.change === 'removed'
            ? [before, left.paragraphId, inBefore, labels.deleted]
            : [after, right.paragraphId, inAfter, labels.inserted];
        if (run.change !== 'same') {
          // The run without its outer spaces: the spaces are the letter's, not the change's.
          const lead = run.text.length - run.text.trimStart().length;
          const trail = run.text.length - run.text.trimEnd().length;
          add(marks, paragraphId, { start: at + lead, end: at + run.text.length - trail, mark });
          for (const figure of run.figures) {
            add(marks, paragraphId, {
              start: at + figure.start,
              end: at + figure.end,
              mark: labels.changedNumber,
            });
          }
        }
        if (run.change !== 'added') inBefore += run.text.length;
        if (run.change !== 'removed') inAfter += run.text.length;
      }
    }
  }
  return { earlier: before, later: after };
}

/**
 * The sentence alignment of the pair, the earlier letter left, inside the sections
 * the curated themes link (as the command line aligns them).
 */
export function useSentenceAlignment(comparison: Comparison): SentenceAlignment {
  const { earlier, later } = comparison;
  return useMemo(
    () =>
      alignSentences(earlier, later, {
        linkedSections: curatedSectionLinks(curatedComparison.alignment, earlier, later),
      }),
    [earlier, later],
  );
}

export function useChangeMarks(
  comparison: Comparison,
  alignment: SentenceAlignment,
): { left: PaneMarks; right: PaneMarks } {
  const t = useT();
  const { earlier, later, left } = comparison;
  return useMemo(() => {
    const marks = changeMarks(earlier, later, alignment, {
      deleted: { kind: 'deleted', label: t('compare.markDeleted') },
      inserted: { kind: 'inserted', label: t('compare.markInserted') },
      changedNumber: { kind: 'changed-number', label: t('compare.markChangedNumber') },
      dropped: { kind: 'dropped-sentence', label: t('compare.markDropped') },
      new: { kind: 'new-sentence', label: t('compare.markNew') },
    });
    return left.id === earlier.id
      ? { left: marks.earlier, right: marks.later }
      : { left: marks.later, right: marks.earlier };
  }, [earlier, later, left, alignment, t]);
}
