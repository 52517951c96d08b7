import { describe, expect, it } from 'vitest';
import { alignCommand } from './align';
import type { AlignedTheme } from './align';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await alignCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('naslag align', () => {
  it('prints the curated themes of nr. 81 and nr. 90 as JSON, by section title', async () => {
    const { code, out, err } = await run('81', '90', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const themes = JSON.parse(out) as AlignedTheme[];
    expect(themes.find((t) => t.left.includes('Encryptie'))).toEqual({
      theme: 'Encryptie: van ontsleutelplicht naar decryptiebevel',
      left: ['Encryptie'],
      right: ['Encryptie'],
      status: 'continued',
    });
    expect(themes.find((t) => t.theme === 'Landelijke en internationale databases')?.right).toEqual(
      ['Databases', 'Internationale samenwerking'],
    );
    expect(themes.find((t) => t.right.includes('Stop It Now!'))?.status).toBe('new');
    expect(themes.find((t) => t.left.includes('Virtuele kinderpornografie'))?.status).toBe(
      'dropped',
    );
    expect(themes.every((t) => t.score === undefined)).toBe(true);
  });

  it('finds the letters by any name people use, and defaults to the bundled pair', async () => {
    const byName = await run('kst-31015-81', 'april 2013', '--json');
    const byDefault = await run('--json');
    expect(byName.code).toBe(0);
    expect(byName.out).toBe((await run('81', '90', '--json')).out);
    expect(byDefault.out).toBe(byName.out);
  });

  it('computes the alignment with scores for another pair or when asked', async () => {
    const reversed = JSON.parse((await run('90', '81', '--json')).out) as AlignedTheme[];
    const encryption = reversed.find(
      (t) => t.left.includes('Encryptie') && t.status === 'continued',
    );
    expect(encryption?.right).toEqual(['Encryptie']);
    expect(encryption?.score).toBeGreaterThan(0.1);
    expect(encryption?.pairs?.[0]).toMatchObject({ left: 'Encryptie', right: 'Encryptie' });
    const computed = JSON.parse(
      (await run('81', '90', '--computed', '--json')).out,
    ) as AlignedTheme[];
    expect(computed.every((t) => typeof t.score === 'number')).toBe(true);
  });

  it('prints a Dutch overview with the status of every theme', async () => {
    const { code, out } = await run('81', '90');
    expect(code).toBe(0);
    expect(out).toContain(
      'Thema’s van Kamerstukken II 2012/13, 31 015, nr. 81 naar nr. 90 (handmatig ingedeeld)',
    );
    expect(out).toContain('7 doorlopend, 6 nieuw, 3 vervallen');
    expect(out).toMatch(
      /vervallen {3}Chemische castratie \/ libidoremmende middelen\n {12}nr\. 81: Chemische castratie \/ libidoremmende middelen\n {12}nr\. 90: —/,
    );
    expect(out).toMatch(/nr\. 90: Databases\n {20}Internationale samenwerking/);
    const computed = await run('81', '90', '--computed');
    expect(computed.out).toContain('(berekend)');
    expect(computed.out).toMatch(/doorlopend {2}Encryptie {2}\(score 0,\d\d\)/);
  });

  it('says in Dutch what is wrong with the arguments', async () => {
    const unknown = await run('82', '90');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(
      'Geen brief gevonden voor "82". Kies een van: nr. 81 (kst-31015-81), nr. 90 (kst-31015-90).',
    );
    const one = await run('81');
    expect(one.code).toBe(2);
    expect(one.err).toContain('Geef twee brieven op, of geen (dan nr. 81 en nr. 90); u gaf er 1.');
    const option = await run('--xml');
    expect(option.code).toBe(2);
    expect(option.err).toContain('Onbekende optie voor "align": --xml');
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Gebruik: naslag align/);
  });
});
