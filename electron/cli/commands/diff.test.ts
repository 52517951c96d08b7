import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { diffCommand } from './diff';
import type { DiffRow } from './diff';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await diffCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const bin = fileURLToPath(new URL('../naslag.mjs', import.meta.url));

describe('naslag diff', () => {
  it('prints the sentence alignment of nr. 81 and nr. 90 as JSON, run as a process', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'diff', '81', '90', '--json'],
      {
        maxBuffer: 10_000_000,
      },
    );
    const rows = JSON.parse(stdout) as DiffRow[];
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        row.status === 'same' || row.status === 'changed'
          ? ['left', 'right', 'similarity', 'status']
          : ['left', 'right', 'status'],
      );
      if (row.status === 'new') expect(row.left).toBeNull();
      if (row.status === 'dropped') expect(row.right).toBeNull();
    }
    expect(rows).toContainEqual({
      status: 'changed',
      left: {
        paragraphId: 'landelijke-inrichting-aanpak-kinderpornografie-1',
        text: 'De aanpak van kinderpornografie is een prioriteit van het huidige Kabinet.',
      },
      right: {
        paragraphId: 'prestaties-landelijke-inrichting-1',
        text: 'De aanpak van kinderpornografie en kindersekstoerisme is een prioriteit van het Kabinet.',
      },
      similarity: expect.any(Number) as number,
    });
    expect(rows.find((r) => r.left?.paragraphId === 'ondertekening-1')).toMatchObject({
      status: 'same',
      similarity: 1,
    });
    expect(rows.find((r) => r.right?.text.startsWith('Na bestudering heeft het OM'))?.status).toBe(
      'new',
    );
  }, 30_000);

  it('gives the two sentences of one side that together restate one of the other as one text', async () => {
    const rows = JSON.parse((await run('81', '90', '--json')).out) as DiffRow[];
    const opening = rows.find((r) => r.left?.paragraphId === 'opening-2');
    expect(opening?.right?.text).toMatch(
      /^Met deze brief .* kindersekstoerisme\. Hierbij zal ik tevens ingaan op /,
    );
  });

  it('prints a readable Dutch list without --json', async () => {
    const { code, out } = await run('81', '90');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Zinnen van Kamerstukken II 2012\/13, 31 015, nr\. 81 naast nr\. 90 \(berekend\)\n\d+ gelijk, \d+ gewijzigd, \d+ nieuw, \d+ vervallen\n/,
    );
    expect(out).toMatch(
      /gewijzigd \(score 0,\d\d\)\n {2}nr\. 81 \(landelijke-inrichting-aanpak-kinderpornografie-1\): De aanpak van kinderpornografie is een prioriteit van het huidige Kabinet\.\n {2}nr\. 90 \(prestaties-landelijke-inrichting-1\): De aanpak/,
    );
    expect(out).toContain('vervallen\n  nr. 81 (opening-1): Den Haag, 2 oktober 2012');
    expect(out).toContain(
      '  wijziging: De aanpak van kinderpornografie {+en kindersekstoerisme +}is een prioriteit van het [-huidige -]Kabinet.',
    );
  });

  it('says in Dutch what is wrong with the arguments', async () => {
    expect((await run('81')).err).toContain('Geef twee brieven op');
    expect((await run('81', '90', '--xml')).err).toContain('Onbekende optie voor "diff": --xml');
    expect((await run('82', '90')).code).toBe(1);
    expect((await run('--help')).out).toMatch(/^Gebruik: naslag diff/);
  });
});
