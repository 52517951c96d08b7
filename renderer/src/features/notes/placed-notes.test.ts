import corpus from 'virtual:naslag/corpus';
import { describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { paragraphTarget, selectionTarget } from '@core/annotations/target';
import type { Letter } from '@core/corpus/model';
import { filterNotes, NO_FILTER } from './notes-filter';
import type { NoteEntry } from './notes-store';
import { paragraphNotes, placeNotes, rangesByParagraph } from './placed-notes';

const nr81 = corpus.letters.find((letter) => letter.id === 'kst-31015-81')!;
const nr90 = corpus.letters.find((letter) => letter.id === 'kst-31015-90')!;

function quoted(
  letter: Letter,
  paragraphId: string,
  phrase: string,
  extra: Partial<Note> = {},
): Note {
  const paragraph = letter.paragraphs.find((p) => p.id === paragraphId)!;
  const at = paragraph.text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" staat niet in ${paragraphId}`);
  const target = selectionTarget(
    letter,
    { paragraphId, offset: at },
    { paragraphId, offset: at + phrase.length },
  )!;
  return {
    id: `n-${paragraphId}-${at}`,
    letterId: letter.id,
    ...target,
    color: 'yellow',
    body: '',
    tags: [],
    created: '2024-04-01T09:00:00.000Z',
    modified: '2024-04-01T09:00:00.000Z',
    ...extra,
  };
}

const saved = (note: Note): NoteEntry => ({ note, saved: note, state: 'saved', error: null });

describe('placeNotes', () => {
  it('places a quote where it was made, with the passage as it reads and its pinpoint citation', () => {
    const note = quoted(nr81, 'encryptie-2', 'afrondende fase');
    const { placed, orphans } = placeNotes([saved(note)], corpus);
    expect(orphans).toEqual([]);
    expect(placed[0]).toMatchObject({
      text: 'afrondende fase',
      citation: 'Kamerstukken II 2012/13, 31 015, nr. 81, p. 4',
      sectionTitle: 'Encryptie',
    });
    expect(placed[0]?.anchor.status).toBe('anchored');
  });

  it('cites one page for a quote ending before the word split over the page break, two from its first letter', () => {
    // Nr. 90 prints "mogelijk-" at the foot of p. 5 and "heden" at the top of p. 6; the
    // corpus starts p. 6 at the start of that word, so any part of it counts as p. 6 too.
    const upToBreak = quoted(nr90, 'internationale-samenwerking-3', 'extra');
    const pastBreak = quoted(nr90, 'internationale-samenwerking-3', 'extra m', {
      id: 'voorbij',
    });
    const { placed } = placeNotes([saved(upToBreak), saved(pastBreak)], corpus);
    expect(placed.map((p) => [p.text, p.page, p.pageEnd, p.citation])).toEqual([
      ['extra', 5, 5, 'Kamerstukken II 2012/13, 31 015, nr. 90, p. 5'],
      ['extra m', 5, 6, 'Kamerstukken II 2012/13, 31 015, nr. 90, p. 5-6'],
    ]);
  });

  it('cites the page range of a whole paragraph that crosses a page break', () => {
    const paragraph = nr81.paragraphs.find((p) => p.pageEnd !== undefined && p.pageEnd !== p.page)!;
    const note: Note = {
      ...quoted(nr81, 'encryptie-2', 'afrondende fase'),
      id: 'hele-alinea',
      ...paragraphTarget(nr81, paragraph.id)!,
    };
    const { placed } = placeNotes([saved(note)], corpus);
    expect(placed[0]?.citation).toBe(
      `Kamerstukken II 2012/13, 31 015, nr. 81, p. ${paragraph.page}-${paragraph.pageEnd}`,
    );
    expect(
      paragraphNotes(placed, nr81)
        .get(paragraph.id)
        ?.map((p) => p.note.id),
    ).toEqual(['hele-alinea']);
    expect(rangesByParagraph(placed, nr81).size).toBe(0);
  });

  it('lists a note whose quote is no longer in the letter as an orphan, keeping its quote', () => {
    const note: Note = {
      ...quoted(nr81, 'encryptie-2', 'afrondende fase'),
      quote: { exact: 'Deze zin heeft nooit in de brief gestaan.', prefix: '', suffix: '' },
      position: null,
    };
    const { placed, orphans } = placeNotes([saved(note)], corpus);
    expect(placed).toEqual([]);
    expect(orphans[0]).toMatchObject({
      storedQuote: 'Deze zin heeft nooit in de brief gestaan.',
      citation: 'Kamerstukken II 2012/13, 31 015, nr. 81',
    });
  });

  it('lists a note on a letter Naslag does not bundle as an orphan', () => {
    const note: Note = {
      ...quoted(nr81, 'encryptie-2', 'afrondende fase'),
      letterId: 'kst-31015-99',
    };
    const { orphans } = placeNotes([saved(note)], corpus);
    expect(orphans[0]).toMatchObject({ letter: undefined, citation: null });
  });

  it('orders notes by letter and then by place in the letter', () => {
    const later = quoted(nr81, 'encryptie-3', 'ultieme oplossing');
    const first = quoted(nr90, nr90.paragraphs[2]!.id, nr90.paragraphs[2]!.text.slice(0, 12));
    const earlier = quoted(nr81, 'encryptie-1', 'ontsleutelplicht');
    const { placed } = placeNotes([first, later, earlier].map(saved), corpus);
    expect(placed.map((p) => p.note.id)).toEqual([earlier.id, later.id, first.id]);
  });

  it('gives each paragraph its part of a passage in the paragraph’s own offsets', () => {
    const note = quoted(nr81, 'encryptie-2', 'afrondende fase');
    const ranges = rangesByParagraph(placeNotes([saved(note)], corpus).placed, nr81).get(
      'encryptie-2',
    )!;
    const paragraph = nr81.paragraphs.find((p) => p.id === 'encryptie-2')!;
    expect(paragraph.text.slice(ranges[0]!.start, ranges[0]!.end)).toBe('afrondende fase');
    expect(ranges[0]?.endsHere).toBe(true);
  });
});

describe('filterNotes', () => {
  const a = quoted(nr81, 'encryptie-1', 'ontsleutelplicht', {
    body: 'Vragen over het *nemo tenetur*-beginsel',
    tags: ['vragen'],
    color: 'green',
    modified: '2024-04-03T09:00:00.000Z',
  });
  const b = quoted(nr81, 'encryptie-3', 'ultieme oplossing', {
    tags: ['encryptie'],
    modified: '2024-04-05T09:00:00.000Z',
  });
  const c = quoted(nr90, nr90.paragraphs[3]!.id, nr90.paragraphs[3]!.text.slice(0, 20), {
    modified: '2024-04-04T09:00:00.000Z',
  });
  const { placed } = placeNotes([a, b, c].map(saved), corpus);
  const ids = (list: { note: Note }[]) => list.map((item) => item.note.id);

  it('finds a text in the note, its labels or its passage, ignoring case', () => {
    expect(ids(filterNotes(placed, { ...NO_FILTER, text: 'NEMO' }))).toEqual([a.id]);
    expect(ids(filterNotes(placed, { ...NO_FILTER, text: 'ultieme' }))).toEqual([b.id]);
    expect(ids(filterNotes(placed, { ...NO_FILTER, text: 'encryptie' }))).toEqual([b.id]);
  });

  it('narrows by letter, label and colour', () => {
    expect(ids(filterNotes(placed, { ...NO_FILTER, letterId: nr90.id }))).toEqual([c.id]);
    expect(ids(filterNotes(placed, { ...NO_FILTER, tag: 'vragen' }))).toEqual([a.id]);
    expect(ids(filterNotes(placed, { ...NO_FILTER, color: 'green' }))).toEqual([a.id]);
  });

  it('sorts by place, or by the latest change first', () => {
    expect(ids(filterNotes(placed, NO_FILTER))).toEqual([a.id, b.id, c.id]);
    expect(ids(filterNotes(placed, { ...NO_FILTER, sort: 'modified' }))).toEqual([
      b.id,
      c.id,
      a.id,
    ]);
  });
});
