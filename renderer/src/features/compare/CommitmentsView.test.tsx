// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import corpus from 'virtual:naslag/corpus';
import { afterEach, describe, expect, it } from 'vitest';
import type { Commitments } from '@core/compare/curated-model';
import { curatedComparison } from '../../../../data/curated/index';
import { RouteError } from '../../app/NotFound';
import { createRouter, memoryHistory, RouterProvider } from '../../app/router';
import { I18nProvider } from '../../i18n/i18n';
import { CommitmentsView } from './CommitmentsView';

afterEach(cleanup);

function show(commitments: Commitments) {
  const router = createRouter([], memoryHistory());
  render(
    <I18nProvider initial="nl">
      <RouterProvider router={router} errorView={RouteError}>
        <CommitmentsView commitments={commitments} letters={corpus.letters} />
      </RouterProvider>
    </I18nProvider>,
  );
}

describe('the commitments', () => {
  it('quote the promise and each answer as passages of their own', () => {
    show(curatedComparison.commitments);
    const entry = screen
      .getByText(/^Met de minister van VWS in gesprek gaan/)
      .closest('li') as HTMLElement;
    const quotes = [...entry.querySelectorAll('blockquote')].map((quote) => quote.textContent);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('say the answer is missing, and what is missing, when no letter answers', () => {
    const [first] = curatedComparison.commitments.commitments;
    if (!first) throw new Error('no commitments');
    const unanswered = {
      ...first,
      answers: [],
      unanswered: 'Geen van beide brieven zegt of het onderzoek is afgerond.',
    };
    show({ ...curatedComparison.commitments, commitments: [unanswered] });
    const entry = screen.getByText(first.promise).closest('li') as HTMLElement;
    expect(within(entry).getByText('geen antwoord')).toBeTruthy();
    expect(
      within(entry).getByText('Geen van beide brieven zegt of het onderzoek is afgerond.'),
    ).toBeTruthy();
    expect(entry.querySelectorAll('blockquote')).toHaveLength(1);
  });
});
