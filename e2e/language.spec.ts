// Switching the interface to English: the app's own words change, the letters
// stay as they were written, and the choice lasts across a reload.
import { expect, test } from './fixtures';

test('switches the interface to English and back, leaving the letters in Dutch', async ({
  app,
}) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81');
  await page.getByRole('button', { name: 'Weergave' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.keyboard.press('Escape');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Search the letters and your notes' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Voortgang aanpak kinderpornografie' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Display' })).toBeVisible();
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
});
