// Starts and stops the browser shell's back end (server.ts) as a child process,
// so a spec can stop it gracefully or kill it outright and start it again.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Harness {
  port: number;
  origin: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
  /** Resolves when the process has exited, whatever the cause. */
  exited(): Promise<void>;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverEntry = fileURLToPath(new URL('./server.ts', import.meta.url));

/** Resolves when the child process has exited, whatever the cause. */
export function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startHarness(options: { dataDir: string; port?: number }): Promise<Harness> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      serverEntry,
      '--data-dir',
      options.dataDir,
      '--port',
      String(options.port ?? 0),
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`De testserver startte niet binnen 20 s.\n${errors}`)),
      20_000,
    );
    lines.on('line', (line) => {
      const match = /^LISTENING (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`De testserver stopte (code ${code}).\n${errors}`));
    });
  });
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exitOf(child);
    },
    async kill() {
      child.kill('SIGKILL');
      await exitOf(child);
    },
    exited: () => exitOf(child),
  };
}
