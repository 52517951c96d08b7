import type { BaseWindow, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createShellHandlers } from './shell-api';

function shellServices(answer: number) {
  const window = {} as BaseWindow;
  return {
    window,
    services: {
      version: '0.1.0',
      dialog: {
        showMessageBox: vi.fn().mockResolvedValue({ response: answer, checkboxChecked: false }),
        showSaveDialog: vi.fn().mockResolvedValue({ canceled: true, filePath: '' }),
      },
      shell: { openExternal: vi.fn().mockResolvedValue(undefined) },
      documentsDir: () => '/home/u/Documenten',
      windowOf: vi.fn(() => window),
    },
  };
}

describe('createShellHandlers', () => {
  const sender = { printToPDF: vi.fn() } as unknown as WebContents;

  it('describes the Electron shell, which can print to PDF', async () => {
    const { services } = shellServices(0);
    await expect(createShellHandlers(sender, services)['app:info']({})).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
      capabilities: { printToPdf: true },
    });
  });

  it('asks in the sender’s window before opening a link', async () => {
    const { services, window } = shellServices(0);
    const result = await createShellHandlers(sender, services)['external:open']({
      url: 'https://www.rijksoverheid.nl/',
    });
    expect(result).toEqual({ opened: true });
    expect(services.windowOf).toHaveBeenCalledWith(sender);
    expect(services.dialog.showMessageBox.mock.calls[0]?.[0]).toBe(window);
    expect(services.shell.openExternal).toHaveBeenCalledWith('https://www.rijksoverheid.nl/');
  });

  it('prints the sender’s page, from a save dialog on its window', async () => {
    const { services, window } = shellServices(0);
    const result = await createShellHandlers(sender, services)['brief:printToPdf']({
      suggestedName: 'Debatbrief',
    });
    expect(result).toEqual({ saved: false });
    expect(services.dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(window);
  });
});
