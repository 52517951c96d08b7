// What a CLI command gets to talk to the user: kept apart from process.stdout so
// commands are plain functions that tests can call.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Command = (argv: string[], io: CliIo) => Promise<number>;
