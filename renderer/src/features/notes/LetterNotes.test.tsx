// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import corpus from 'virtual:naslag/corpus';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { selectionTarget } from '@core/annotations/target';
import { letterText } from '@core/corpus/letter-text';
import { letterSelection } from '../reader/selection';
import { renderWithNotes } from './render-notes.testing';

beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  // jsdom has no layout: a selection's box is where the toolbar goes, so any box will do.
  Range.prototype.getBoundingClientRect ??= () =>
    ({ top: 100, bottom: 120, left: 50, right: 200, width: 150, height: 20 }) as DOMRect;
});
afterEach(cleanup);

const nr81 = corpus.letters.find((letter) => letter.id === 'kst-31015-81')!;
const paragraphText = (id: string) => nr81.paragraphs.find((p) => p.id === id)!.text;

function noteOn(paragraphId: string, phrase: string, extra: Partial<Note> = {}): Note {
  const at = paragraphText(paragraphId).indexOf(phrase);
  return {
    id: `n-${at}`,
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

/** Selects a phrase in a paragraph's rendered text, as a drag would. */
function select(paragraphId: string, phrase: string) {
  const element = document.querySelector(`#alinea-${paragraphId} [data-paragraph-text]`)!;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: { node: Node; start: number }[] = [];
  let text = '';
  while (walker.nextNode()) {
    nodes.push({ node: walker.currentNode, start: text.length });
    text += walker.currentNode.textContent ?? '';
  }
  const point = (offset: number) => {
    const hit = [...nodes].reverse().find((candidate) => candidate.start <= offset)!;
    return [hit.node, offset - hit.start] as const;
  };
  const at = text.indexOf(phrase);
  const range = document.createRange();
  range.setStart(...point(at));
  range.setEnd(...point(at + phrase.length));
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)));

describe('notes in the reader', () => {
  it('marks a saved note in the text, in its colour, with a marker that opens the note', async () => {
    renderWithNotes('/brief/kst-31015-81/encryptie', [
      noteOn('encryptie-2', 'afrondende fase', {
        color: 'green',
        body: 'Vraag: **wanneer**?',
        tags: ['vragen'],
      }),
    ]);
    const mark = await waitFor(() => {
      const found = document.querySelector('#alinea-encryptie-2 mark.note-mark');
      if (!found) throw new Error('no mark yet');
      return found;
    });
    expect(mark.textContent).toBe('afrondende fase');
    expect(mark.classList.contains('note-mark--green')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^Notitie \(groen\): afrondende fase/ }));
    const panel = screen.getByRole('dialog', { name: /^Notitie \(groen\)/ });
    expect(within(panel).getByText('wanneer').tagName).toBe('STRONG');
    expect(panel.textContent).toContain('Kamerstukken II 2012/13, 31 015, nr. 81, p. 4');
  });

  it('keeps mapping a selection to the right words when highlights split the text', async () => {
    renderWithNotes('/brief/kst-31015-81/encryptie', [noteOn('encryptie-2', 'afrondende fase')]);
    await waitFor(() => expect(document.querySelector('mark.note-mark')).not.toBeNull());
    select('encryptie-2', 'fase. Uit de voorlopige');
    const points = letterSelection(document.querySelector('.letter-notes')!, getSelection())!;
    const target = selectionTarget(nr81, points.start, points.end)!;
    expect(letterText(nr81).slice(target.position!.start, target.position!.end)).toBe(
      'fase. Uit de voorlopige',
    );
  });

  it('notes the selection with "n" pressed at once on a focused paragraph, before the toolbar has caught up', async () => {
    renderWithNotes('/brief/kst-31015-81/encryptie');
    const paragraph = document.querySelector<HTMLElement>('#alinea-encryptie-3')!;
    select('encryptie-3', 'ultieme oplossing');
    // No frame in between: the toolbar has not drawn this selection yet.
    fireEvent.keyDown(paragraph, { key: 'n' });
    const editor = await screen.findByRole('dialog', { name: 'Nieuwe notitie' });
    expect(editor.textContent).toContain('ultieme oplossing');
    expect(within(editor).queryByText(/^Hele alinea/)).toBeNull();
  });

  it('highlights a selection with "h", recording the quote and its place in the letter', async () => {
    const { api } = renderWithNotes('/brief/kst-31015-81/encryptie');
    select('encryptie-3', 'ultieme oplossing');
    await nextFrame();
    expect(screen.getByRole('toolbar', { name: 'Markeren en notitie' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'h' });
    await waitFor(() => expect(api.notes).toHaveLength(1));
    const [saved] = api.notes;
    expect(saved?.quote?.exact).toBe('ultieme oplossing');
    expect(letterText(nr81).slice(saved!.position!.start, saved!.position!.end)).toBe(
      'ultieme oplossing',
    );
    expect(saved?.paragraphId).toBe('encryptie-3');
    await waitFor(() =>
      expect(document.querySelector('#alinea-encryptie-3 mark.note-mark')?.textContent).toBe(
        'ultieme oplossing',
      ),
    );
  });

  it('keeps the words as a draft the moment the window goes, without waiting for a pause', () => {
    const sent: { channel: string; args: unknown }[] = [];
    window.naslag = {
      invoke: async (channel, args) => {
        sent.push({ channel, args });
        if (channel === 'drafts:list') return { ok: true, value: [] };
        // Never answered: the draft stays out of the list the other tests see.
        if (channel === 'drafts:save') return new Promise(() => undefined);
        return { ok: false, error: { code: 'not-supported', message: 'Niet in deze test.' } };
      },
    };
    try {
      renderWithNotes('/brief/kst-31015-81/encryptie');
      fireEvent.click(screen.getByRole('button', { name: 'Notitie bij alinea 20' }));
      const editor = screen.getByRole('dialog', { name: 'Nieuwe notitie' });
      fireEvent.change(within(editor).getByLabelText('Notitie'), {
        target: { value: 'Op het laatste moment' },
      });
      const kept = () =>
        sent
          .filter((call) => call.channel === 'drafts:save')
          .map((call) => (call.args as { note: Note }).note.body);
      expect(kept()).toEqual([]);
      window.dispatchEvent(new Event('pagehide'));
      expect(kept()).toEqual(['Op het laatste moment']);
    } finally {
      delete window.naslag;
    }
  });

  it('says it is saving, and closes the editor only once the store has the note', async () => {
    const { api } = renderWithNotes('/brief/kst-31015-81/encryptie');
    fireEvent.click(screen.getByRole('button', { name: 'Notitie bij alinea 20' }));
    const editor = screen.getByRole('dialog', { name: 'Nieuwe notitie' });
    expect(within(editor).getByText('Hele alinea 20')).toBeTruthy();
    fireEvent.change(within(editor).getByLabelText('Notitie'), {
      target: { value: 'Over de hele alinea' },
    });
    api.hold();
    fireEvent.click(within(editor).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(within(editor).getByRole('status').textContent).toBe('Bezig met opslaan…'),
    );
    expect(screen.getByRole('dialog', { name: 'Nieuwe notitie' })).toBe(editor);
    act(() => api.release());
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Nieuwe notitie' })).toBeNull(),
    );
    expect(api.notes.map((note) => [note.paragraphId, note.quote, note.body])).toEqual([
      ['encryptie-2', null, 'Over de hele alinea'],
    ]);
  });

  it('keeps the editor open with the store’s message when saving fails, and saves on retry', async () => {
    const { api } = renderWithNotes('/brief/kst-31015-81/encryptie');
    fireEvent.click(screen.getByRole('button', { name: 'Notitie bij alinea 20' }));
    const editor = screen.getByRole('dialog', { name: 'Nieuwe notitie' });
    fireEvent.change(within(editor).getByLabelText('Notitie'), {
      target: { value: 'Niet kwijtraken' },
    });
    api.failWith = 'Opslaan is mislukt: de schijf is vol.';
    fireEvent.click(within(editor).getByRole('button', { name: 'Opslaan' }));
    const alert = await within(editor).findByRole('alert');
    expect(alert.textContent).toContain('Opslaan is mislukt: de schijf is vol.');
    expect(api.notes).toEqual([]);
    expect((within(editor).getByLabelText('Notitie') as HTMLTextAreaElement).value).toBe(
      'Niet kwijtraken',
    );

    api.failWith = null;
    fireEvent.click(within(editor).getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Nieuwe notitie' })).toBeNull(),
    );
    expect(api.notes.map((note) => note.body)).toEqual(['Niet kwijtraken']);
  });
});
