// Saving the debate brief as PDF. The Electron shell renders it with
// printToPDF into the file the save dialog returns; the browser shell has no
// such capability (its back end says so), offers no PDF button, and prints.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { highlight } from './notes-helpers';

test('saves the debate brief as PDF where the shell can, and otherwise offers printing', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await app.goto('/brief/kst-31015-81/encryptie');
  await highlight(page, 'encryptie-2', 'afrondende fase');
  await app.goto('/notities/brief');
  await expect(page.locator('.brief-document')).toContainText('afrondende fase');
  const pdfButton = page.getByRole('button', { name: 'Opslaan als PDF' });

  if (app.shell === 'browser') {
    // The harness answers app:info with printToPdf: false, as a plain browser would.
    await expect(pdfButton).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();
    return;
  }

  const file = testInfo.outputPath('debatnotitie.pdf');
  await app.chooseSaveFile(file);
  await pdfButton.click();
  await expect(page.getByRole('status')).toContainText(`Opgeslagen als ${file}`);
  const pdf = await readFile(file);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
