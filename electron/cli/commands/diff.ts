// `naslag diff <brief> <brief> [--json]`: the computed sentence alignment of two
// letters. Every sentence of both letters appears once: paired with the sentence
// (or the two or three sentences) of the other letter that restate it, as "same"
// or "changed" with a similarity score, or alone as "new" (only in the second
// letter) or "dropped" (only in the first).
import type { Letter } from '@core/corpus/model';
import { formatCitation } from '@core/corpus/citation';
import { changeRuns } from '@core/compare/change-marks';
import { alignSentences, curatedSectionLinks } from '@core/compare/sentence-align';
import type { SentenceMatch, SentenceStatus } from '@core/compare/sentence-align';
import { curatedComparison } from '../../../data/curated/index';
import type { CliIo } from '../io';
import { loadPair, parsePairArguments } from '../letter-pair';

/** One row of `naslag diff --json`. */
export interface DiffRow {
  status: SentenceStatus;
  left: { paragraphId: string; text: string } | null;
  right: { paragraphId: string; text: string } | null;
  similarity?: number;
}

const STATUS: Record<SentenceStatus, string> = {
  same: 'gelijk',
  changed: 'gewijzigd',
  new: 'nieuw',
  dropped: 'vervallen',
};

const messages = {
  usage: [
    'Gebruik: naslag diff [<brief> <brief>] [--json]',
    '',
    'Zet de zinnen van twee brieven naast elkaar: welke zin de tweede brief herhaalt',
    'of bijwerkt (gelijk of gewijzigd, met een score), welke nieuw is en welke',
    'vervallen. Zonder brieven: nr. 81 en nr. 90.',
    '  <brief>  nummer, id of naam, bijvoorbeeld 81, kst-31015-90 of "april 2013"',
    '  --json   een lijst van {status, left, right, similarity}',
  ].join('\n'),
  heading: (left: Letter, right: Letter) =>
    `Zinnen van ${formatCitation(left)} naast nr. ${right.nr} (berekend)`,
  summary: (counts: Record<SentenceStatus, number>) =>
    `${counts.same} gelijk, ${counts.changed} gewijzigd, ${counts.new} nieuw, ${counts.dropped} vervallen`,
  score: (score: number) => `score ${score.toFixed(2).replace('.', ',')}`,
  marks: (marked: string) => `  wijziging: ${marked}`,
};

/**
 * A changed pair's marks as "[-weg-]{+erbij+}", when the two share words enough to
 * read as an edit; null for a rewrite, where marks would cover everything.
 */
function marked(row: DiffRow): string | null {
  if (row.status !== 'changed' || !row.left || !row.right) return null;
  const runs = changeRuns(row.left.text, row.right.text);
  const kept = runs
    .filter((run) => run.change === 'same')
    .map((run) => run.text)
    .join('');
  if ((kept.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return null;
  return runs
    .map((run) =>
      run.change === 'same'
        ? run.text
        : run.change === 'removed'
          ? `[-${run.text}-]`
          : `{+${run.text}+}`,
    )
    .join('')
    .replace(/\n/g, ' ');
}

export function diffRows(left: Letter, right: Letter): DiffRow[] {
  const side = (s: SentenceMatch['left']) =>
    s ? { paragraphId: s.paragraphId, text: s.text } : null;
  const linkedSections = curatedSectionLinks(curatedComparison.alignment, left, right);
  return alignSentences(left, right, { linkedSections }).matches.map((match) => ({
    status: match.status,
    left: side(match.left),
    right: side(match.right),
    ...(match.similarity === undefined ? {} : { similarity: match.similarity }),
  }));
}

function overview(left: Letter, right: Letter, rows: DiffRow[]): string {
  const counts = { same: 0, changed: 0, new: 0, dropped: 0 };
  for (const row of rows) counts[row.status] += 1;
  const line = (nr: number, side: DiffRow['left']) =>
    side ? `  nr. ${nr} (${side.paragraphId}): ${side.text.replace(/\n/g, ' ')}` : null;
  const blocks = rows.map((row) =>
    [
      `${STATUS[row.status]}${row.similarity === undefined ? '' : ` (${messages.score(row.similarity)})`}`,
      line(left.nr, row.left),
      line(right.nr, row.right),
      ((m) => (m === null ? null : messages.marks(m)))(marked(row)),
    ]
      .filter((text) => text !== null)
      .join('\n'),
  );
  return [messages.heading(left, right), messages.summary(counts), '', blocks.join('\n\n')].join(
    '\n',
  );
}

export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parsePairArguments('diff', argv, ['--json'], messages.usage, io);
  if (typeof args === 'number') return args;
  const pair = loadPair(args.references, io);
  if (typeof pair === 'number') return pair;
  const [left, right] = pair;
  const rows = diffRows(left, right);
  io.out(args.flags.has('--json') ? JSON.stringify(rows, null, 2) : overview(left, right, rows));
  return 0;
}
