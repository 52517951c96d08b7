// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../app/render-app.testing';

afterEach(cleanup);

function searchBox() {
  return screen.getByRole('combobox', { name: 'Zoeken in de brieven en uw notities' });
}

async function type(text: string) {
  const box = searchBox();
  act(() => box.focus());
  fireEvent.change(box, { target: { value: text } });
  await screen.findByRole('listbox', { name: 'Zoekresultaten' });
}

describe('the search field', () => {
  it('shows results as you type, grouped by letter and section, with the match marked in the original', async () => {
    renderApp('/');
    await type('geinvesteerd');
    expect(screen.getByText('1 resultaat').getAttribute('role')).toBe('status');
    const group = screen.getByRole('group', { name: 'nr. 90, Prestaties landelijke inrichting' });
    const option = within(group).getByRole('option');
    expect(option.querySelector('mark')?.textContent).toBe('geïnvesteerd');
    expect(option.textContent).toContain('p. 1');
    expect(within(group).getByText('Kamerstuk nr. 90 · 6 mei 2013')).toBeTruthy();
  });

  it('moves through the results with the arrow keys and opens one in the reader with Enter', async () => {
    const { router } = renderApp('/');
    await type('1 113 zaken');
    const box = searchBox();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() =>
      expect(router.getState().location.pathname).toBe('/brief/kst-31015-81/werkvoorraad-1'),
    );
    expect(new URLSearchParams(router.getState().location.search).get('markeer')).toBe('1 113');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('opens the result a click pressed, and nothing when a new answer came in between press and release', async () => {
    const { router } = renderApp('/');
    await type('1 113 zaken');
    const row = screen.getAllByRole('option')[0]!;
    const pressedText = row.textContent;
    fireEvent.mouseDown(row);
    // A key typed while the button is down: the same row now shows another result.
    fireEvent.change(searchBox(), { target: { value: 'beheersbaar houden' } });
    await waitFor(() =>
      expect(screen.getAllByRole('option')[0]?.textContent).not.toBe(pressedText),
    );
    expect(screen.getAllByRole('option')[0]).toBe(row);
    fireEvent.click(row);
    expect(router.getState().location.pathname).toBe('/');

    // A click without a press, as assistive technology sends it: opened.
    fireEvent.click(row);
    await waitFor(() => expect(router.getState().location.pathname).toMatch(/^\/brief\//));
  });

  it('opens with Ctrl+K or Ctrl+F from anywhere', () => {
    renderApp('/');
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(searchBox());
    act(() => (document.activeElement as HTMLElement).blur());
    fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(searchBox());
  });

  it('closes the results with Escape and goes back to where focus was; a second Escape clears the field', async () => {
    renderApp('/');
    const before = screen.getByRole('button', { name: 'Weergave' });
    act(() => before.focus());
    fireEvent.keyDown(before, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(searchBox());
    await type('Leaseweb');
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(before);
    expect((searchBox() as HTMLInputElement).value).toBe('Leaseweb');
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });

  it('says plainly when nothing is found, and explains a filter it does not know', async () => {
    renderApp('/');
    const box = searchBox();
    act(() => box.focus());
    fireEvent.change(box, { target: { value: 'encryptie brief:77' } });
    await waitFor(() =>
      expect(screen.getByText(/Niets gevonden voor ‘encryptie brief:77’/)).toBeTruthy(),
    );
    expect(screen.getByText('Een brief "77" ken ik niet; gebruik brief:81 of 90.')).toBeTruthy();
  });

  it('keeps opened searches as recent searches and offers them in an empty field', async () => {
    renderApp('/');
    await type('Fresno');
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    fireEvent.change(searchBox(), { target: { value: '' } });
    const recent = screen.getByRole('listbox', { name: 'Recente zoekopdrachten' });
    expect(within(recent).getByRole('option').textContent).toBe('Fresno');
    fireEvent.click(within(recent).getByRole('option'));
    expect((searchBox() as HTMLInputElement).value).toBe('Fresno');
  });

  it('lists the operators in its search tips', () => {
    renderApp('/');
    fireEvent.click(screen.getByRole('button', { name: 'Zoektips' }));
    const tips = screen.getByRole('dialog', { name: 'Zo zoekt u' });
    for (const operator of ['-woord', 'woord*', 'brief:', 'sectie:', 'in:']) {
      expect(within(tips).getByText(operator)).toBeTruthy();
    }
  });
});
