// What the commitments and timeline tabs say, checked by facts of the letters
// (the promises, the quoted passages and the dates), not by their layout.
import { expect, test } from './fixtures';

test('lists a commitment with the passage that states it and the one that answers it', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/vergelijk');
  await page.getByRole('tab', { name: 'Toezeggingen' }).click();
  await expect(
    page.getByRole('heading', { name: /^Algemeen Overleg Kinderpornografie/ }).first(),
  ).toBeVisible();
  const commitment = page
    .getByRole('listitem')
    .filter({ hasText: 'Nader onderzoek naar de mogelijkheid verdachten te verplichten' });
  await expect(commitment).toHaveCount(1);
  await expect(commitment).toContainText('loopt nog');
  await commitment
    .getByRole('link', { name: /^nr\. 81, p\. 4 — Encryptie/ })
    .last()
    .click();
  await expect(page).toHaveURL(/#\/brief\/kst-31015-81\/encryptie-2/);
  await expect(page.locator('#alinea-encryptie-2 mark.highlight')).toContainText(
    'Inmiddels zit dit onderzoek in de afrondende fase',
  );
});

test('puts events on the timeline with the year the letter prints and a link to it', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/vergelijk');
  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  const event = page
    .getByRole('listitem')
    .filter({ hasText: 'Virtual Global Taskforce (VGT) opgericht' })
    .first();
  await expect(event.locator('time')).toHaveAttribute('datetime', '2003');
  await event.getByRole('link', { name: /^nr\. 90, p\. \d+/ }).click();
  await expect(page).toHaveURL(/#\/brief\/kst-31015-90\//);
  await expect(page.locator('mark.highlight').first()).toContainText(
    'Verder is in 2003 de Virtual Global Taskforce',
  );
});
