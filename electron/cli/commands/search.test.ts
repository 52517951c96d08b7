import { describe, expect, it } from 'vitest';
import type { SearchHit } from './search';
import { searchCommand } from './search';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await searchCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('naslag search', () => {
  it('prints paragraphs best first as JSON, with their page and plain text', async () => {
    const { code, out, err } = await run('1 113 zaken', '--json', '--limit', '2');
    expect(code).toBe(0);
    expect(err).toBe('');
    const hits = JSON.parse(out) as SearchHit[];
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({
      nr: 81,
      paragraphId: 'werkvoorraad-1',
      page: 2,
      matchedIn: 'paragraph',
    });
    expect(hits[0]?.text).toContain('omvatte de werkvoorraad 1 113 zaken');
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? Infinity);
    const [start, end] = hits[0]?.highlights[0] ?? [0, 0];
    expect(hits[0]?.text.slice(start, end)).toBe('1 113');
  });

  it('counts a match in a table for the paragraph the table follows, saying so', async () => {
    const { out } = await run('1065', '--json');
    const [hit] = JSON.parse(out) as SearchHit[];
    expect(hit).toMatchObject({ nr: 81, paragraphId: 'werkvoorraad-1', matchedIn: 'table' });
    expect(hit?.matchedText).toContain('1 065');
  });

  it('lists each paragraph once, even when its heading matched too', async () => {
    const hits = JSON.parse((await run('Leaseweb', '--json')).out) as SearchHit[];
    const keys = hits.map((hit) => `${hit.nr}:${hit.paragraphId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(hits[0]).toMatchObject({ nr: 81, paragraphId: 'pilot-leaseweb-1' });
  });

  it('prints a readable Dutch list with citations and the match marked', async () => {
    const { code, out } = await run('geinvesteerd');
    expect(code).toBe(0);
    expect(out).toContain('1 resultaat voor "geinvesteerd":');
    expect(out).toContain(
      '1. Kamerstukken II 2012/13, 31 015, nr. 90, p. 1 — Prestaties landelijke inrichting',
    );
    expect(out).toContain('‹geïnvesteerd›');
  });

  it('understands the operators and explains a filter it cannot resolve', async () => {
    const only81 = JSON.parse((await run('encryptie brief:81', '--json')).out) as SearchHit[];
    expect(only81.length).toBeGreaterThan(0);
    expect(only81.every((hit) => hit.nr === 81)).toBe(true);
    const { code, out, err } = await run('encryptie', 'brief:77');
    expect(code).toBe(0);
    expect(out).toBe('Geen resultaten voor "encryptie brief:77".');
    expect(err).toContain('brief:81 of 90');
  });

  it('refuses a missing query or a bad limit, with usage', async () => {
    const empty = await run();
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('Geef op waarnaar u zoekt');
    const badLimit = await run('politie', '--limit', 'veel');
    expect(badLimit.code).toBe(2);
    expect(badLimit.err).toContain('--limit');
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('brief:');
  });
});
