import type { BaseWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { confirmAndOpenExternal, openableUrl } from './external';

function links(answer: number, parent: BaseWindow | null = null) {
  return {
    dialog: {
      showMessageBox: vi.fn().mockResolvedValue({ response: answer, checkboxChecked: false }),
    },
    shell: { openExternal: vi.fn().mockResolvedValue(undefined) },
    parent: () => parent,
  };
}

describe('openableUrl', () => {
  it('accepts https addresses only', () => {
    expect(openableUrl('https://zoek.officielebekendmakingen.nl/kst-31015-90.html')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-31015-90.html',
    );
    for (const url of [
      'http://www.tweedekamer.nl/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:someone@example.org',
      'smb://server/share',
      'not a url',
    ]) {
      expect(openableUrl(url)).toBeNull();
    }
  });

  it('refuses addresses that hide their host behind credentials', () => {
    expect(openableUrl('https://www.tweedekamer.nl@example.org/')).toBeNull();
    expect(openableUrl('https://user:pass@example.org/')).toBeNull();
  });

  it('shows look-alike domain names in punycode', () => {
    // The "a" in this host is the Cyrillic letter U+0430.
    expect(openableUrl('https://www.tweedekаmer.nl/')).toBe('https://www.xn--tweedekmer-5qi.nl/');
  });
});

describe('confirmAndOpenExternal', () => {
  it('opens the link in the browser once the user agrees', async () => {
    const deps = links(0);
    await expect(confirmAndOpenExternal('https://wetten.overheid.nl/', deps)).resolves.toEqual({
      opened: true,
    });
    const options = deps.dialog.showMessageBox.mock.calls[0]?.[0];
    expect(options.detail).toContain('https://wetten.overheid.nl/');
    expect(options.buttons).toEqual(['Openen', 'Annuleren']);
    expect(deps.shell.openExternal).toHaveBeenCalledWith('https://wetten.overheid.nl/');
  });

  it('makes Cancel the default, so Enter or Escape opens nothing', async () => {
    const deps = links(0);
    await confirmAndOpenExternal('https://wetten.overheid.nl/', deps);
    const options = deps.dialog.showMessageBox.mock.calls[0]?.[0];
    expect(options.buttons[options.defaultId]).toBe('Annuleren');
    expect(options.buttons[options.cancelId]).toBe('Annuleren');
  });

  it('opens nothing when the user cancels', async () => {
    const deps = links(1);
    await expect(confirmAndOpenExternal('https://wetten.overheid.nl/', deps)).resolves.toEqual({
      opened: false,
    });
    expect(deps.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never asks about, or opens, anything but https', async () => {
    const deps = links(0);
    await expect(confirmAndOpenExternal('file:///etc/passwd', deps)).resolves.toEqual({
      opened: false,
    });
    expect(deps.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(deps.shell.openExternal).not.toHaveBeenCalled();
  });

  it('attaches the confirmation to the window when there is one', async () => {
    const window = {} as BaseWindow;
    const deps = links(0, window);
    await confirmAndOpenExternal('https://wetten.overheid.nl/', deps);
    expect(deps.dialog.showMessageBox.mock.calls[0]?.[0]).toBe(window);
  });
});
