// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import corpus from 'virtual:naslag/corpus';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { selectionTarget } from '@core/annotations/target';
import { renderWithNotes } from './render-notes.testing';

afterEach(cleanup);

// jsdom's Blob has no text(); the browser's reads the file the same way FileReader does.
beforeAll(() => {
  Blob.prototype.text ??= function (this: Blob) {
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(this);
    });
  };
});

const nr81 = corpus.letters.find((letter) => letter.id === 'kst-31015-81')!;

function noteOn(id: string, paragraphId: string, phrase: string, extra: Partial<Note> = {}): Note {
  const at = nr81.paragraphs.find((p) => p.id === paragraphId)!.text.indexOf(phrase);
  return {
    id,
    letterId: nr81.id,
    ...selectionTarget(
      nr81,
      { paragraphId, offset: at },
      { paragraphId, offset: at + phrase.length },
    )!,
    color: 'yellow',
    body: '',
    tags: [],
    created: '2024-04-01T09:00:00.000Z',
    modified: '2024-04-01T09:00:00.000Z',
    ...extra,
  };
}

const orphan: Note = {
  ...noteOn('weg', 'encryptie-2', 'afrondende fase'),
  quote: { exact: 'Deze zin heeft nooit in de brief gestaan.', prefix: '', suffix: '' },
  position: null,
  body: 'Passage verdwenen',
};

const notes = [
  noteOn('a', 'encryptie-2', 'afrondende fase', {
    body: 'Vraag over de *planning*',
    tags: ['vragen'],
  }),
  noteOn('b', 'encryptie-3', 'ultieme oplossing', { color: 'purple', tags: ['encryptie'] }),
  orphan,
];

describe('the notes list', () => {
  it('shows each note with its passage, citation and labels, and the orphan apart', async () => {
    renderWithNotes('/notities', notes);
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(3);
    expect(cards[0]?.textContent).toContain('afrondende fase');
    expect(cards[0]?.textContent).toContain('Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
    expect(within(cards[0]!).getByText('planning').tagName).toBe('EM');
    const orphans = screen.getByRole('region', { name: 'Niet gevonden' });
    expect(within(orphans).getByText('Deze zin heeft nooit in de brief gestaan.')).toBeTruthy();
    expect(within(orphans).getByText('Passage verdwenen')).toBeTruthy();
  });

  it('links each note to its passage in the reader', async () => {
    renderWithNotes('/notities', notes);
    const [first] = await screen.findAllByRole('article');
    expect(
      within(first!).getByRole('link', { name: 'Open in de brief' }).getAttribute('href'),
    ).toBe('/brief/kst-31015-81/encryptie-2?notitie=a');
  });

  it('filters by text and label, and never hides the notes that were not found', async () => {
    renderWithNotes('/notities', notes);
    await screen.findAllByRole('article');
    fireEvent.change(screen.getByLabelText('Zoek in notities'), { target: { value: 'OPLOSSING' } });
    await waitFor(() => expect(screen.getByText('1 van 2 notities')).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Label'), { target: { value: 'vragen' } });
    await waitFor(() =>
      expect(screen.getByText('Geen notities voldoen aan deze filters.')).toBeTruthy(),
    );
    const orphans = screen.getByRole('region', { name: 'Niet gevonden' });
    expect(within(orphans).getAllByRole('article')).toHaveLength(1);
  });

  it('deletes a note, and brings it back with "Ongedaan maken"', async () => {
    const { api } = renderWithNotes('/notities', notes);
    const [first] = await screen.findAllByRole('article');
    fireEvent.click(within(first!).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(api.notes.map((note) => note.id)).toEqual(['b', 'weg']));
    expect(screen.getByText(/Notitie verwijderd/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(api.notes.map((note) => note.id).sort()).toEqual(['a', 'b', 'weg']));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
  });

  it('reports an import in Dutch: the counts and every skipped item with its reason', async () => {
    const { api } = renderWithNotes('/notities', notes);
    await screen.findAllByRole('article');
    api.importReport = {
      added: 2,
      updated: 1,
      unchanged: 0,
      skipped: [{ index: 3, id: 'x', reason: 'bevat de niet-toegestane sleutel "__proto__"' }],
    };
    const file = new File(['[]'], 'notities.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Importeer notities uit een bestand'), {
        target: { files: [file] },
      });
    });
    await waitFor(() =>
      expect(
        screen.getByText('2 toegevoegd, 1 bijgewerkt, 0 ongewijzigd, 1 overgeslagen.'),
      ).toBeTruthy(),
    );
    expect(
      screen.getByText('Annotatie 4 (x): bevat de niet-toegestane sleutel "__proto__"'),
    ).toBeTruthy();
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const { api } = renderWithNotes('/notities', notes);
    await screen.findAllByRole('article');
    const file = new File(['x'], 'groot.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('Importeer notities uit een bestand'), {
      target: { files: [file] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Het bestand is groter dan 10 MB. Er is niets ingelezen.',
    );
    expect(api.calls.some((call) => call.channel === 'notes:import')).toBe(false);
  });
});

describe('the debate brief', () => {
  it('previews the chosen notes with their citations, and leaves out what is not chosen', async () => {
    renderWithNotes('/notities/brief', notes);
    const choices = await screen.findByRole('group', { name: 'Notities in de debatnotitie' });
    await waitFor(() => expect(within(choices).getByText('3 van 3 gekozen')).toBeTruthy());
    const preview = () => document.querySelector('.brief-document')!;
    expect(preview().textContent).toContain('Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
    expect(preview().textContent).toContain('Niet gevonden');
    fireEvent.click(within(choices).getByRole('checkbox', { name: /ultieme oplossing/ }));
    expect(within(choices).getByText('2 van 3 gekozen')).toBeTruthy();
    expect(preview().textContent).not.toContain('ultieme oplossing');
    fireEvent.click(within(choices).getByRole('checkbox', { name: 'Alles' }));
    expect(within(choices).getByText('3 van 3 gekozen')).toBeTruthy();
  });
});
