// The channels only the Electron shell can answer, merged over the services' handlers for each
// call: they act on the window that asked (its page to print, its dialogs).
import type { BaseWindow, Dialog, Shell, WebContents } from 'electron';
import type { ApiHandlers } from '@core/contract/api';
import type { ShellChannel } from '../services/api';
import { confirmAndOpenExternal } from './external';
import { savePageAsPdf } from './pdf';

export type ShellHandlers = Pick<ApiHandlers, ShellChannel>;

export interface ShellServices {
  version: string;
  dialog: Pick<Dialog, 'showMessageBox' | 'showSaveDialog'>;
  shell: Pick<Shell, 'openExternal'>;
  documentsDir: () => string;
  windowOf: (contents: WebContents) => BaseWindow | null;
}

export function createShellHandlers(sender: WebContents, shell: ShellServices): ShellHandlers {
  const parent = () => shell.windowOf(sender);
  return {
    'app:info': async () => ({
      version: shell.version,
      shell: 'electron',
      capabilities: { printToPdf: true },
    }),
    'brief:printToPdf': ({ suggestedName }) =>
      savePageAsPdf(sender, suggestedName, {
        dialog: shell.dialog,
        documentsDir: shell.documentsDir,
        parent,
      }),
    'external:open': ({ url }) =>
      confirmAndOpenExternal(url, { dialog: shell.dialog, shell: shell.shell, parent }),
  };
}
