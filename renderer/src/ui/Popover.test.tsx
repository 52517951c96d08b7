// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Popover } from './Popover';

afterEach(cleanup);

function renderFootnote() {
  return render(
    <p>
      tekst
      <Popover inline trigger={<sup>1</sup>} triggerLabel="Voetnoot 1" panelLabel="Voetnoot 1">
        De tekst van voetnoot 1 staat niet in de brontekst.
      </Popover>
      <button type="button">verder</button>
    </p>,
  );
}

describe('Popover', () => {
  it('says whether it is open, and moves focus into the panel when it opens', () => {
    renderFootnote();
    const trigger = screen.getByRole('button', { name: 'Voetnoot 1' });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('dialog', { name: 'Voetnoot 1' });
    expect(trigger.getAttribute('aria-controls')).toBe(panel.id);
    expect(document.activeElement).toBe(panel);
  });

  it('closes on Escape and puts focus back on its button', () => {
    renderFootnote();
    const trigger = screen.getByRole('button', { name: 'Voetnoot 1' });
    fireEvent.click(trigger);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);
  });

  it('closes without taking focus back when focus leaves it', () => {
    renderFootnote();
    fireEvent.click(screen.getByRole('button', { name: 'Voetnoot 1' }));
    const elsewhere = screen.getByRole('button', { name: 'verder' });
    fireEvent.blur(screen.getByRole('dialog'), { relatedTarget: elsewhere });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes when the user clicks elsewhere', () => {
    renderFootnote();
    fireEvent.click(screen.getByRole('button', { name: 'Voetnoot 1' }));
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
