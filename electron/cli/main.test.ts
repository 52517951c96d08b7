import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main';

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) },
  };
}

describe('naslag', () => {
  it('lists its commands in Dutch with --help', async () => {
    const { out, io } = captured();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Gebruik: naslag <opdracht>/);
    expect(out.join('\n')).toMatch(/letters/);
  });

  it('refuses an unknown command with usage and exit code 2', async () => {
    const { err, io } = captured();
    expect(await main(['brieven'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/Onbekende opdracht: brieven/);
  });

  it('does not treat prototype keys as commands', async () => {
    const { io } = captured();
    expect(await main(['constructor'], io)).toBe(2);
  });

  it('prints the package version', async () => {
    const { out, io } = captured();
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(await main(['--version'], io)).toBe(0);
    expect(out).toEqual([pkg.version]);
  });

  it('runs as a process through the package bin', async () => {
    const bin = fileURLToPath(new URL('./naslag.mjs', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'letters', '--json']);
    const letters = JSON.parse(stdout) as { id: string; nr: number; date: string }[];
    expect(letters.map((letter) => [letter.id, letter.nr, letter.date])).toEqual([
      ['kst-31015-81', 81, '2012-10-02'],
      ['kst-31015-90', 90, '2013-05-06'],
    ]);
  }, 30_000);
});
