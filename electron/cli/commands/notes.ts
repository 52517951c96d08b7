// `naslag notes export|import`: a user's notes out of and into a data folder,
// through the same services as the app. The command never repairs a damaged
// store (the app does that, and tells the user); it refuses and changes
// nothing, as it does with a file that cannot be imported.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BriefGrouping } from '@core/annotations/brief';
import { MAX_IMPORT_BYTES } from '@core/annotations/import';
import type { ImportReport } from '@core/contract/api';
import type { CliIo } from '../io';
import { readTextFile } from '../read-text-file';
import { loadBundledCorpus } from '../../services/corpus';
import { createServices } from '../../services/index';
import type { Services } from '../../services/index';
import { exportNotes, importNotes } from '../../services/notes-io';

const FORMATS = ['md', 'json'] as const;
const GROUPINGS = ['letter', 'theme', 'tag'] as const;

const messages = {
  usage: [
    'Gebruik:',
    '  naslag notes export --data-dir MAP [--format md|json] [--group-by letter|theme|tag]',
    '  naslag notes import BESTAND --data-dir MAP',
    '',
    'export  schrijft alle notities naar de uitvoer: als debatnotitie in Markdown (md, standaard)',
    '        of als W3C Web Annotations (json). --group-by ordent de debatnotitie.',
    'import  leest W3C Web Annotations (één annotatie of een lijst) en voegt ze samen op id.',
    '',
    '--data-dir  de gegevensmap van Naslag (waar naslag.json staat)',
    '',
    'Afsluitcode van import:',
    '  0  elke annotatie is toegevoegd, bijgewerkt of was al gelijk',
    '  1  er kon niets worden ingelezen (onbruikbaar bestand, of elke annotatie overgeslagen)',
    '  2  een deel is ingelezen, een deel overgeslagen (de uitvoer zegt welke en waarom)',
    'Ongeldige opties geven, zoals bij elke naslag-opdracht, ook code 2, met uitleg.',
  ].join('\n'),
  missingDataDir: () => 'Geef met --data-dir de gegevensmap van Naslag op.',
  noDataDir: (dir: string) =>
    `De gegevensmap ${dir} bestaat niet. Er is niets gewijzigd. Controleer de naam van de map.`,
  unknownAction: (action: string) =>
    `Onbekende actie voor "notes": ${action}. Kies export of import.`,
  badChoice: (option: string, value: string, choices: readonly string[]) =>
    `Ongeldige waarde voor --${option}: ${value}. Kies ${choices.join(', ')}.`,
  badArguments: (reason: string) => `Ongeldige opties: ${reason}`,
  missingFile: () =>
    'Geef het bestand op dat u wilt inlezen: naslag notes import BESTAND --data-dir MAP',
  unreadableFile: (file: string, code: string) =>
    `Het bestand ${file} kan niet worden gelezen (${code}). Er is niets gewijzigd.`,
  fileTooLarge: (file: string) => `Het bestand ${file} is groter dan 10 MB. Er is niets ingelezen.`,
  notAFile: (file: string) =>
    `${file} is geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pipe). ` +
    'Er is niets ingelezen. Geef een exportbestand van Naslag op (.json).',
  notText: (file: string) => `Het bestand ${file} is geen tekst (UTF-8). Er is niets ingelezen.`,
  report: (file: string, report: ImportReport) =>
    [
      `Ingelezen uit ${file}: ${report.added} toegevoegd, ${report.updated} bijgewerkt, ` +
        `${report.unchanged} ongewijzigd, ${report.skipped.length} overgeslagen.`,
      ...report.skipped.map(
        (skip) =>
          `  overgeslagen: annotatie ${skip.index + 1}${skip.id ? ` (${skip.id})` : ''}: ${skip.reason}`,
      ),
    ].join('\n'),
};

export async function notesCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        format: { type: 'string', default: 'md' },
        'group-by': { type: 'string', default: 'letter' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(
      `${messages.badArguments(error instanceof Error ? error.message : String(error))}\n\n${messages.usage}`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, file, ...extra] = positionals;
  if (values.help) {
    io.out(messages.usage);
    return 0;
  }
  if (action !== 'export' && action !== 'import') {
    io.err(action ? `${messages.unknownAction(action)}\n\n${messages.usage}` : messages.usage);
    return 2;
  }
  if (extra.length > 0 || (action === 'export' && file !== undefined)) {
    io.err(
      `${messages.badArguments(`onverwacht: ${[file, ...extra].filter(Boolean).join(' ')}`)}\n\n${messages.usage}`,
    );
    return 2;
  }
  const dataDir = values['data-dir'];
  if (!dataDir) {
    io.err(messages.missingDataDir());
    return 2;
  }

  if (action === 'export') {
    const format = oneOf(values.format, FORMATS);
    const groupBy = oneOf(values['group-by'], GROUPINGS);
    if (!format) return usageError(io, messages.badChoice('format', values.format, FORMATS));
    if (!groupBy)
      return usageError(io, messages.badChoice('group-by', values['group-by'], GROUPINGS));
    return withServices(dataDir, io, async (services) => {
      io.out(
        exportNotes(services.store.read().notes, services.corpus, format, groupBy as BriefGrouping),
      );
      return 0;
    });
  }

  if (!file) return usageError(io, messages.missingFile());
  const text = await readImportFile(resolve(file), io);
  if (text === null) return 1;
  return withServices(dataDir, io, async (services) => {
    const report = await importNotes(
      services.store,
      services.corpus,
      text,
      new Date(services.now()),
    );
    io.out(messages.report(file, report));
    return importExitCode(report);
  });
}

/** 0 when everything came in, 1 when nothing did, 2 when part was skipped: scripts can tell them apart. */
function importExitCode(report: ImportReport): 0 | 1 | 2 {
  if (report.skipped.length === 0) return 0;
  return report.added + report.updated + report.unchanged === 0 ? 1 : 2;
}

function oneOf<T extends string>(value: string, choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice === value);
}

function usageError(io: CliIo, message: string): number {
  io.err(message);
  return 2;
}

/** The file's text, or null after telling the user why it cannot be read. */
async function readImportFile(file: string, io: CliIo): Promise<string | null> {
  const read = await readTextFile(file, MAX_IMPORT_BYTES);
  if (read.ok) return read.text;
  switch (read.problem) {
    case 'not-a-file':
      io.err(messages.notAFile(file));
      break;
    case 'too-large':
      io.err(messages.fileTooLarge(file));
      break;
    case 'not-text':
      io.err(messages.notText(file));
      break;
    case 'unreadable':
      io.err(messages.unreadableFile(file, read.code));
  }
  return null;
}

async function withServices(
  dataDir: string,
  io: CliIo,
  run: (services: Services) => Promise<number>,
): Promise<number> {
  // A mistyped folder must not silently become a new, empty store.
  if (
    !(await stat(resolve(dataDir))
      .then((s) => s.isDirectory())
      .catch(() => false))
  ) {
    io.err(messages.noDataDir(dataDir));
    return 1;
  }
  let services: Services;
  try {
    services = await createServices({
      dataDir: resolve(dataDir),
      corpus: loadBundledCorpus(),
      holder: 'de naslag-opdracht',
      onDamage: 'refuse',
    });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  try {
    return await run(services);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await services.close();
  }
}
