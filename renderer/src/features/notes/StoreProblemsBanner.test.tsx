// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreProblem } from '@core/contract/api';
import { I18nProvider } from '../../i18n/i18n';
import { StoreProblemsBanner } from './StoreProblemsBanner';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

const quarantined: StoreProblem = {
  kind: 'quarantined',
  message:
    'Het notitiebestand kon niet worden gelezen (geen geldige JSON). Het is onveranderd bewaard.',
  file: '/data/naslag.corrupt-20240501T100000000Z.json',
};

const banner = (problems: StoreProblem[]) => (
  <I18nProvider initial="nl">
    <StoreProblemsBanner problems={problems} />
  </I18nProvider>
);

describe('StoreProblemsBanner', () => {
  it('says what happened in the store’s own words, under a title for the kind of problem', () => {
    render(banner([quarantined]));
    const notice = screen.getByRole('region', { name: 'Let op: uw notities' });
    expect(notice.textContent).toContain('Het notitiebestand was beschadigd');
    expect(notice.textContent).toContain(quarantined.message);
  });

  it('stays closed for the session once closed, but shows a new problem', () => {
    render(banner([quarantined]));
    fireEvent.click(screen.getByRole('button', { name: 'Melding sluiten' }));
    expect(screen.queryByRole('region')).toBeNull();
    cleanup();
    render(banner([quarantined]));
    expect(screen.queryByRole('region')).toBeNull();
    const newer: StoreProblem = {
      kind: 'newer-version',
      message: 'Gemaakt met een nieuwere versie.',
    };
    cleanup();
    render(banner([quarantined, newer]));
    expect(screen.getByRole('region').textContent).toContain(
      'Gemaakt met een nieuwere versie van Naslag',
    );
  });

  it('shows nothing when the store has nothing to report', () => {
    render(banner([]));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
