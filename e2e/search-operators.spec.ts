// The search box's little language through the interface: phrases, exclusions,
// prefixes and the filters brief:, sectie:, in: and pagina:, each narrowing the
// results a user sees (facts from the letters themselves).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Searches from the header field and waits for the answer to that very query. */
async function search(page: Page, query: string) {
  const box = page.getByRole('combobox', { name: 'Zoeken in de brieven en uw notities' });
  await box.fill(query);
  const results = page.getByRole('listbox', { name: 'Zoekresultaten' });
  return {
    results,
    groups: results.getByRole('group'),
    count: page.getByRole('status').filter({ hasText: /^\d+ resulta(at|ten)$|^Niets gevonden/ }),
  };
}

/** The groups' names in order: letter and section, as a screen reader announces them. */
function groupNames(groups: Locator): Promise<string[]> {
  return groups.evaluateAll((all) => all.map((group) => group.getAttribute('aria-label') ?? ''));
}

test('narrows the results with phrases, exclusions, prefixes and filters', async ({ app }) => {
  const page = app.page;
  await app.goto('/');

  let found = await search(page, 'grooming');
  await expect(found.count).toHaveText('4 resultaten');
  await expect.poll(() => groupNames(found.groups)).toEqual(['nr. 90, Grooming', 'nr. 90, Fresno']);

  // -woord: only the Fresno paragraph speaks of "minderjarigen".
  found = await search(page, 'grooming -minderjarigen');
  await expect(found.count).toHaveText('3 resultaten');
  await expect.poll(() => groupNames(found.groups)).toEqual(['nr. 90, Grooming']);

  found = await search(page, 'grooming sectie:grooming');
  await expect(found.count).toHaveText('3 resultaten');
  await expect.poll(() => groupNames(found.groups)).toEqual(['nr. 90, Grooming']);

  await search(page, 'grooming brief:81');
  await expect(
    page.getByText('Niets gevonden voor ‘grooming brief:81’', { exact: false }),
  ).toBeVisible();

  // A phrase needs the words together and in order; loose words find more.
  found = await search(page, 'online meldknop');
  await expect(found.count).toHaveText('6 resultaten');
  found = await search(page, '"online meldknop"');
  await expect(found.count).toHaveText('3 resultaten');
  await expect.poll(() => groupNames(found.groups)).toEqual(['nr. 90, Online Meldknop']);

  found = await search(page, 'verbeter*');
  await expect(found.count).toHaveText('2 resultaten');
  await expect(found.results.locator('mark')).toContainText(['verbeteren', 'verbetertrajecten']);

  found = await search(page, 'werkvoorraad');
  await expect(found.count).toHaveText('5 resultaten');
  found = await search(page, 'werkvoorraad in:tabellen');
  await expect(found.count).toHaveText('1 resultaat');
  await expect(found.results.getByRole('option')).toContainText('Tabel');

  found = await search(page, 'kinderpornografie pagina:3 brief:81');
  await expect(found.count).toHaveText('3 resultaten');
  for (const option of await found.results.getByRole('option').all())
    await expect(option).toContainText('p. 3');
  for (const name of await groupNames(found.groups)) expect(name).toMatch(/^nr\. 81, /);

  await search(page, 'encryptie brief:77');
  await expect(page.getByText('Een brief "77" ken ik niet; gebruik brief:81 of 90.')).toBeVisible();
});
