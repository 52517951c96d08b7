// @vitest-environment jsdom
import {
  cleanup,
  fireEvent,
  getDefaultNormalizer,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { curatedComparison } from '../../../../data/curated/index';
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
/** Text as printed, no-break spaces and all. */
const EXACT = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
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

  it('lists every theme with its status and its tracked changes, with an overview of the pair', () => {
    renderApp('/vergelijk');
    const list = screen.getByRole('navigation', { name: 'Wat is er veranderd, per thema' });
    const item = (name: RegExp) => within(list).getByRole('button', { name });
    expect(item(/^Encryptie: van ontsleutelplicht naar decryptiebevel doorlopend$/)).toBeTruthy();
    expect(item(/^Chemische castratie \/ libidoremmende middelen vervallen$/)).toBeTruthy();
    expect(item(/^Stop It Now! nieuw$/)).toBeTruthy();
    const overview = list.querySelector('.change-overview')?.textContent ?? '';
    expect(overview).toMatch(/\d+ nieuw/);
    expect(overview).toMatch(/\d+ niet meer genoemd/);
    // Every change is an entry of its own, its kind spelled out.
    const changes = list.querySelectorAll('.change-list__change');
    expect(changes.length).toBeGreaterThan(20);
    expect(changes[0]?.textContent).toMatch(
      /^(nieuw|gevorderd|afgerond|bijgesteld|ongewijzigd|niet meer genoemd)/,
    );
  });

  it('opens a change: both passages with the state each letter gives, and the quotes marked in the panes', async () => {
    const { router } = renderApp('/vergelijk');
    const list = screen.getByRole('navigation', { name: 'Wat is er veranderd, per thema' });
    const entry = within(list).getByRole('button', {
      name: /^bijgesteld Onderwerp van de voortgangsrapportage/,
    });
    fireEvent.click(entry);
    await waitFor(() => expect(entry.getAttribute('aria-current')).toBe('true'));
    expect(router.getState().location.search).toBe(
      '?thema=inleiding-en-toezeggingen&wijziging=onderwerp-voortgangsrapportage',
    );
    const passages = list.querySelector('.change-passages') as HTMLElement;
    expect(within(passages).getByText('nr. 81, p. 1, alinea 2')).toBeTruthy();
    // The state each letter gives the subject, as curated.
    const curated = curatedComparison.changes.changes.find(
      (change) => change.id === 'onderwerp-voortgangsrapportage',
    );
    expect(within(passages).getByText(curated?.left?.state ?? '-')).toBeTruthy();
    expect(within(passages).getByText(curated?.right?.state ?? '-')).toBeTruthy();
    const cited = (side: 'links' | 'rechts') =>
      [...pane(side, /./).querySelectorAll('.text-mark--cited')].map((m) => m.textContent).join('');
    expect(cited('links')).toContain('Met deze brief informeer ik u over de voortgang');
    expect(cited('rechts')).toContain('kinderpornografie en kindersekstoerisme.');
  });

  it('marks what changed inside a restated sentence as whole runs, announced in words', () => {
    renderApp('/vergelijk?thema=encryptie');
    const left = pane('links', /./).querySelector('#links-alinea-encryptie-1') as HTMLElement;
    const right = pane('rechts', /./).querySelector('#rechts-alinea-encryptie-1') as HTMLElement;
    const runs = (element: HTMLElement, kind: string) =>
      [...element.querySelectorAll(`.text-mark--${kind} [data-offset]`)]
        .map((run) => run.textContent)
        .join('');
    expect(runs(left, 'deleted')).toContain('(ontsleutelplicht)');
    expect(runs(right, 'inserted')).toContain('decryptiebevel');
    // Not colour alone: a screen reader hears where a deletion begins (CSS alternative text, not copied).
    const labelled = left.querySelector('[data-mark-open]') as HTMLElement;
    expect(labelled.dataset.markOpen).toBe('weggevallen');
    expect(labelled.textContent).toMatch(/^In mijn brief van/);
    // The marks sit on the letter's own words: the paragraph's text is unchanged.
    const text = [...left.querySelectorAll('[data-offset]')].map((run) => run.textContent).join('');
    expect(text).toMatch(/^In mijn brief van 27 januari 2012/);
    // Beside the letters, the theme says how much of it is restated, changed, new or gone.
    expect(document.querySelector('.change-list__sentences')?.textContent).toMatch(
      /^Zinnen: \d+ gelijk, [1-9]\d* gewijzigd, \d+ nieuw en \d+ niet meer in nr\. 90\.$/,
    );
  });

  it('marks the terms both letters share only when asked', async () => {
    renderApp('/vergelijk?thema=encryptie');
    const shared = () => document.querySelectorAll('.text-mark--shared-term').length;
    expect(shared()).toBe(0);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gedeelde termen' }));
    await waitFor(() => expect(shared()).toBeGreaterThan(0));
    expect(screen.getByText('term in beide brieven')).toBeTruthy();
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
      expect(router.getState().location.pathname).toBe('/vergelijk/kst-31015-90/kst-31015-81'),
    );
    expect(heading()).toBe('nr. 90 en nr. 81 vergelijken');
    pane('links', /^Links: Kamerstuk 31 015, nr\. 90$/);
    const list = screen.getByRole('navigation', { name: 'Wat is er veranderd, per thema' });
    expect(within(list).getByRole('button', { name: /^Stop It Now! nieuw$/ })).toBeTruthy();
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
    // One number format everywhere, with the letter's qualifier and its own quarter labels.
    const money = screen.getByRole('row', { name: /Startsubsidie VWS/ });
    expect(within(money).getByText('250\u00a0000 euro', EXACT)).toBeTruthy();
    expect(screen.getByText('meer dan 100 slachtoffers')).toBeTruthy();
    expect(screen.getByText('2\u00a0900 slachtoffers', EXACT)).toBeTruthy();
    const first = screen.getByRole('row', { name: /^Werkvoorraad 4e kwartaal 2009/ });
    expect(within(first).getByText('gedrukt als ‘4e kwart. 2009’')).toBeTruthy();
    // Like with like first, with the change; no chart for a total beside its parts.
    const [compared, once] = screen.getAllByRole('region', { name: /^(Vergelijkbaar|Eén keer)/ });
    expect(
      within(compared as HTMLElement).getByRole('heading', {
        name: /^Werkvoorraad kinderpornografie/,
      }),
    ).toBeTruthy();
    expect(compared?.textContent).toMatch(/809 zaken \(4e kwartaal 2009, nr\. 81\)/);
    const police = within(once as HTMLElement).getByRole('region', { name: /^Politiecapaciteit/ });
    expect(within(police).queryByRole('img')).toBeNull();
    expect(within(police).getByText(/^Geen grafiek: het totaal/)).toBeTruthy();
    expect(screen.getAllByRole('img', { name: /^Grafiek: / }).length).toBeGreaterThan(1);
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
    // Each letter has its own column, and the day each was sent stands on the line.
    expect(event.querySelector('.timeline__letter--right')?.textContent).toMatch(/nr\. 90, p\./);
    expect(event.querySelector('.timeline__letter--left')?.textContent).toMatch(/niet genoemd/);
    const line = [...document.querySelectorAll('.timeline > li')];
    const sent = (nr: number) =>
      line.findIndex((item) => item.textContent?.includes(`Brief nr. ${nr} verstuurd`));
    expect(sent(81)).toBeGreaterThan(0);
    expect(sent(90)).toBeGreaterThan(sent(81));
    expect(line.indexOf(event)).toBeGreaterThan(sent(81));
    expect(line.indexOf(event)).toBeLessThan(sent(90));
    // An event of a quarter counts from the quarter's middle: "3e kwartaal 2012" comes before nr. 81.
    const quarter = line.findIndex((item) => item.textContent?.startsWith('3e kwartaal 2012'));
    expect(quarter).toBeGreaterThan(0);
    expect(quarter).toBeLessThan(sent(81));
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
