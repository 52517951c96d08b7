// `naslag changes <brief> <brief> [--json]`: what changed, subject by subject,
// from the curated tracked changes ("Wat is er veranderd"). Only the bundled pair
// (nr. 81 → nr. 90) has them.
import type { Letter } from '@core/corpus/model';
import { formatCitation } from '@core/corpus/citation';
import { changeCounts, changesByTheme, CHANGE_KINDS } from '@core/compare/changes';
import type { ChangeKind, CitedState } from '@core/compare/curated-model';
import { curatedComparison } from '../../../data/curated/index';
import type { CliIo } from '../io';
import { loadPair, parsePairArguments } from '../letter-pair';

/** One row of `naslag changes --json`. */
export interface ChangeRow {
  subject: string;
  change: ChangeKind;
  summary: string;
  left: { paragraphId: string; quote: string } | null;
  right: { paragraphId: string; quote: string } | null;
}

const messages = {
  usage: [
    'Gebruik: naslag changes [<brief> <brief>] [--json]',
    '',
    'Wat er per onderwerp (maatregel, project, organisatie, cijfer, toezegging)',
    'veranderde van de eerste naar de tweede brief, met de passage aan elke kant.',
    'Handmatig vastgelegd voor nr. 81 → nr. 90, dat ook de standaard is.',
    '  --json   een lijst van {subject, change, summary, left, right}',
  ].join('\n'),
  noChanges: (left: Letter, right: Letter) =>
    `Voor nr. ${left.nr} → nr. ${right.nr} zijn geen wijzigingen vastgelegd; alleen voor nr. 81 → nr. 90. Gebruik "naslag diff ${left.nr} ${right.nr}" voor de berekende vergelijking per zin.`,
  heading: (left: Letter, right: Letter) =>
    `Wat is er veranderd van ${formatCitation(left)} naar nr. ${right.nr}`,
  summary: (total: number, counts: Record<ChangeKind, number>) =>
    `${total} onderwerpen: ${CHANGE_KINDS.filter((kind) => counts[kind] > 0)
      .map((kind) => `${counts[kind]} ${kind}`)
      .join(', ')}`,
};

const cite = (cited: CitedState | null) =>
  cited ? { paragraphId: cited.paragraphId, quote: cited.quote } : null;

export async function changesCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parsePairArguments('changes', argv, ['--json'], messages.usage, io);
  if (typeof args === 'number') return args;
  const pair = loadPair(args.references, io);
  if (typeof pair === 'number') return pair;
  const [left, right] = pair;
  const { changes, alignment } = curatedComparison;
  if (left.id !== changes.leftLetterId || right.id !== changes.rightLetterId) {
    io.err(messages.noChanges(left, right));
    return 1;
  }
  const groups = changesByTheme(changes, alignment);
  if (args.flags.has('--json')) {
    const rows: ChangeRow[] = groups.flatMap((group) =>
      group.changes.map((entry) => ({
        subject: entry.subject,
        change: entry.change,
        summary: entry.summary,
        left: cite(entry.left),
        right: cite(entry.right),
      })),
    );
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const width = Math.max(...CHANGE_KINDS.map((kind) => kind.length));
  const indent = ' '.repeat(width + 4);
  const passage = (nr: number, cited: CitedState | null) =>
    cited
      ? `${indent}nr. ${nr} (${cited.paragraphId}): ‘${cited.quote.replace(/\n/g, ' ')}’`
      : null;
  const blocks = groups.map((group) =>
    [
      group.theme.title,
      ...group.changes.map((entry) =>
        [
          `  ${entry.change.padEnd(width)}  ${entry.subject}`,
          `${indent}${entry.summary}`,
          passage(left.nr, entry.left),
          passage(right.nr, entry.right),
        ]
          .filter((line) => line !== null)
          .join('\n'),
      ),
    ].join('\n'),
  );
  io.out(
    [
      messages.heading(left, right),
      messages.summary(changes.changes.length, changeCounts(changes)),
      '',
      blocks.join('\n\n'),
    ].join('\n'),
  );
  return 0;
}
