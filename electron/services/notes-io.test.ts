import { describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { selectionTarget } from '@core/annotations/target';
import type { Letter } from '@core/corpus/model';
import { loadBundledCorpus } from './corpus';
import { curatedThemeOf } from '../../data/curated/index';
import { exportNotes } from './notes-io';

const corpus = loadBundledCorpus();
const letter = (id: string) => corpus.letters.find((l) => l.id === id)!;

function noteOn(id: string, on: Letter, paragraphId: string): Note {
  return {
    id,
    letterId: on.id,
    ...selectionTarget(on, { paragraphId, offset: 0 }, { paragraphId, offset: 20 })!,
    color: 'yellow',
    body: '',
    tags: [],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
  };
}

describe('curatedThemeOf', () => {
  it('names the curated theme of a paragraph in either letter', () => {
    expect(curatedThemeOf(letter('kst-31015-81'), 'encryptie-1')).toBe(
      'Encryptie: van ontsleutelplicht naar decryptiebevel',
    );
    expect(curatedThemeOf(letter('kst-31015-90'), 'encryptie-1')).toBe(
      'Encryptie: van ontsleutelplicht naar decryptiebevel',
    );
    expect(curatedThemeOf(letter('kst-31015-81'), 'bestaat-niet-1')).toBeUndefined();
  });
});

describe('exportNotes', () => {
  it('groups a brief by the same themes the compare view uses', () => {
    const notes = [
      noteOn('a', letter('kst-31015-81'), 'encryptie-1'),
      noteOn('b', letter('kst-31015-90'), 'encryptie-1'),
    ];
    const brief = exportNotes(notes, corpus, 'md', 'theme');
    expect(brief.match(/^## .*/gm)).toEqual([
      '## Encryptie: van ontsleutelplicht naar decryptiebevel',
    ]);
    expect(brief.match(/^### .*/gm)).toEqual(['### nr. 81, Encryptie', '### nr. 90, Encryptie']);
  });

  it('still exports a note on a letter that is no longer bundled, under its official address', () => {
    const stray = {
      ...noteOn('c', letter('kst-31015-81'), 'encryptie-1'),
      letterId: 'kst-31015-99',
    };
    const [annotation] = JSON.parse(exportNotes([stray], corpus, 'json'));
    expect(annotation.target.source).toBe('https://zoek.officielebekendmakingen.nl/kst-31015-99');
  });
});
