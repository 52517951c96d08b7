// The app opens on the library, and what should survive a reload or a restart does.
import { expect, test } from './fixtures';
import { storedSettings } from './settings-helpers';

test('opens on the library with both bundled letters', async ({ app }) => {
  await app.goto('/');
  const page = app.page;
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeVisible();
  await expect(page.getByText('Kamerstuk 31 015, nr. 81', { exact: true })).toBeVisible();
  await expect(page.getByText('Kamerstuk 31 015, nr. 90', { exact: true })).toBeVisible();
  await expect(page.getByText('2 oktober 2012')).toBeVisible();
  await expect(page.getByText('6 mei 2013').first()).toBeVisible();
});

test('finds the May 2013 letter by its popular name, and keeps the filter on reload', async ({
  app,
}) => {
  await app.goto('/');
  const page = app.page;
  await page.getByLabel('Zoek een brief').fill('april 2013');
  await expect(page.getByText('Kamerstuk 31 015, nr. 90', { exact: true })).toBeVisible();
  await expect(page.getByText('Kamerstuk 31 015, nr. 81', { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Zoek een brief')).toHaveValue('april 2013');
  await expect(page.getByText('Kamerstuk 31 015, nr. 81', { exact: true })).toHaveCount(0);
});

test('keeps the chosen theme and text size across a restart of the services', async ({ app }) => {
  await app.goto('/');
  let page = app.page;
  await page.getByRole('button', { name: 'Weergave' }).click();
  await page.getByRole('radio', { name: 'Donker' }).check();
  await page.getByRole('button', { name: 'Grotere tekst' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const scale = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--naslag-font-scale'),
  );
  expect(Number(scale)).toBeGreaterThan(1);
  // Saved a moment after the clicks: in the store before the services stop.
  await expect
    .poll(async () => {
      const stored = await storedSettings(page);
      return stored && [stored.theme, stored.fontScale];
    })
    .toEqual(['dark', Number(scale)]);

  // The look the first frame after the restart is drawn with, before the store has answered.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.getElementById('root')?.firstChild) return;
      observer.disconnect();
      const root = document.documentElement;
      Object.assign(window, {
        firstFrame: {
          theme: root.dataset.theme,
          scale: getComputedStyle(root).getPropertyValue('--naslag-font-scale'),
        },
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await app.restart();
  page = app.page;
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--naslag-font-scale'),
      ),
    )
    .toBe(scale);
  // Nothing jumps or flashes as the stored settings arrive: the first frame already had them.
  expect(
    await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame),
  ).toEqual({ theme: 'dark', scale });
});
