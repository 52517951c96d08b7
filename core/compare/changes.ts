// Tracked changes ("Wat is er veranderd"): per subject the state each letter
// gives it, the kind of change and the passage each side cites.
//
// Exported API (stable):
//   checkTrackedChanges(changes, alignment, left, right): string[]  Dutch problems; empty when sound
//   changesByTheme(changes, alignment): ThemeChanges[]               the theme list's order
//   changeCounts(changes): Record<ChangeKind, number>                for the overview of the pair
//   CHANGE_KINDS                                                     the kinds in display order
//   citedPassage(letter, side): { paragraph, start, end } | null     where a quote stands
//
// The rules the data keeps: every quote stands verbatim in its paragraph (users
// cite these in memos), every continued theme has at least one entry, a dropped
// theme says what disappeared and a new one what appeared.
import type { Letter, Paragraph } from '../corpus/model';
import type {
  CitedState,
  CuratedAlignment,
  CuratedTheme,
  TrackedChange,
  TrackedChanges,
} from './curated-model';

/** How a subject changed from the earlier letter to the later one, in display order. */
export const CHANGE_KINDS = [
  'nieuw',
  'gevorderd',
  'afgerond',
  'bijgesteld',
  'ongewijzigd',
  'niet meer genoemd',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ThemeChanges {
  theme: CuratedTheme;
  changes: TrackedChange[];
}

/** The paragraph a cited state points at and the quote's offsets in it; null when it does not resolve. */
export function citedPassage(
  letter: Letter,
  cited: CitedState,
): { paragraph: Paragraph; start: number; end: number } | null {
  const paragraph = letter.paragraphs.find((p) => p.id === cited.paragraphId);
  if (!paragraph) return null;
  const start = paragraph.text.indexOf(cited.quote);
  if (start < 0) return null;
  return { paragraph, start, end: start + cited.quote.length };
}

export function checkTrackedChanges(
  data: TrackedChanges,
  alignment: CuratedAlignment,
  left: Letter,
  right: Letter,
): string[] {
  const problems: string[] = [];
  if (data.leftLetterId !== left.id || data.rightLetterId !== right.id) {
    return [
      `de wijzigingen zijn voor ${data.leftLetterId} ↔ ${data.rightLetterId}, niet voor ${left.id} ↔ ${right.id}`,
    ];
  }
  const ids = new Set<string>();
  for (const entry of data.changes) {
    if (ids.has(entry.id)) problems.push(`wijziging ${entry.id} komt twee keer voor`);
    ids.add(entry.id);
    const theme = alignment.themes.find((t) => t.id === entry.theme);
    if (!theme) problems.push(`wijziging ${entry.id}: thema ${entry.theme} bestaat niet`);
    for (const [letter, cited] of [
      [left, entry.left],
      [right, entry.right],
    ] as const) {
      if (!cited) continue;
      if (!letter.paragraphs.some((p) => p.id === cited.paragraphId))
        problems.push(
          `wijziging ${entry.id}: alinea ${cited.paragraphId} bestaat niet in ${letter.id}`,
        );
      else if (!citedPassage(letter, cited))
        problems.push(
          `wijziging ${entry.id}: het citaat "${cited.quote}" staat niet in alinea ${cited.paragraphId} van ${letter.id}`,
        );
    }
    if (theme?.status === 'dropped' && entry.change !== 'niet meer genoemd')
      problems.push(
        `wijziging ${entry.id} hoort bij het vervallen thema ${theme.id} maar is ${entry.change}`,
      );
    if (theme?.status === 'new' && entry.change !== 'nieuw')
      problems.push(
        `wijziging ${entry.id} hoort bij het nieuwe thema ${theme.id} maar is ${entry.change}`,
      );
  }
  for (const theme of alignment.themes) {
    if (!data.changes.some((entry) => entry.theme === theme.id))
      problems.push(`thema ${theme.id} (${theme.status}) heeft geen enkele wijziging`);
  }
  return problems;
}

/** The tracked changes per theme, in the theme list's order; themes without any are left out. */
export function changesByTheme(data: TrackedChanges, alignment: CuratedAlignment): ThemeChanges[] {
  return alignment.themes
    .map((theme) => ({ theme, changes: data.changes.filter((c) => c.theme === theme.id) }))
    .filter((group) => group.changes.length > 0);
}

export function changeCounts(data: TrackedChanges): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<
    ChangeKind,
    number
  >;
  for (const entry of data.changes) counts[entry.change] += 1;
  return counts;
}
