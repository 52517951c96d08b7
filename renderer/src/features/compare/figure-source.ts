// Where "open the source" goes for a figure, a commitment or an event: the
// reader, at the paragraph, with the quoted passage highlighted. A figure from a
// table opens at the paragraph the table follows.
import type { Figure, Passage } from '@core/compare/curated-model';
import { resolveFigureSource } from '@core/compare/figures';
import { resolvePassage } from '@core/compare/passage';
import type { Letter, Paragraph } from '@core/corpus/model';
import { letterPath } from '../../app/paths';

export interface SourceLink {
  letter: Letter;
  paragraph: Paragraph;
  sectionTitle: string;
  to: string;
}

function link(letter: Letter, paragraph: Paragraph, highlight?: string): SourceLink {
  return {
    letter,
    paragraph,
    sectionTitle:
      letter.sections.find((s) => s.id === paragraph.sectionId)?.title ?? paragraph.sectionId,
    to: letterPath(letter.id, paragraph.id, highlight),
  };
}

export function passageLink(letters: readonly Letter[], passage: Passage): SourceLink | null {
  const found = resolvePassage(letters, passage);
  return found.ok ? link(found.match.letter, found.match.paragraph, passage.quote) : null;
}

export interface FigureSourceLink extends SourceLink {
  fromTable: boolean;
}

export function figureLink(letters: readonly Letter[], figure: Figure): FigureSourceLink | null {
  const found = resolveFigureSource(letters, figure);
  if (!found.ok) return null;
  const highlight = 'quote' in figure.source ? figure.source.quote : undefined;
  return {
    ...link(found.letter, found.paragraph, highlight),
    fromTable: found.table !== undefined,
  };
}
