// Finding a text to highlight (a search hit, "?markeer=encryptie") in a
// paragraph. Case and accents are ignored ("geevalueerd" finds "geëvalueerd")
// and runs of white space match any white space, but the ranges returned are
// offsets in the paragraph's own text, so the highlight sits on the real words.

export interface TextRange {
  start: number;
  end: number;
  /** What the range marks beyond a plain highlight (a search hit), e.g. a change between letters. */
  mark?: TextMark;
}

/** A marked run drawn with a class of its own and announced by its label (its colour is not enough). */
export interface TextMark {
  kind: string;
  label: string;
}

/** The text folded for matching, with the original offset of every folded character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (/\s/u.test(char)) {
      if (!lastWasSpace) {
        folded += ' ';
        origin.push(index);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const piece of base) {
      folded += piece;
      origin.push(index);
    }
  }
  return { folded, origin };
}

export function findHighlights(text: string, needle: string): TextRange[] {
  const wanted = fold(needle.trim()).folded;
  if (wanted === '') return [];
  const { folded, origin } = fold(text);
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(wanted, from);
    if (at < 0) break;
    const last = at + wanted.length - 1;
    ranges.push({ start: origin[at] as number, end: (origin[last] as number) + 1 });
    from = at + wanted.length;
  }
  return ranges;
}
