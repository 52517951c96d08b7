// Every word of the raw text must be in the corpus and the corpus must hold no
// word the raw text lacks. The only differences allowed are the artifacts the
// builder removes on purpose: the running footer, line-end hyphenation and the
// documented corrections. The raw side is prepared here independently of the
// builder, so a word the parser drops or invents shows up as a difference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Letter, Table } from '../../core/corpus/model';
import { applyCorrections } from './corrections';
import { defaultLettersDir, loadLetters } from './load-letters';
import { letterSources } from './letters';

const corpus = loadLetters();

function normalise(word: string): string {
  return word.normalize('NFC').replace(/^[(«‘"]+|[)»’",.;:!?]+$/gu, '');
}

function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .map(normalise)
    .filter((word) => word !== '');
}

function rawWords(file: string, corrections: Parameters<typeof applyCorrections>[1]): string[] {
  const raw = applyCorrections(readFileSync(join(defaultLettersDir, file), 'utf8'), corrections)
    .replace(/^Tweede Kamer, vergaderjaar .*, nr\. \d+ \d+\s*$/gmu, '')
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '$1');
  return words(raw);
}

/** A paragraph's text with its footnote markers put back where they were printed. */
function printedParagraph(letter: Letter, paragraphId: string, text: string): string {
  return letter.footnotes
    .filter((footnote) => footnote.paragraphId === paragraphId)
    .sort((a, b) => b.offset - a.offset)
    .reduce(
      (result, footnote) =>
        result.slice(0, footnote.offset) + footnote.n + result.slice(footnote.offset),
      text,
    );
}

// The quarter chart prints its column labels over two rows ("4e kwart." then the
// bare quarter numbers, with the years underneath): the points keep them as printed.
function printedTableWords(table: Table): string[] {
  const [header = [], ...body] = table.rows;
  const points = table.series[0]?.points ?? [];
  const printedLabels = points.length > 0 && points.every((point) => point.printed);
  const headerWords = printedLabels
    ? points.flatMap((point) => (point.printed ?? []).flatMap(words))
    : header.flatMap(words);
  return [
    ...(table.caption === null ? [] : words(table.caption)),
    ...headerWords.map(normalise),
    ...body.flat().flatMap(words),
    ...table.notes.flatMap(words),
  ];
}

function corpusWords(letter: Letter): string[] {
  return [
    ...letter.sections
      .filter((section) => section.printed)
      .flatMap((section) => words(section.title)),
    ...letter.paragraphs.flatMap((paragraph) =>
      words(printedParagraph(letter, paragraph.id, paragraph.text)),
    ),
    ...letter.tables.flatMap(printedTableWords),
  ];
}

function difference(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of b) counts.set(word, (counts.get(word) ?? 0) + 1);
  return a.filter((word) => {
    const left = counts.get(word) ?? 0;
    if (left === 0) return true;
    counts.set(word, left - 1);
    return false;
  });
}

describe('word accounting', () => {
  for (const source of letterSources) {
    const letter = corpus.letters.find((l) => l.id === source.id) as Letter;
    const raw = rawWords(source.file, source.corrections);
    const built = corpusWords(letter);

    it(`${source.id}: drops no word of the raw text`, () => {
      expect(difference(raw, built)).toEqual([]);
    });

    it(`${source.id}: invents no word`, () => {
      expect(difference(built, raw)).toEqual([]);
    });

    it(`${source.id}: accounts for thousands of words`, () => {
      expect(raw.length).toBeGreaterThan(1500);
      expect(built.length).toBe(raw.length);
    });
  }
});
