// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../app/render-app.testing';

// recharts measures its container; jsdom has no layout, so the chart only needs to exist.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

describe('the letter view', () => {
  it('has the letter as h1, a contents landmark and the paragraphs in a main landmark', async () => {
    renderApp('/brief/kst-31015-81');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Voortgang aanpak kinderpornografie' }),
    ).toBeTruthy();
    const contents = screen.getByRole('navigation', { name: 'Inhoud van de brief' });
    expect(within(contents).getByRole('link', { name: 'Encryptie' }).getAttribute('href')).toBe(
      '/brief/kst-31015-81/encryptie',
    );
    expect(
      await within(screen.getByRole('main')).findByText(/^In mijn brief van 27 januari 2012/),
    ).toBeTruthy();
  });

  it('shows the first screen of the letter at once and the whole letter right after', async () => {
    const { container } = renderApp('/brief/kst-31015-81');
    const pages = () =>
      [...container.querySelectorAll('[data-page]')].map((marker) =>
        marker.getAttribute('data-page'),
      );
    expect(container.querySelector('[data-paragraph-id]')).not.toBeNull();
    expect(pages()).not.toContain('5');
    // Each of the five printed pages is marked once.
    await waitFor(() => expect(pages()).toEqual(['1', '2', '3', '4', '5']));
  });

  it('puts focus on the section heading a deep link names', async () => {
    renderApp('/brief/kst-31015-81/encryptie');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Encryptie'));
  });

  it('puts focus on the paragraph a deep link names, and makes it the one in the Tab order', async () => {
    renderApp('/brief/kst-31015-81/encryptie-2');
    await waitFor(() => expect(document.activeElement?.id).toBe('alinea-encryptie-2'));
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
  });

  it('copies a paragraph with its pinpoint citation, across a page break, and says so', async () => {
    const { clipboard } = renderApp('/brief/kst-31015-81');
    fireEvent.click(await screen.findByRole('button', { name: 'Citeer alinea 20' }));
    await waitFor(() => expect(clipboard.writeText).toHaveBeenCalled());
    const copied = clipboard.writeText.mock.calls[0]?.[0];
    expect(copied).toMatch(
      /^‘Inmiddels zit dit onderzoek in de afrondende fase\. .*’ \(Kamerstukken II 2012\/13, 31 015, nr\. 81, p\. 4-5\)$/u,
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Citaat gekopieerd'));
  });

  it('copies a deep link to a paragraph', async () => {
    const { clipboard } = renderApp('/brief/kst-31015-81');
    fireEvent.click(await screen.findByRole('button', { name: 'Kopieer een link naar alinea 20' }));
    await waitFor(() =>
      expect(clipboard.writeText).toHaveBeenCalledWith(
        expect.stringMatching(/#\/brief\/kst-31015-81\/encryptie-2$/u),
      ),
    );
  });

  it('says honestly that a footnote’s text is not in the source', () => {
    renderApp('/brief/kst-31015-81');
    const [footnote] = screen.getAllByRole('button', { name: 'Voetnoot 1' });
    fireEvent.click(footnote!);
    expect(screen.getByRole('dialog', { name: 'Voetnoot 1' }).textContent).toContain(
      'De tekst van voetnoot 1 staat niet in de brontekst; zie de officiële publicatie.',
    );
  });

  it('shows the werkvoorraad as a table with its descriptive title marked as such', async () => {
    renderApp('/brief/kst-31015-81');
    const table = await screen.findByRole('table', {
      name: /^Werkvoorraad kinderpornografiezaken/,
    });
    expect(within(table).getByText(/beschrijvende titel/)).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toContain('4e kw. 2011');
    expect(
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('1 113');
    expect(screen.getByRole('img', { name: /^Lijngrafiek bij Werkvoorraad/ })).toBeTruthy();
  });

  it('highlights a search hit given in the address', () => {
    const { container } = renderApp('/brief/kst-31015-90?markeer=lokpuber');
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((text) => text?.toLowerCase() === 'lokpuber')).toBe(true);
    expect(screen.getByText('Gemarkeerd: ‘lokpuber’')).toBeTruthy();
  });

  it('says so when the letter does not exist', () => {
    renderApp('/brief/kst-31015-99');
    expect(screen.getByText('Naslag kent geen brief met het kenmerk ‘kst-31015-99’.')).toBeTruthy();
  });
});
