// `naslag align <brief> <brief> [--json] [--computed]`: the themes two letters
// share, as a Dutch overview or as JSON. For the bundled pair (nr. 81 → nr. 90)
// it shows the curated alignment; for any other pair, or with --computed, the
// computed one with its similarity scores.
import type { Letter } from '@core/corpus/model';
import { formatCitation } from '@core/corpus/citation';
import { computeAlignment } from '@core/compare/align';
import type { ThemeStatus } from '@core/compare/align';
import { alignmentFromCurated } from '@core/compare/curated';
import { curatedComparison } from '../../../data/curated/index';
import type { CliIo } from '../io';
import { loadPair, parsePairArguments } from '../letter-pair';

const STATUS: Record<ThemeStatus, string> = {
  continued: 'doorlopend',
  new: 'nieuw',
  dropped: 'vervallen',
};

const messages = {
  usage: [
    'Gebruik: naslag align [<brief> <brief>] [--json] [--computed]',
    '',
    'Toont per thema welke secties van de eerste brief doorlopen in de tweede,',
    'welke nieuw zijn en welke vervallen. Zonder brieven: nr. 81 en nr. 90.',
    '  <brief>     nummer, id of naam, bijvoorbeeld 81, kst-31015-90 of "april 2013"',
    '  --json      de thema’s als JSON',
    '  --computed  de berekende indeling met scores, ook voor nr. 81 en nr. 90',
  ].join('\n'),
  heading: (left: Letter, right: Letter, curated: boolean) =>
    `Thema’s van ${formatCitation(left)} naar nr. ${right.nr} (${curated ? 'handmatig ingedeeld' : 'berekend'})`,
  score: (score: number) => `score ${score.toFixed(2).replace('.', ',')}`,
  none: '—',
  summary: (counts: Record<ThemeStatus, number>) =>
    `${counts.continued} doorlopend, ${counts.new} nieuw, ${counts.dropped} vervallen`,
};

/** One theme as the command reports it. */
export interface AlignedTheme {
  theme: string;
  left: string[];
  right: string[];
  status: ThemeStatus;
  /** Computed alignments only: the best cosine behind the theme. */
  score?: number;
  /** Computed alignments only: the section pairs, by title, with their scores. */
  pairs?: { left: string; right: string; score: number }[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function titles(letter: Letter, ids: readonly string[]): string[] {
  return ids.map((id) => letter.sections.find((s) => s.id === id)?.title ?? id);
}

export function curatedThemes(left: Letter, right: Letter): AlignedTheme[] {
  return alignmentFromCurated(curatedComparison.alignment, left, right).themes.map(
    ({ theme, left: l, right: r }) => ({
      theme: theme.title,
      left: l.map((s) => s.title),
      right: r.map((s) => s.title),
      status: theme.status,
    }),
  );
}

export function computedThemes(left: Letter, right: Letter): AlignedTheme[] {
  return computeAlignment(left, right).themes.map((theme) => ({
    theme: theme.title,
    left: titles(left, theme.left),
    right: titles(right, theme.right),
    status: theme.status,
    score: round(theme.score),
    pairs: theme.pairs.map((pair) => ({
      left: titles(left, [pair.left])[0] ?? pair.left,
      right: titles(right, [pair.right])[0] ?? pair.right,
      score: round(pair.score),
    })),
  }));
}

function overview(left: Letter, right: Letter, themes: AlignedTheme[], curated: boolean): string {
  const width = Math.max(...Object.values(STATUS).map((s) => s.length));
  const indent = ' '.repeat(width + 2);
  const side = (nr: number, sections: string[]) => {
    const label = `nr. ${nr}: `;
    const [first = messages.none, ...rest] = sections;
    return [
      `${indent}${label}${first}`,
      ...rest.map((title) => `${indent}${' '.repeat(label.length)}${title}`),
    ].join('\n');
  };
  const blocks = themes.map((theme) =>
    [
      `${STATUS[theme.status].padEnd(width)}  ${theme.theme}${theme.score === undefined ? '' : `  (${messages.score(theme.score)})`}`,
      side(left.nr, theme.left),
      side(right.nr, theme.right),
    ].join('\n'),
  );
  const counts = { continued: 0, new: 0, dropped: 0 };
  for (const theme of themes) counts[theme.status] += 1;
  return [
    messages.heading(left, right, curated),
    messages.summary(counts),
    '',
    blocks.join('\n\n'),
  ].join('\n');
}

export async function alignCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parsePairArguments('align', argv, ['--json', '--computed'], messages.usage, io);
  if (typeof args === 'number') return args;
  const pair = loadPair(args.references, io);
  if (typeof pair === 'number') return pair;
  const [left, right] = pair;
  const { leftLetterId, rightLetterId } = curatedComparison.alignment;
  const useCurated =
    !args.flags.has('--computed') && left.id === leftLetterId && right.id === rightLetterId;
  let themes: AlignedTheme[];
  try {
    themes = useCurated ? curatedThemes(left, right) : computedThemes(left, right);
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
  io.out(
    args.flags.has('--json')
      ? JSON.stringify(themes, null, 2)
      : overview(left, right, themes, useCurated),
  );
  return 0;
}
