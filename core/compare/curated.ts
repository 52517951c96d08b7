// The curated theme alignment, checked against the letters and resolved into
// sections the compare view can show. The checks are the rules the data must keep:
// every section of both letters in exactly one theme (or shared on purpose), no id
// that names nothing, and a status that agrees with which sides have sections.
import type { Letter, Section } from '../corpus/model';
import type { CuratedAlignment, CuratedTheme, ThemeLink } from './curated-model';

export interface ResolvedTheme {
  theme: CuratedTheme;
  left: Section[];
  right: Section[];
}

export interface ResolvedAlignment {
  left: Letter;
  right: Letter;
  themes: ResolvedTheme[];
}

/** Every rule the curated alignment breaks for this pair of letters, in Dutch; empty when sound. */
export function checkCuratedAlignment(
  curated: CuratedAlignment,
  left: Letter,
  right: Letter,
): string[] {
  const problems: string[] = [];
  if (curated.leftLetterId !== left.id || curated.rightLetterId !== right.id) {
    problems.push(
      `de indeling is voor ${curated.leftLetterId} ↔ ${curated.rightLetterId}, niet voor ${left.id} ↔ ${right.id}`,
    );
    return problems;
  }
  const themeIds = new Set<string>();
  for (const theme of curated.themes) {
    if (themeIds.has(theme.id)) problems.push(`thema ${theme.id} komt twee keer voor`);
    themeIds.add(theme.id);
  }
  const sides = [
    { side: 'left' as const, letter: left },
    { side: 'right' as const, letter: right },
  ];
  for (const { side, letter } of sides) {
    const known = new Set(letter.sections.map((s) => s.id));
    const themesOf = new Map<string, string[]>();
    for (const theme of curated.themes) {
      for (const id of theme[side]) {
        if (!known.has(id))
          problems.push(`thema ${theme.id}: sectie ${id} bestaat niet in ${letter.id}`);
        themesOf.set(id, [...(themesOf.get(id) ?? []), theme.id]);
      }
    }
    for (const section of letter.sections) {
      const themes = themesOf.get(section.id) ?? [];
      if (themes.length === 0)
        problems.push(`sectie ${section.id} van ${letter.id} hoort bij geen thema`);
      if (themes.length > 1) {
        const declared = curated.shared.find((s) => s.side === side && s.sectionId === section.id);
        const same = declared && [...declared.themes].sort().join() === [...themes].sort().join();
        if (!same) {
          problems.push(
            `sectie ${section.id} van ${letter.id} staat in ${themes.join(', ')} zonder dat als gedeeld te melden`,
          );
        }
      }
    }
  }
  for (const shared of curated.shared) {
    for (const id of shared.themes) {
      const theme = curated.themes.find((t) => t.id === id);
      if (!theme) problems.push(`gedeelde sectie ${shared.sectionId}: thema ${id} bestaat niet`);
      else if (!theme[shared.side].includes(shared.sectionId)) {
        problems.push(`gedeelde sectie ${shared.sectionId} staat niet in thema ${id}`);
      }
    }
  }
  for (const theme of curated.themes) problems.push(...checkStatus(theme));
  return problems;
}

function checkStatus(theme: CuratedTheme): string[] {
  const problems: string[] = [];
  const hasLeft = theme.left.length > 0;
  const hasRight = theme.right.length > 0;
  const expected =
    hasLeft && hasRight ? 'continued' : hasLeft ? 'dropped' : hasRight ? 'new' : null;
  if (expected === null)
    problems.push(`thema ${theme.id} heeft aan geen van beide kanten een sectie`);
  else if (theme.status !== expected)
    problems.push(`thema ${theme.id} heeft status ${theme.status}, verwacht ${expected}`);
  if (theme.status === 'continued' && theme.links.length === 0) {
    problems.push(`doorlopend thema ${theme.id} koppelt geen enkele sectie`);
  }
  if (theme.status !== 'continued' && theme.links.length > 0) {
    problems.push(`thema ${theme.id} (${theme.status}) koppelt toch secties`);
  }
  for (const link of theme.links) {
    if (!theme.left.includes(link.left))
      problems.push(`thema ${theme.id}: koppeling vanuit ${link.left} dat niet links staat`);
    if (!theme.right.includes(link.right))
      problems.push(`thema ${theme.id}: koppeling naar ${link.right} dat niet rechts staat`);
  }
  return problems;
}

/**
 * The curated themes with their sections. Throws, in Dutch, when the data does not
 * fit the letters: showing a half-resolved comparison would mislead.
 */
export function alignmentFromCurated(
  curated: CuratedAlignment,
  left: Letter,
  right: Letter,
): ResolvedAlignment {
  const problems = checkCuratedAlignment(curated, left, right);
  if (problems.length > 0) {
    throw new Error(
      `De thema-indeling past niet bij de brieven: ${problems.join('; ')}. De brieven zelf zijn onveranderd te lezen; laat de indeling in data/curated herstellen.`,
    );
  }
  const sectionsOf = (letter: Letter, ids: readonly string[]) =>
    ids.flatMap((id) => letter.sections.filter((s) => s.id === id));
  return {
    left,
    right,
    themes: curated.themes.map((theme) => ({
      theme,
      left: sectionsOf(left, theme.left),
      right: sectionsOf(right, theme.right),
    })),
  };
}

/** Every curated section pair, with the theme it belongs to. */
export function curatedLinks(curated: CuratedAlignment): (ThemeLink & { themeId: string })[] {
  return curated.themes.flatMap((theme) =>
    theme.links.map((link) => ({ ...link, themeId: theme.id })),
  );
}
