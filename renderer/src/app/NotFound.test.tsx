// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app.testing';

afterEach(cleanup);

describe('an address the app does not know', () => {
  it('says so inside the usual frame, and leads back to the library', () => {
    const { history } = renderApp('/brieven/kst-31015-81');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pagina niet gevonden');
    // The header stays, with no menu entry claiming to be the page on screen.
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { current: 'page' })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Naar de bibliotheek' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bibliotheek');
    expect(within(menu).getByRole('link', { current: 'page' }).textContent).toBe('Bibliotheek');
    act(() => history.go(-1));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pagina niet gevonden');
  });
});
