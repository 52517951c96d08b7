// The target of a note made on what the user selected in the reader: the
// selection's ends as offsets in the letter's text, without the white space a
// drag often catches at either end, as the quote with its context and its
// position. An end past a paragraph's last character (a drag into the margin)
// counts as the paragraph's end.
import { paragraphAt } from '@core/annotations/anchor';
import { QUOTE_MAX_LENGTH } from '@core/annotations/model-values';
import { quoteAt } from '@core/annotations/target';
import type { NoteTarget, TextPoint } from '@core/annotations/target';
import { letterText, paragraphOffsets } from '@core/corpus/letter-text';
import type { Letter } from '@core/corpus/model';

export type SelectionResult =
  { ok: true; target: NoteTarget } | { ok: false; reason: 'empty' | 'too-long' };

export function selectionNoteTarget(
  letter: Letter,
  from: TextPoint,
  to: TextPoint,
): SelectionResult {
  const offsets = paragraphOffsets(letter);
  const at = (point: TextPoint) => {
    const paragraph = offsets.find((p) => p.paragraphId === point.paragraphId);
    if (!paragraph) return null;
    return paragraph.start + Math.min(Math.max(point.offset, 0), paragraph.end - paragraph.start);
  };
  const text = letterText(letter);
  let start = at(from);
  let end = at(to);
  if (start === null || end === null) return { ok: false, reason: 'empty' };
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return { ok: false, reason: 'empty' };
  const quote = quoteAt(text, start, end);
  // quoteAt keeps the context within the model's bounds; only the quote itself can outgrow them.
  if (quote.exact.length > QUOTE_MAX_LENGTH) return { ok: false, reason: 'too-long' };
  const paragraph = paragraphAt(offsets, start)!;
  return {
    ok: true,
    target: { paragraphId: paragraph.paragraphId, quote, position: { start, end } },
  };
}
