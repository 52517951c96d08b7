import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '@core/contract/dispatch';
import { pdfFileName, savePageAsPdf } from './pdf';

describe('pdfFileName', () => {
  it('keeps a readable name and adds .pdf once', () => {
    expect(pdfFileName('Debatbrief encryptie')).toBe('Debatbrief encryptie.pdf');
    expect(pdfFileName('Debatbrief.PDF')).toBe('Debatbrief.pdf');
  });

  it('drops folder parts and characters file systems refuse', () => {
    expect(pdfFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(pdfFileName('C:\\Windows\\brief')).toBe('C-Windows-brief.pdf');
    expect(pdfFileName('a<b>c:"d"|e?f*g\u0000h')).toBe('a-b-c-d-e-f-g-h.pdf');
  });

  it('never gives an empty or hidden name', () => {
    expect(pdfFileName('...')).toBe('Naslag.pdf');
    expect(pdfFileName('.bashrc')).toBe('bashrc.pdf');
    expect(pdfFileName('   ')).toBe('Naslag.pdf');
  });
});

describe('savePageAsPdf', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'naslag-pdf-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const page = (pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46])) => ({
    printToPDF: vi.fn().mockResolvedValue(Buffer.from(pdf)),
  });
  const saveDialog = (filePath: string | undefined) => ({
    showSaveDialog: vi.fn().mockResolvedValue({ canceled: filePath === undefined, filePath }),
  });

  it('asks where to save, suggesting the brief name in Documents, and writes the PDF', async () => {
    const contents = page();
    const dialog = saveDialog(path.join(dir, 'brief.pdf'));
    const result = await savePageAsPdf(contents, 'Debatbrief', {
      dialog,
      documentsDir: () => '/home/u/Documenten',
      parent: () => null,
    });
    expect(result).toEqual({ saved: true, file: path.join(dir, 'brief.pdf') });
    expect(readFileSync(path.join(dir, 'brief.pdf'), 'latin1')).toBe('%PDF');
    expect(dialog.showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe(
      path.join('/home/u/Documenten', 'Debatbrief.pdf'),
    );
    expect(contents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }));
  });

  it('still saves on a system without a documents folder, suggesting the name alone', async () => {
    const dialog = saveDialog(path.join(dir, 'brief.pdf'));
    const result = await savePageAsPdf(page(), 'Debatbrief', {
      dialog,
      documentsDir: () => {
        throw new Error("Failed to get 'documents' path");
      },
      parent: () => null,
    });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe('Debatbrief.pdf');
    expect(result).toEqual({ saved: true, file: path.join(dir, 'brief.pdf') });
    expect(readFileSync(path.join(dir, 'brief.pdf'), 'latin1')).toBe('%PDF');
  });

  it('adds the extension when the user typed a name without one', async () => {
    const result = await savePageAsPdf(page(), 'x', {
      dialog: saveDialog(path.join(dir, 'notities')),
      documentsDir: () => dir,
      parent: () => null,
    });
    expect(result.file).toBe(path.join(dir, 'notities.pdf'));
    expect(existsSync(path.join(dir, 'notities.pdf'))).toBe(true);
  });

  it('does not print when the user cancels', async () => {
    const contents = page();
    const result = await savePageAsPdf(contents, 'x', {
      dialog: saveDialog(undefined),
      documentsDir: () => dir,
      parent: () => null,
    });
    expect(result).toEqual({ saved: false });
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('reports a failed write in Dutch and leaves no partial file', async () => {
    const target = path.join(dir, 'missing-folder', 'brief.pdf');
    const saving = savePageAsPdf(page(), 'x', {
      dialog: saveDialog(target),
      documentsDir: () => dir,
      parent: () => null,
    });
    await expect(saving).rejects.toBeInstanceOf(ServiceError);
    await expect(saving).rejects.toThrow(/kon niet worden opgeslagen.*Er is niets opgeslagen/s);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a failed print in Dutch', async () => {
    const contents = { printToPDF: vi.fn().mockRejectedValue(new Error('renderer gone')) };
    await expect(
      savePageAsPdf(contents, 'x', {
        dialog: saveDialog(path.join(dir, 'b.pdf')),
        documentsDir: () => dir,
        parent: () => null,
      }),
    ).rejects.toThrow('De PDF kon niet worden gemaakt (renderer gone)');
    expect(readdirSync(dir)).toEqual([]);
  });
});
