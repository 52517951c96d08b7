// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../app/render-app.testing';

beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

// Role queries over two whole letters are slow in jsdom: the panes are found by id and checked by name.
function pane(side: 'links' | 'rechts', name: RegExp): HTMLElement {
  const element = document.getElementById(`vergelijk-${side}`);
  if (!element) throw new Error(`no ${side} pane`);
  expect(element.getAttribute('aria-label')).toMatch(name);
  return element;
}
const heading = () => document.querySelector('h1')?.textContent;
// Rendering two full letters takes a few seconds in jsdom on a busy machine.
const SLOW = { timeout: 30_000 };

describe('the compare view', SLOW, () => {
  it('shows nr. 81 left and nr. 90 right as full letters, with ids that do not clash', () => {
    const { container } = renderApp('/vergelijk');
    expect(heading()).toBe('nr. 81 en nr. 90 vergelijken');
    expect(
      pane('links', /^Links: Kamerstuk 31 015, nr\. 81$/).querySelector('#links-alinea-encryptie-1')
        ?.textContent,
    ).toMatch(/In mijn brief van 27 januari 2012/);
    expect(
      pane('rechts', /^Rechts: Kamerstuk 31 015, nr\. 90$/).querySelector(
        '#rechts-alinea-encryptie-1',
      )?.textContent,
    ).toMatch(/In de voorgaande voortgangsrapportage/);
    expect(container.querySelector('#links-kop-encryptie')).toBeTruthy();
    expect(container.querySelector('#rechts-kop-encryptie')).toBeTruthy();
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('lists every theme with its status', () => {
    renderApp('/vergelijk');
    const themes = screen.getByRole('navigation', { name: 'Thema’s van beide brieven' });
    const item = (name: RegExp) => within(themes).getByRole('button', { name });
    expect(item(/^Encryptie: van ontsleutelplicht naar decryptiebevel doorlopend$/)).toBeTruthy();
    expect(item(/^Chemische castratie \/ libidoremmende middelen vervallen$/)).toBeTruthy();
    expect(item(/^Stop It Now! nieuw$/)).toBeTruthy();
  });

  it('shows a picked theme’s passages side by side, with shared terms and the changed wording', async () => {
    const { router } = renderApp('/vergelijk');
    const themes = screen.getByRole('navigation', { name: 'Thema’s van beide brieven' });
    const encryption = within(themes).getByRole('button', {
      name: /^Encryptie: van ontsleutelplicht/,
    });
    fireEvent.click(encryption);
    await waitFor(() => expect(document.querySelector('.theme-panel')).toBeTruthy());
    const panel = document.querySelector<HTMLElement>('.theme-panel') as HTMLElement;
    expect(panel.getAttribute('aria-label')).toBe(
      'Passages van het thema Encryptie: van ontsleutelplicht naar decryptiebevel',
    );
    expect(encryption.getAttribute('aria-current')).toBe('true');
    expect(
      within(panel).getByRole('heading', { level: 3, name: /^nr\. 81 — Encryptie/ }),
    ).toBeTruthy();
    expect(
      within(panel).getByRole('heading', { level: 3, name: /^nr\. 90 — Encryptie/ }),
    ).toBeTruthy();
    const shared = [...panel.querySelectorAll('.theme-panel__shared .shared--term')].map(
      (mark) => mark.textContent,
    );
    expect(shared).toEqual(expect.arrayContaining(['encryptie', 'versleuteld', 'toegankelijk']));
    const removed = [...panel.querySelectorAll('.word-diff del')]
      .map((del) => del.textContent)
      .join(' ');
    expect(removed).toContain('(ontsleutelplicht)');
    const added = [...panel.querySelectorAll('.word-diff ins')]
      .map((ins) => ins.textContent)
      .join(' ');
    expect(added).toContain('decryptiebevel');
    expect(router.state.location.search).toBe('?thema=encryptie');
  });

  it('says in the other pane that a new theme has no counterpart', async () => {
    renderApp('/vergelijk?thema=vereniging-martijn');
    await waitFor(() =>
      expect(pane('links', /^Links:/).querySelector('.compare-pane__notice')?.textContent).toBe(
        'Dit thema staat niet in nr. 81.',
      ),
    );
  });

  it('resizes the panes with the keyboard through a separator', () => {
    renderApp('/vergelijk');
    const separator = document.querySelector<HTMLElement>('[role="separator"]') as HTMLElement;
    expect(separator.getAttribute('aria-label')).toBe('Verdeling tussen de brieven');
    expect(separator.getAttribute('aria-valuenow')).toBe('50');
    fireEvent.keyDown(separator, { key: 'ArrowRight' });
    expect(separator.getAttribute('aria-valuenow')).toBe('52');
    fireEvent.keyDown(separator, { key: 'End' });
    expect(separator.getAttribute('aria-valuenow')).toBe('80');
    fireEvent.keyDown(separator, { key: 'PageDown' });
    expect(separator.getAttribute('aria-valuenow')).toBe('70');
    fireEvent.keyDown(separator, { key: 'Home' });
    expect(separator.getAttribute('aria-valuenow')).toBe('20');
  });

  it('swaps the letters, keeping what the statuses mean', async () => {
    const { router } = renderApp('/vergelijk?thema=stop-it-now');
    fireEvent.click(screen.getByRole('button', { name: 'Wissel de brieven' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/vergelijk/kst-31015-90/kst-31015-81'),
    );
    expect(heading()).toBe('nr. 90 en nr. 81 vergelijken');
    pane('links', /^Links: Kamerstuk 31 015, nr\. 90$/);
    const themes = screen.getByRole('navigation', { name: 'Thema’s van beide brieven' });
    expect(within(themes).getByRole('button', { name: /^Stop It Now! nieuw$/ })).toBeTruthy();
    await waitFor(() =>
      expect(pane('rechts', /^Rechts:/).querySelector('.compare-pane__notice')?.textContent).toBe(
        'Dit thema staat niet in nr. 81.',
      ),
    );
  });

  it('falls back to nr. 81 and nr. 90 for a letter it does not know, and says so', () => {
    renderApp('/vergelijk/82/90');
    expect(screen.getByText('Naslag kent geen brief ‘82’. U ziet nr. 81 en nr. 90.')).toBeTruthy();
    pane('links', /^Links: Kamerstuk 31 015, nr\. 81$/);
  });
});

describe('the other views', SLOW, () => {
  it('lists the figures as printed, each linked to its source paragraph', () => {
    renderApp('/vergelijk?weergave=cijfers');
    const row = screen.getByRole('row', { name: /Werkvoorraad eind 4e kwartaal 2011/ });
    expect(within(row).getByText('1 113 zaken')).toBeTruthy();
    expect(within(row).getByText('4e kwartaal 2011')).toBeTruthy();
    const link = within(row).getByRole('link', {
      name: 'Open p. 2 — de bron van ‘Werkvoorraad eind 4e kwartaal 2011’ in Kamerstuk 31 015, nr. 81',
    });
    expect(link.getAttribute('href')).toMatch(/^\/brief\/kst-31015-81\/werkvoorraad-1\?markeer=/);
    const money = screen.getByRole('row', { name: /Startsubsidie VWS/ });
    expect(within(money).getByText('250.000 euro')).toBeTruthy();
    expect(screen.getAllByRole('img', { name: /^Grafiek: / }).length).toBeGreaterThan(3);
  });

  it('groups the commitments by debate, with where they are made and answered', () => {
    renderApp('/vergelijk?weergave=toezeggingen');
    const debate = screen.getByRole('region', {
      name: 'Algemeen Overleg Kinderpornografie, 20 december 2012',
    });
    const stopItNow = within(debate)
      .getByText(/^Met de minister van VWS in gesprek gaan/)
      .closest('li');
    expect(stopItNow).toBeTruthy();
    expect(within(stopItNow as HTMLElement).getByText('beantwoord')).toBeTruthy();
    expect(
      within(stopItNow as HTMLElement).getAllByRole('link', {
        name: /^nr\. 90, p\. 6 — Stop It Now! \(alinea \d+\)$/,
      }),
    ).toHaveLength(2);
    expect(
      screen.getByRole('region', { name: 'Algemeen Overleg Kinderpornografie, 2 februari 2012' }),
    ).toBeTruthy();
  });

  it('says a commitment has no answer rather than inventing one', () => {
    renderApp('/vergelijk?weergave=toezeggingen');
    const letter = screen
      .getByText(/^De brief over wetgeving cybercrime op korte termijn/)
      .closest('li') as HTMLElement;
    expect(within(letter).getByText('geen antwoord')).toBeTruthy();
    expect(within(letter).getByText(/^Nr\. 90 zegt niet of en wanneer/)).toBeTruthy();
    expect(within(letter).queryByRole('link', { name: /^nr\. 90/ })).toBeNull();
  });

  it('keeps a date the letter prints wrongly visible on the timeline, with a note', () => {
    renderApp('/vergelijk?weergave=tijdlijn');
    const event = screen
      .getByText('Mondelinge vragen van het lid Recourt (PvdA)')
      .closest('li') as HTMLElement;
    expect(within(event).getByText('26 maart 2013')).toBeTruthy();
    expect(within(event).getByText('gedrukt als ‘26 maart 2012’')).toBeTruthy();
    expect(within(event).getByText(/^De brief schrijft hier 26 maart 2012/)).toBeTruthy();
  });

  it('shows how the computed alignment scores against the curated one', () => {
    renderApp('/vergelijk?weergave=berekend');
    expect(screen.getByText(/^13 van 13 \(100%\)$/)).toBeTruthy();
    const table = screen.getAllByRole('table')[0] as HTMLElement;
    const encryption = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.startsWith('EncryptieEncryptie'));
    expect(encryption?.textContent).toMatch(/0,\d\dja$/);
  });
});
