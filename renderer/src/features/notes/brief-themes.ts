// The theme a passage belongs to in the debate brief: the curated theme of its
// section, the same themes the compare view shows, so "per thema" in the brief
// and in the comparison mean the same thing. Letters outside the curated pair
// fall back to their own main section (formatBrief's default).
import type { Letter } from '@core/corpus/model';
import { curatedComparison } from '../../../../data/curated/index';

export function curatedThemeOf(letter: Letter, paragraphId: string): string | undefined {
  const { alignment } = curatedComparison;
  const sectionId = letter.paragraphs.find((paragraph) => paragraph.id === paragraphId)?.sectionId;
  if (!sectionId) return undefined;
  const side =
    letter.id === alignment.leftLetterId
      ? 'left'
      : letter.id === alignment.rightLetterId
        ? 'right'
        : null;
  if (!side) return undefined;
  return alignment.themes.find((theme) => theme[side].includes(sectionId))?.title;
}
