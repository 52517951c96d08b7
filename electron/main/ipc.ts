// The main process's end of the API contract: one ipcMain.handle per contract channel. Each
// call is accepted only from the main frame of our own window showing the app's own origin,
// then goes through the same dispatch() (validation, error wrapping) as every other shell.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS } from '@core/contract/api';
import type { ApiHandlers, Outcome } from '@core/contract/api';
import { dispatch } from '@core/contract/dispatch';
import type { ServiceHandlers } from '../services';
import { ipcMessages } from './messages';
import { isAppUrl } from './security';
import type { ShellHandlers } from './shell-api';

export interface TrustedSenders {
  appOrigin: string;
  /** Whether these web contents belong to a window the app created. */
  isOwnContents: (contents: WebContents) => boolean;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * A frame may call the API only if it is the top frame of one of our windows and shows the
 * app's origin: not a subframe, not a page that navigated elsewhere, not some other web contents.
 */
export function isTrustedSender(event: SenderEvent, trust: TrustedSenders): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url, trust.appOrigin)) return false;
  if (!trust.isOwnContents(event.sender)) return false;
  const main = event.sender.mainFrame;
  return frame.processId === main.processId && frame.routingId === main.routingId;
}

const FORBIDDEN: Outcome<never> = {
  ok: false,
  error: { code: 'forbidden', message: ipcMessages.forbidden },
};

/**
 * Registers every channel; returns a function that removes them again. The services may
 * still be opening: a trusted call waits for them (a refused one never does).
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: ServiceHandlers | Promise<ServiceHandlers>,
  shellHandlers: (sender: WebContents) => ShellHandlers,
  trust: TrustedSenders,
): () => void {
  const ready = Promise.resolve(services);
  // Whoever opens the services reports their failure; unasked, it is no unhandled rejection here.
  ready.catch(() => undefined);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrustedSender(event, trust)) {
        console.warn(
          `Naslag refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`,
        );
        return FORBIDDEN;
      }
      const handlers: ApiHandlers = { ...(await ready), ...shellHandlers(event.sender) };
      return dispatch(handlers, channel, args);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
