import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { changesCommand } from './changes';
import type { ChangeRow } from './changes';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await changesCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const bin = fileURLToPath(new URL('../naslag.mjs', import.meta.url));

describe('naslag changes', () => {
  it('prints what changed per subject as JSON, run as a process', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      'changes',
      '81',
      '90',
      '--json',
    ]);
    const rows = JSON.parse(stdout) as ChangeRow[];
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(['change', 'left', 'right', 'subject', 'summary']);
    expect(rows).toContainEqual({
      subject: 'Brief over wetgeving cybercrime',
      change: 'niet meer genoemd',
      summary: expect.stringContaining('27 november 2012') as string,
      left: {
        paragraphId: 'encryptie-3',
        quote:
          'de brief over wetgeving cybercrime. Deze brief zal ik uw Kamer op korte termijn doen toekomen.',
      },
      right: null,
    });
    expect(rows.find((r) => r.subject === 'Project Vliegende Start')).toMatchObject({
      change: 'niet meer genoemd',
      right: null,
    });
    expect(rows.find((r) => r.subject === 'Verbod op de vereniging Martijn')).toMatchObject({
      change: 'nieuw',
      left: null,
    });
  }, 30_000);

  it('prints a readable Dutch list by theme without --json', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Wat is er veranderd van Kamerstukken II 2012\/13, 31 015, nr\. 81 naar nr\. 90\n\d+ onderwerpen: \d+ nieuw, /,
    );
    expect(out).toMatch(
      /\nEncryptie: van ontsleutelplicht naar decryptiebevel\n {2}gevorderd {10}Ontsleutelplicht, nu decryptiebevel\n {21}Van een onderzoek/,
    );
    expect(out).toContain(
      'nr. 81 (encryptie-2): ‘Inmiddels zit dit onderzoek in de afrondende fase.’',
    );
  });

  it('says in Dutch that only the bundled pair has curated changes', async () => {
    const reversed = await run('90', '81');
    expect(reversed.code).toBe(1);
    expect(reversed.err).toBe(
      'Voor nr. 90 → nr. 81 zijn geen wijzigingen vastgelegd; alleen voor nr. 81 → nr. 90. Gebruik "naslag diff 90 81" voor de berekende vergelijking per zin.',
    );
    expect((await run('--json', '--csv')).err).toContain('Onbekende optie voor "changes": --csv');
  });
});
