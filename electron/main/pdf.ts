// Saving the sender's page (the debate brief) as a PDF: ask where first, so cancelling costs
// nothing, then let Chromium print the page as the user sees it in print layout.
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BaseWindow, Dialog, WebContents } from 'electron';
import { ServiceError } from '@core/contract/dispatch';
import { pdfMessages } from './messages';

/**
 * A safe file name from the renderer's suggestion: no folder parts, no characters Windows or
 * macOS refuse, not empty, ending in .pdf.
 */
export function pdfFileName(suggested: string): string {
  const base = suggested
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\.pdf$/i, '')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 150);
  return `${base || 'Naslag'}.pdf`;
}

export interface PdfSaving {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** Where the save dialog starts; asked for only when saving. */
  documentsDir: () => string;
  parent: () => BaseWindow | null;
  write?: (file: string, data: Uint8Array) => Promise<void>;
}

/** Through a temporary file, so a failed write never leaves half a PDF, nor damages a file
 * the user chose to replace. */
async function writeWhole(file: string, data: Uint8Array): Promise<void> {
  const partial = `${file}.part`;
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export async function savePageAsPdf(
  contents: Pick<WebContents, 'printToPDF'>,
  suggestedName: string,
  { dialog, documentsDir, parent, write = writeWhole }: PdfSaving,
): Promise<{ saved: boolean; file?: string }> {
  const options = {
    title: pdfMessages.dialogTitle,
    defaultPath: suggestedPath(documentsDir, pdfFileName(suggestedName)),
    filters: [{ name: pdfMessages.filterName, extensions: ['pdf'] }],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const owner = parent();
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  const file = path.extname(choice.filePath) === '' ? `${choice.filePath}.pdf` : choice.filePath;

  let pdf: Uint8Array;
  try {
    // Tagged and outlined, so screen readers and the PDF's bookmarks follow the headings.
    pdf = await contents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } catch (error) {
    throw new ServiceError('failed', pdfMessages.renderFailed(reasonOf(error)));
  }
  try {
    await write(file, pdf);
  } catch (error) {
    throw new ServiceError('failed', pdfMessages.writeFailed(reasonOf(error)));
  }
  return { saved: true, file };
}

/** The name in the documents folder; the name alone when the system has no such folder (Electron
 * throws then), so the dialog starts in its own default folder and the save goes on. */
function suggestedPath(documentsDir: () => string, name: string): string {
  try {
    return path.join(documentsDir(), name);
  } catch {
    return name;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
