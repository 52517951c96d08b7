import serialized from 'virtual:naslag/search-index';
import { describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { createSearchService } from './search-service';
import type { SearchResponse } from './search-service';

const note: Note = {
  id: 'n1',
  letterId: 'kst-31015-81',
  paragraphId: 'encryptie-1',
  quote: null,
  position: null,
  color: 'blue',
  body: 'Navragen: stand van het wetsvoorstel over de ontsleutelplicht',
  tags: ['kamervragen'],
  created: '2026-01-05T10:00:00+01:00',
  modified: '2026-01-05T10:00:00+01:00',
};

function answer(response: SearchResponse | null) {
  if (response?.type !== 'answer') throw new Error(`no answer: ${JSON.stringify(response)}`);
  return response;
}

describe('the search service', () => {
  const service = createSearchService(serialized);

  it('answers a query with results grouped by letter and section, under its id', () => {
    const result = answer(
      service.handle({ type: 'query', id: 7, query: 'ontsleutelplicht', limit: 10 }),
    );
    expect(result.id).toBe(7);
    expect(result.total).toBeGreaterThan(0);
    expect(result.limited).toBe(false);
    expect(result.groups[0]).toMatchObject({ letterId: 'kst-31015-81', nr: 81 });
    expect(result.groups[0]?.sections[0]).toMatchObject({
      sectionId: 'encryptie',
      title: 'Encryptie',
    });
  });

  it('prepares in the time it is given, goes on where it stopped, and answers the same', () => {
    const prepared = createSearchService(serialized);
    const ask = (engine: typeof service) =>
      answer(engine.handle({ type: 'query', id: 1, query: 'politie werkvoorraad', limit: 30 }));
    let slices = 3;
    expect(prepared.prepare(() => slices-- > 0)).toBe(false);
    expect(prepared.prepare(() => false)).toBe(false);
    expect(prepared.prepare(() => true)).toBe(true);
    expect(prepared.prepare(() => false)).toBe(true);
    expect(ask(prepared)).toEqual(ask(createSearchService(serialized)));
  });

  it('searches the notes it was given, and only them with in:notities', () => {
    expect(service.handle({ type: 'notes', notes: [note] })).toBeNull();
    const result = answer(
      service.handle({ type: 'query', id: 8, query: 'wetsvoorstel in:notities', limit: 10 }),
    );
    const [found] = result.groups.flatMap((g) => g.sections.flatMap((s) => s.results));
    expect(found).toMatchObject({
      kind: 'note',
      noteId: 'n1',
      paragraphId: 'encryptie-1',
      page: 4,
    });
    service.handle({ type: 'notes', notes: [] });
    expect(
      answer(service.handle({ type: 'query', id: 9, query: 'wetsvoorstel in:notities', limit: 10 }))
        .total,
    ).toBe(0);
  });

  it('reports a filter it cannot resolve and says when the limit cut results off', () => {
    expect(
      answer(service.handle({ type: 'query', id: 10, query: 'x brief:77', limit: 5 })).problems,
    ).toEqual(['Een brief "77" ken ik niet; gebruik brief:81 of 90.']);
    expect(
      answer(service.handle({ type: 'query', id: 11, query: 'kinderpornografie', limit: 5 }))
        .limited,
    ).toBe(true);
  });
});
