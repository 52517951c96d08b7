// The one way out of the offline app: an https link, opened in the user's own browser after
// they have seen the address and said yes.
import type { BaseWindow, Dialog, Shell } from 'electron';
import { externalLinkDialog } from './messages';

/**
 * The address to show and open, or null when it must not be opened: anything but https, and
 * addresses with a user name or password, which can disguise the real host
 * (https://www.tweedekamer.nl@example.org/). The host is shown as parsed, so look-alike
 * international domain names appear in their punycode form.
 */
export function openableUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export interface ExternalLinks {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  /** The window the confirmation belongs to, if any. */
  parent: () => BaseWindow | null;
}

export async function confirmAndOpenExternal(
  url: string,
  { dialog, shell, parent }: ExternalLinks,
): Promise<{ opened: boolean }> {
  const href = openableUrl(url);
  if (href === null) return { opened: false };

  const options = {
    type: 'question' as const,
    // Enter or Escape in a dialog someone did not mean to see must not leave the app.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    ...externalLinkDialog(href),
  };
  const owner = parent();
  const { response } = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options);
  if (response !== 0) return { opened: false };

  await shell.openExternal(href);
  return { opened: true };
}
