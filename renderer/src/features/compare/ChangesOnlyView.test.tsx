// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../app/render-app.testing';

// A window narrower than 1200 px: every media query for a maximum width matches.
const realMatchMedia = window.matchMedia;
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  window.matchMedia = ((query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
});
afterAll(() => {
  window.matchMedia = realMatchMedia;
});
afterEach(cleanup);

describe('the changes alone, in a narrow window', { timeout: 30_000 }, () => {
  it('lists every change with both passages instead of the two letters', () => {
    renderApp('/vergelijk');
    expect(document.getElementById('vergelijk-links')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Wat is er veranderd' })).toBeTruthy();
    const change = screen.getByRole('article', { name: /Onderwerp van de voortgangsrapportage/ });
    expect(within(change).getByText('nr. 81, p. 1, alinea 2')).toBeTruthy();
    expect(within(change).getByText('nr. 90, p. 1, alinea 1')).toBeTruthy();
    // A subject only the later letter has says so on the earlier side.
    const added = screen
      .getAllByRole('article')
      .find((article) => article.querySelector('.kind-badge--new')) as HTMLElement;
    expect(within(added).getByText('Niet genoemd in nr. 81.')).toBeTruthy();
  });

  it('walks the changes with the arrow keys and opens one in both letters', async () => {
    const { router } = renderApp('/vergelijk');
    const buttons = screen.getAllByRole('button', { name: 'Open in beide brieven' });
    expect(buttons.length).toBeGreaterThan(20);
    buttons[0]?.focus();
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.click(buttons[1] as HTMLElement);
    await waitFor(() => expect(document.getElementById('vergelijk-links')).toBeTruthy());
    expect(router.getState().location.search).toMatch(/wijziging=/);
    const list = screen.getByRole('navigation', { name: 'Wat is er veranderd, per thema' });
    expect(list.querySelector('.change-list__change[aria-current="true"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Alleen wijzigingen' }));
    await waitFor(() => expect(document.getElementById('vergelijk-links')).toBeNull());
  });
});
