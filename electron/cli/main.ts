// The naslag command line: the same services as the app, for scripting and checks.
import { readFileSync } from 'node:fs';
import type { CliIo, Command } from './io';

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

const commands: Record<string, CommandEntry> = {
  letters: {
    summary: 'de gebundelde brieven (--json voor alle alinea’s, voetnoten en tabellen)',
    load: async () => (await import('./commands/letters')).lettersCommand,
  },
  align: {
    summary: 'de thema’s die twee brieven delen (naslag align 81 90 [--json] [--computed])',
    load: async () => (await import('./commands/align')).alignCommand,
  },
  diff: {
    summary: 'de zinnen van twee brieven naast elkaar (naslag diff 81 90 [--json])',
    load: async () => (await import('./commands/diff')).diffCommand,
  },
  changes: {
    summary: 'wat er per onderwerp veranderde (naslag changes 81 90 [--json])',
    load: async () => (await import('./commands/changes')).changesCommand,
  },
  search: {
    summary: 'zoeken in de brieven (naslag search "<vraag>" [--json] [--limit N])',
    load: async () => (await import('./commands/search')).searchCommand,
  },
  notes: {
    summary: 'notities exporteren of importeren (naslag notes export|import --data-dir MAP)',
    load: async () => (await import('./commands/notes')).notesCommand,
  },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length), 4);
  const lines = Object.entries(commands).map(
    ([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`,
  );
  return [
    'Gebruik: naslag <opdracht> [opties]',
    '',
    'Opdrachten:',
    ...lines,
    '',
    'Algemene opties:',
    '  --help, -h     deze hulp, of de hulp bij een opdracht (naslag <opdracht> --help)',
    '  --version, -v  het versienummer',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const entry = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.err(`Onbekende opdracht: ${name}\n\n${usage()}`);
    return 2;
  }
  const command = await entry.load();
  return command(rest, io);
}
