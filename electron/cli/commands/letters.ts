// `naslag letters [--json]`: the bundled letters, as a short Dutch list or as
// JSON with their paragraphs, footnotes and tables for scripts and checks.
import type { Letter } from '@core/corpus/model';
import { formatCitation } from '@core/corpus/citation';
import { formatDutchDate } from '@core/corpus/dutch-date';
import type { CliIo } from '../io';
import { loadBundledCorpus } from '../../services/corpus';

const messages = {
  usage: [
    'Gebruik: naslag letters [--json]',
    '',
    'Toont de meegeleverde brieven.',
    '  --json   alle brieven met alinea’s, voetnoten en tabellen als JSON',
  ].join('\n'),
  unknownOption: (option: string) => `Onbekende optie voor "letters": ${option}`,
  buildFailed: (reason: string) =>
    `De brieven konden niet worden ingelezen: ${reason}\nEr is niets gewijzigd. Controleer de bestanden in data/letters.`,
  count: (n: number) => (n === 1 ? '1 brief:' : `${n} brieven:`),
  facts: (letter: Letter) =>
    [
      plural(letter.pageCount, 'pagina', 'pagina’s'),
      plural(letter.paragraphs.length, 'alinea', 'alinea’s'),
      plural(letter.footnotes.length, 'voetnoot', 'voetnoten'),
      plural(letter.tables.length, 'tabel of figuur', 'tabellen en figuren'),
    ].join(', '),
  alsoKnownAs: (aliases: readonly string[]) =>
    `ook bekend als: ${aliases.map((alias) => `“${alias}”`).join(', ')}`,
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The JSON shape of one letter, as scripts see it. */
export function letterAsJson(letter: Letter) {
  const sectionTitle = new Map(letter.sections.map((section) => [section.id, section.title]));
  return {
    id: letter.id,
    dossier: letter.dossier,
    nr: letter.nr,
    date: letter.date,
    title: letter.title,
    citation: formatCitation(letter),
    aliases: letter.aliases,
    pageCount: letter.pageCount,
    paragraphs: letter.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      section: sectionTitle.get(paragraph.sectionId) ?? paragraph.sectionId,
      page: paragraph.page,
      ...(paragraph.pageEnd === undefined ? {} : { pageEnd: paragraph.pageEnd }),
      kind: paragraph.kind,
      text: paragraph.text,
    })),
    footnotes: letter.footnotes.map((footnote) => ({
      n: footnote.n,
      page: footnote.page,
      paragraphId: footnote.paragraphId,
    })),
    tables: letter.tables.map((table) => ({
      id: table.id,
      caption: table.caption,
      title: table.title,
      page: table.page,
      rows: table.rows,
    })),
  };
}

function describe(letter: Letter): string {
  return [
    `${formatCitation(letter)} — ${formatDutchDate(letter.date)}`,
    `  ${letter.title}`,
    `  ${messages.facts(letter)}`,
    ...(letter.aliases.length > 0 ? [`  ${messages.alsoKnownAs(letter.aliases)}`] : []),
  ].join('\n');
}

export async function lettersCommand(argv: string[], io: CliIo): Promise<number> {
  let json = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(messages.usage);
      return 0;
    } else {
      io.err(`${messages.unknownOption(arg)}\n\n${messages.usage}`);
      return 2;
    }
  }
  let letters: Letter[];
  try {
    letters = loadBundledCorpus().letters;
  } catch (error) {
    io.err(messages.buildFailed((error as Error).message));
    return 1;
  }
  if (json) {
    io.out(JSON.stringify(letters.map(letterAsJson), null, 2));
    return 0;
  }
  io.out([messages.count(letters.length), '', letters.map(describe).join('\n\n')].join('\n'));
  return 0;
}
