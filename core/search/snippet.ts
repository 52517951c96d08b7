// A short piece of a result's text around its first match, split into marked and
// unmarked parts, so a result list can show where the words were found without
// the whole paragraph. Cuts fall between words.
import type { Highlight } from './highlight';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

export interface Snippet {
  parts: SnippetPart[];
  /** Text was left out before / after the snippet (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface SnippetOptions {
  /** Characters shown before the first match, at most. */
  before?: number;
  /** Length of the snippet, about. */
  length?: number;
}

function wordStart(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf(' ', at) + 1;
}

function wordEnd(text: string, at: number): number {
  const space = text.indexOf(' ', at);
  return space < 0 ? text.length : space;
}

export function snippet(
  text: string,
  highlights: readonly Highlight[],
  options: SnippetOptions = {},
): Snippet {
  const before = options.before ?? 60;
  const length = options.length ?? 200;
  const first = highlights[0];
  const from = first ? wordStart(text, first[0] - before) : 0;
  const to = Math.max(wordEnd(text, from + length), first ? first[1] : 0);
  const parts: SnippetPart[] = [];
  let at = from;
  const push = (end: number, marked: boolean) => {
    if (end > at) parts.push({ text: text.slice(at, end).replace(/\s+/g, ' '), marked });
    at = Math.max(at, end);
  };
  // A match outside the piece pushes nothing: `push` only ever moves forward, up to `to`.
  for (const [start, end] of highlights) {
    push(Math.min(start, to), false);
    push(Math.min(end, to), true);
  }
  push(to, false);
  return { parts, clippedStart: from > 0, clippedEnd: to < text.length };
}
