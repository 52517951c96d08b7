// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../app/render-app.testing';

afterEach(cleanup);

describe('the library', () => {
  it('shows each letter by its Kamerstuk number, Dutch date, other names and citation', () => {
    renderApp('/');
    const card = screen.getByRole('article', {
      name: 'Voortgang aanpak kinderpornografie en kindersekstoerisme',
    });
    expect(within(card).getByText('Kamerstuk 31 015, nr. 90')).toBeTruthy();
    expect(within(card).getByText('6 mei 2013')).toBeTruthy();
    expect(within(card).getByText(/^Ook bekend als april 2013 \/ aprilbrief/)).toBeTruthy();
    expect(within(card).getByText('Kamerstukken II 2012/13, 31 015, nr. 90')).toBeTruthy();
    expect(
      within(card).getByText('https://zoek.officielebekendmakingen.nl/kst-31015-90'),
    ).toBeTruthy();
    expect(within(card).getByText('10 pagina’s')).toBeTruthy();
  });

  it('finds the April 2013 letter by that name', () => {
    renderApp('/');
    fireEvent.change(screen.getByLabelText('Zoek een brief'), { target: { value: 'april 2013' } });
    expect(
      screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent),
    ).toEqual(['Voortgang aanpak kinderpornografie en kindersekstoerisme']);
    expect(screen.getByText('1 van de 2 brieven')).toBeTruthy();
  });

  it('says plainly when nothing matches', () => {
    renderApp('/');
    fireEvent.change(screen.getByLabelText('Zoek een brief'), {
      target: { value: 'fresno leaseweb' },
    });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText(/Geen brief gevonden voor ‘fresno leaseweb’/)).toBeTruthy();
  });

  it('tells the user that nothing can be saved when there is no store', () => {
    renderApp('/');
    expect(
      screen.getByText(/notities, instellingen en uw leesplek worden niet bewaard/),
    ).toBeTruthy();
  });
});
