// The arguments of the commands that compare two letters (align, diff, changes):
// two letter references (default nr. 81 and nr. 90), flags, and the letters loaded
// from the bundled corpus, with the Dutch messages for what can go wrong.
import type { Letter } from '@core/corpus/model';
import { loadBundledCorpus, requireBundledLetter } from '../services/corpus';
import type { CliIo } from './io';

export interface PairArguments {
  flags: Set<string>;
  references: [string, string];
}

const messages = {
  unknownOption: (command: string, option: string) =>
    `Onbekende optie voor "${command}": ${option}`,
  letterCount: (n: number) =>
    `Geef twee brieven op, of geen (dan nr. 81 en nr. 90); u gaf er ${n}.`,
  loadFailed: (reason: string) =>
    `De brieven konden niet worden ingelezen: ${reason}\nEr is niets gewijzigd. Controleer de bestanden in data/letters.`,
};

/**
 * Reads `[<brief> <brief>] [flags]`. Returns an exit code when the command must
 * stop (0 after --help, 2 for bad arguments), having said why.
 */
export function parsePairArguments(
  command: string,
  argv: readonly string[],
  knownFlags: readonly string[],
  usage: string,
  io: CliIo,
): PairArguments | number {
  const flags = new Set<string>();
  const references: string[] = [];
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      io.out(usage);
      return 0;
    }
    if (knownFlags.includes(arg)) flags.add(arg);
    else if (arg.startsWith('-')) {
      io.err(`${messages.unknownOption(command, arg)}\n\n${usage}`);
      return 2;
    } else references.push(arg);
  }
  if (references.length !== 0 && references.length !== 2) {
    io.err(`${messages.letterCount(references.length)}\n\n${usage}`);
    return 2;
  }
  const [left = '81', right = '90'] = references;
  return { flags, references: [left, right] };
}

/** The two letters from the bundled corpus, or exit code 1 after saying why not. */
export function loadPair(references: [string, string], io: CliIo): [Letter, Letter] | number {
  try {
    const corpus = loadBundledCorpus();
    return [
      requireBundledLetter(references[0], corpus),
      requireBundledLetter(references[1], corpus),
    ];
  } catch (error) {
    const message = (error as Error).message;
    io.err(message.startsWith('Geen brief gevonden') ? message : messages.loadFailed(message));
    return 1;
  }
}
