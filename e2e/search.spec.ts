// Searching: the header field (Ctrl+K) answers as you type,
// forgives typos and missing accents, opens a result in the reader with the match
// highlighted, finds the user's own notes and remembers recent searches across a
// restart, all under the app's Content-Security-Policy and without axe violations.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Zoeken in de brieven en uw notities' });
}

test('finds a paragraph despite a typo and opens it in the reader with the match highlighted', async ({
  app,
}) => {
  const page = app.page;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await app.goto('/');
  await page.keyboard.press('Control+K');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('kindersekstourisme vakantielanden');

  const results = page.getByRole('listbox', { name: 'Zoekresultaten' });
  const first = results.getByRole('option').first();
  await expect(first).toContainText('vakantielanden');
  await expect(first.locator('mark').first()).toHaveText(/kindersekstoerisme|vakantielanden/);
  await expect(results.getByRole('group').first()).toHaveAccessibleName(
    'nr. 90, Vervolgingsonderzoeken in Nederland',
  );

  await page.keyboard.press('ArrowDown');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    /#\/brief\/kst-31015-90\/vervolgingsonderzoeken-in-nederland-1\?markeer=/,
  );
  const paragraph = page.locator('#alinea-vervolgingsonderzoeken-in-nederland-1');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph.locator('mark').first()).toBeVisible();
  // Search loaded its index under the CSP without a single error.
  expect(problems).toEqual([]);
});

test('finds the user’s own note and keeps recent searches across a restart', async ({ app }) => {
  // Two reloads and a restart of the services.
  test.setTimeout(90_000);
  let page = app.page;
  await app.goto('/');
  const saved = await page.evaluate(async () => {
    const bridge = (
      window as unknown as { naslag: { invoke(c: string, a: unknown): Promise<{ ok: boolean }> } }
    ).naslag;
    const now = new Date().toISOString();
    return bridge.invoke('notes:save', {
      id: 'notitie-zoektest',
      letterId: 'kst-31015-81',
      paragraphId: 'encryptie-1',
      quote: null,
      position: null,
      color: 'green',
      body: 'Vragen aan de directie over het tijdpad van de ontsleutelplicht',
      tags: ['kamervragen'],
      created: now,
      modified: now,
    });
  });
  expect(saved.ok).toBe(true);
  await page.reload();

  await searchBox(page).click();
  await searchBox(page).fill('tijdpad in:notities');
  const results = page.getByRole('listbox', { name: 'Zoekresultaten' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('Notitie');
  await expect(results.locator('mark')).toHaveText('tijdpad');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/brief\/kst-31015-81\/encryptie-1$/);

  await app.restart();
  page = app.page;
  await searchBox(page).click();
  const recent = page.getByRole('listbox', { name: 'Recente zoekopdrachten' });
  await expect(recent.getByRole('option')).toHaveText(['tijdpad in:notities']);
});

test('has no accessibility violations with results open', async ({ app }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const page = app.page;
  await app.goto('/');
  await searchBox(page).click();
  await searchBox(page).fill('encryptie');
  await expect(page.getByRole('listbox', { name: 'Zoekresultaten' })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('header').analyze();
  expect(
    results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
});
