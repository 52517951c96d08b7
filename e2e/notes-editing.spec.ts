// Changing a note one already has: from the notes list and from its marker in
// the letter, kept across a restart, without a second note appearing.
import { expect, test } from './fixtures';
import { listNotes, selectPhrase } from './notes-helpers';

test('edits an existing note from the list and from its marker, and keeps the last version', async ({
  app,
}) => {
  // One restart of the services.
  test.slow();
  let page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await selectPhrase(page, 'encryptie-2', 'afrondende fase');
  await page.getByRole('button', { name: 'Notitie bij de selectie' }).click();
  const creating = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await creating.getByLabel('Notitie', { exact: true }).fill('Eerste versie');
  await creating.getByLabel('Labels').fill('vragen');
  await creating.getByRole('button', { name: 'Opslaan' }).click();
  await expect(creating).toHaveCount(0);
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);
  const [first] = await listNotes(page);

  await app.goto('/notities');
  const card = page.getByRole('article').filter({ hasText: 'afrondende fase' });
  await card.getByRole('button', { name: 'Bewerken' }).click();
  const editor = page.getByRole('dialog', { name: 'Notitie bewerken' });
  await expect(editor.getByLabel('Notitie', { exact: true })).toHaveValue('Eerste versie');
  await expect(editor.getByLabel('Labels')).toHaveValue('vragen');
  await editor.getByLabel('Notitie', { exact: true }).fill('Tweede versie, **aangepast**');
  await editor.getByLabel('Labels').fill('vragen, encryptie');
  await editor.getByRole('radio', { name: 'Blauw' }).check();
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toHaveCount(0);
  await expect(card).toContainText('Tweede versie');
  await expect(card.locator('strong')).toHaveText('aangepast');
  await expect(card).toContainText('encryptie');
  await expect(card).not.toContainText('Eerste versie');

  const [edited, ...others] = await listNotes(page);
  expect(others).toEqual([]);
  expect(edited).toMatchObject({
    id: first!.id,
    body: 'Tweede versie, **aangepast**',
    color: 'blue',
    tags: ['vragen', 'encryptie'],
  });

  // The marker in the letter offers the same editor, with the version just saved.
  await app.goto('/brief/kst-31015-81/encryptie-2');
  await page.getByRole('button', { name: /^Notitie \(blauw\): afrondende fase/ }).click();
  await page
    .getByRole('dialog', { name: /^Notitie \(blauw\)/ })
    .getByRole('button', { name: 'Bewerken' })
    .click();
  const again = page.getByRole('dialog', { name: 'Notitie bewerken' });
  await expect(again.getByLabel('Notitie', { exact: true })).toHaveValue(
    'Tweede versie, **aangepast**',
  );
  await again.getByLabel('Notitie', { exact: true }).fill('Derde versie');
  await again.getByRole('button', { name: 'Opslaan' }).click();
  await expect(again).toHaveCount(0);
  await expect(page.locator('mark.note-mark--unsaved')).toHaveCount(0);

  await app.restart();
  page = app.page;
  await app.goto('/notities');
  const kept = page.getByRole('article').filter({ hasText: 'afrondende fase' });
  await expect(kept).toContainText('Derde versie');
  await expect(page.getByRole('article')).toHaveCount(1);
  expect((await listNotes(page)).map((n) => [n.id, n.body])).toEqual([[first!.id, 'Derde versie']]);
});
