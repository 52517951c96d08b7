import { describe, expect, it } from 'vitest';
import { lettersCommand } from './letters';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await lettersCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface LetterJson {
  id: string;
  dossier: string;
  nr: number;
  date: string;
  title: string;
  paragraphs: { id: string; section: string; page: number; text: string }[];
  footnotes: { n: number; page: number; paragraphId: string }[];
  tables: { caption: string | null; rows: string[][] }[];
}

describe('naslag letters', () => {
  it('lists the letters in Dutch with their citation and date', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('2 brieven:');
    expect(out).toContain('Kamerstukken II 2012/13, 31 015, nr. 81 — 2 oktober 2012');
    expect(out).toContain('Kamerstukken II 2012/13, 31 015, nr. 90 — 6 mei 2013');
    expect(out).toContain('“april 2013”');
    expect(out).toMatch(/10 pagina’s, 43 alinea’s, 5 voetnoten, 2 tabellen en figuren/);
  });

  it('prints every letter with paragraphs, footnotes and tables as JSON', async () => {
    const { code, out } = await run('--json');
    expect(code).toBe(0);
    const letters = JSON.parse(out) as LetterJson[];
    expect(letters.map((l) => [l.id, l.dossier, l.nr, l.date])).toEqual([
      ['kst-31015-81', '31 015', 81, '2012-10-02'],
      ['kst-31015-90', '31 015', 90, '2013-05-06'],
    ]);
    const [nr81, nr90] = letters;
    expect(nr81?.paragraphs[1]).toMatchObject({ id: 'opening-2', section: 'Inleiding', page: 1 });
    expect(nr81?.paragraphs[1]?.text).toMatch(/op 2 februari 2012\.$/);
    expect(nr81?.paragraphs.find((p) => p.id === 'encryptie-1')?.section).toBe('Encryptie');
    expect(nr81?.footnotes[0]).toEqual({ n: 1, page: 1, paragraphId: 'opening-2' });
    expect(nr90?.footnotes.map((f) => f.n)).toEqual([1, 2, 3, 4, 5]);
    expect(nr90?.tables.map((t) => t.caption)).toEqual([
      'Figuur 1: prestatieafspraken politie en OM',
      'Figuur 2: focusverschuiving',
    ]);
    expect(nr81?.tables[0]?.rows[1]).toContain('1 113');
  });

  it('rejects an unknown option in Dutch with exit code 2', async () => {
    const { code, out, err } = await run('--xml');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Onbekende optie voor "letters": --xml');
    expect(err).toContain('Gebruik: naslag letters [--json]');
  });

  it('explains itself on --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Gebruik: naslag letters [--json]');
  });
});
