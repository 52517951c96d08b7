// Larger corpora for the benchmark, derived from the two letters: n copies, each
// with its own names, numbers and compound words, so the vocabulary grows the way
// it does in a real archive of letters rather than staying fixed.
//
// The model is Heaps' law: a text of N words has a vocabulary of about K·N^β
// distinct words, with β around 0.5–0.6 for Dutch prose. With c copies of the
// original (N₀ words, V₀ distinct terms) the target vocabulary is V₀·c^β, so copy c
// brings V₀·(c^β − (c−1)^β) new terms: many in the second copy, fewer in each one
// after (at β = 0.6: about 800, 375 at the 10th copy, 150 at the 100th). A copy gets
// them by renaming that many of the original's words consistently through the
// copy — the rarer words first, as new vocabulary in real text is mostly rare:
// names become other invented names ("Fresno" → "Dralomen"), numbers other numbers
// ("507" → "1 874"), and content words new compounds of the letters' own words
// ("verbetertrajecten" → "zedenverbetertrajecten"). Function words and common
// words stay, so the word frequencies keep their Zipf-like shape.
import type { Corpus, Letter } from '@core/corpus/model';
import { foldText, isStopWord, terms } from '@core/search/normalize';

/** The Heaps' law exponent the generator aims for. */
export const HEAPS_BETA = 0.6;

/** A small deterministic random generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'dri',
  'mar',
  'tes',
  'bo',
  'ren',
  'as',
  'ol',
  'vin',
  'gra',
  'del',
  'ost',
  'men',
  'ru',
  'sel',
  'ti',
  'han',
  'quel',
];
const WORD = /[\p{L}\p{N}]+/gu;

interface Vocabulary {
  /** The original's terms that copies rename, rarest first (ties in alphabetical order). */
  byRarity: string[];
  /** Words the letters use as the first part of a compound, used to make new compounds. */
  heads: string[];
  /** Words capitalised in mid-sentence in the original (names, organisations). */
  names: Set<string>;
}

function allTexts(letter: Letter): string[] {
  return [
    ...letter.paragraphs.map((p) => p.text),
    ...letter.sections.map((s) => s.title),
    ...letter.tables.flatMap((t) => [t.caption ?? t.title, ...t.rows.flat(), ...t.notes]),
  ];
}

function analyse(corpus: Corpus): Vocabulary {
  const counts = new Map<string, number>();
  const names = new Set<string>();
  for (const text of corpus.letters.flatMap(allTexts)) {
    for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const match of text.matchAll(/[a-z,] (\p{Lu}[\p{Ll}]+)/gu))
      names.add(foldText(match[1] as string));
  }
  const known = [...counts.keys()];
  // Renamed: numbers, names, and content words long enough to take part in compounds.
  const words = known.filter(
    (term) => !isStopWord(term) && (/^\d+$/.test(term) || names.has(term) || term.length >= 6),
  );
  const byRarity = words.sort(
    (a, b) => (counts.get(a) as number) - (counts.get(b) as number) || (a < b ? -1 : 1),
  );
  // Heads the letters themselves use in compounds ("politie" in "politiecapaciteit").
  const heads = known.filter(
    (head) =>
      /^[a-z]{4,12}$/.test(head) &&
      !isStopWord(head) &&
      known.some((other) => other.length >= head.length + 4 && other.startsWith(head)),
  );
  return { byRarity, heads, names };
}

function coin(
  original: string,
  vocabulary: Vocabulary,
  next: () => number,
  taken: Set<string>,
): string {
  for (let attempt = 0; ; attempt += 1) {
    let word: string;
    if (/^\d+$/.test(original)) {
      // One digit more whenever the numbers of this length run out.
      const digits = Math.max(original.length, 2) + Math.floor(attempt / 20);
      word = String(Math.floor(10 ** (digits - 1) + next() * 9 * 10 ** (digits - 1)));
    } else if (vocabulary.names.has(original)) {
      const count = 2 + Math.floor(next() * 2) + Math.floor(attempt / 20);
      word = Array.from(
        { length: count },
        () => SYLLABLES[Math.floor(next() * SYLLABLES.length)],
      ).join('');
    } else {
      const head = () => vocabulary.heads[Math.floor(next() * vocabulary.heads.length)] as string;
      word = `${attempt < 20 ? '' : head()}${head()}${original}`;
    }
    if (!taken.has(word)) {
      taken.add(word);
      return word;
    }
  }
}

function renamer(mapping: Map<string, string>): (text: string) => string {
  return (text) =>
    text.replace(WORD, (word) => {
      const renamed = mapping.get(foldText(word));
      if (renamed === undefined) return word;
      if (/^\d+$/.test(renamed) && renamed.length > 3)
        return renamed.replace(/\B(?=(\d{3})+$)/g, ' ');
      return /^\p{Lu}/u.test(word) ? renamed[0]?.toUpperCase() + renamed.slice(1) : renamed;
    });
}

function renameLetter(letter: Letter, copy: number, rename: (text: string) => string): Letter {
  return {
    ...letter,
    id: `kst-${50000 + copy}-${letter.nr}`,
    dossier: String(50000 + copy),
    aliases: [],
    sections: letter.sections.map((s) => ({ ...s, title: rename(s.title) })),
    paragraphs: letter.paragraphs.map((p) => ({ ...p, text: rename(p.text) })),
    tables: letter.tables.map((t) => ({
      ...t,
      ...(t.caption === null ? {} : { caption: rename(t.caption) }),
      title: rename(t.title),
      rows: t.rows.map((row) => row.map(rename)),
      notes: t.notes.map(rename),
    })),
  };
}

/** The letters `scale` times over (the first copy is the original), with vocabulary growing by Heaps' law. */
export function syntheticCorpus(corpus: Corpus, scale: number, seed = 2013): Corpus {
  const vocabulary = analyse(corpus);
  const base = vocabulary.byRarity.length;
  const taken = new Set(vocabulary.byRarity);
  const next = random(seed);
  const letters: Letter[] = [...corpus.letters];
  for (let copy = 1; copy < scale; copy += 1) {
    const c = copy + 1;
    const fresh = Math.min(base, Math.round(base * (c ** HEAPS_BETA - (c - 1) ** HEAPS_BETA)));
    const mapping = new Map<string, string>();
    // Rare words first, with a random start so copies do not all rename the same words.
    const start = Math.floor(next() * base * 0.3);
    for (let i = 0; mapping.size < fresh; i += 1) {
      const original = vocabulary.byRarity[(start + i) % base] as string;
      mapping.set(original, coin(original, vocabulary, next, taken));
    }
    const rename = renamer(mapping);
    letters.push(...corpus.letters.map((letter) => renameLetter(letter, copy, rename)));
  }
  return { ...corpus, letters };
}
