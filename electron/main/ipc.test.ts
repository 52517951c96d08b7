import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, DEFAULT_SETTINGS } from '@core/contract/api';
import type { ApiHandlers, Channel } from '@core/contract/api';
import { isTrustedSender, registerIpc } from './ipc';
import type { ShellHandlers } from './shell-api';

const APP = 'app://naslag';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

function ourWindow(url = 'app://naslag/index.html') {
  const mainFrame: FakeFrame = { url, parent: null, processId: 4, routingId: 1 };
  const sender = { id: 1, mainFrame } as unknown as WebContents;
  return { sender, mainFrame };
}

const trust = { appOrigin: APP, isOwnContents: (contents: WebContents) => contents.id === 1 };

function eventFrom(sender: WebContents, senderFrame: FakeFrame | null) {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

function fakeServices(): ApiHandlers {
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      vi.fn().mockRejectedValue(new Error(`${channel} not expected`)),
    ]),
  );
  return handlers as unknown as ApiHandlers;
}

function fakeIpcMain() {
  const registered = new Map<
    string,
    (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>
  >();
  return {
    registered,
    handle: vi.fn(
      (
        channel: string,
        listener: (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>,
      ) => {
        registered.set(channel, listener);
      },
    ),
    removeHandler: vi.fn((channel: string) => registered.delete(channel)),
  };
}

const shellHandlers = (): ShellHandlers => ({
  'app:info': async () => ({
    version: '1.2.3',
    shell: 'electron',
    capabilities: { printToPdf: true },
  }),
  'brief:printToPdf': async () => ({ saved: false }),
  'external:open': async () => ({ opened: false }),
});

describe('isTrustedSender', () => {
  it('accepts the main frame of our window showing the app', () => {
    const { sender, mainFrame } = ourWindow();
    expect(isTrustedSender(eventFrom(sender, mainFrame), trust)).toBe(true);
  });

  it('refuses a frame showing another origin', () => {
    for (const url of [
      'https://example.org/',
      'file:///tmp/x.html',
      'app://elders/',
      'about:blank',
    ]) {
      const { sender, mainFrame } = ourWindow(url);
      expect(isTrustedSender(eventFrom(sender, mainFrame), trust)).toBe(false);
    }
  });

  it('refuses a subframe, even of the app origin', () => {
    const { sender, mainFrame } = ourWindow();
    const child: FakeFrame = {
      url: 'app://naslag/x',
      parent: mainFrame,
      processId: 4,
      routingId: 7,
    };
    expect(isTrustedSender(eventFrom(sender, child), trust)).toBe(false);
  });

  it('refuses web contents that are not one of our windows', () => {
    const mainFrame: FakeFrame = { url: 'app://naslag/', parent: null, processId: 9, routingId: 1 };
    const stranger = { id: 2, mainFrame } as unknown as WebContents;
    expect(isTrustedSender(eventFrom(stranger, mainFrame), trust)).toBe(false);
  });

  it('refuses a top-level frame that is not the window’s main frame, or a closed frame', () => {
    const { sender } = ourWindow();
    const other: FakeFrame = { url: 'app://naslag/', parent: null, processId: 4, routingId: 2 };
    expect(isTrustedSender(eventFrom(sender, other), trust)).toBe(false);
    expect(isTrustedSender(eventFrom(sender, null), trust)).toBe(false);
  });
});

describe('registerIpc', () => {
  it('registers exactly the contract’s channels and can remove them', () => {
    const ipcMain = fakeIpcMain();
    const remove = registerIpc(ipcMain, fakeServices(), shellHandlers, trust);
    expect([...ipcMain.registered.keys()].sort()).toEqual([...CHANNELS].sort());
    remove();
    expect(ipcMain.registered.size).toBe(0);
  });

  it('dispatches a trusted call to the services with validated arguments', async () => {
    const ipcMain = fakeIpcMain();
    const services = fakeServices();
    const settings = { ...DEFAULT_SETTINGS, fontScale: 1.2 };
    vi.mocked(services['settings:update']).mockResolvedValue(settings);
    registerIpc(ipcMain, services, shellHandlers, trust);
    const { sender, mainFrame } = ourWindow();
    const invoke = (channel: Channel, args: unknown) =>
      ipcMain.registered.get(channel)!(eventFrom(sender, mainFrame), args);

    await expect(invoke('settings:update', { fontScale: 1.2 })).resolves.toEqual({
      ok: true,
      value: settings,
    });
    expect(services['settings:update']).toHaveBeenCalledWith({ fontScale: 1.2 });

    await expect(invoke('settings:update', { fontScale: 9 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });

  it('answers the shell’s own channels from the shell, not the services', async () => {
    const ipcMain = fakeIpcMain();
    const services = fakeServices();
    const shellFor = vi.fn(shellHandlers);
    registerIpc(ipcMain, services, shellFor, trust);
    const { sender, mainFrame } = ourWindow();
    await expect(
      ipcMain.registered.get('app:info')!(eventFrom(sender, mainFrame), {}),
    ).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', shell: 'electron', capabilities: { printToPdf: true } },
    });
    expect(shellFor).toHaveBeenCalledWith(sender);
    expect(services['app:info']).not.toHaveBeenCalled();
  });

  it('refuses a foreign frame without reaching the services', async () => {
    const ipcMain = fakeIpcMain();
    const services = fakeServices();
    registerIpc(ipcMain, services, shellHandlers, trust);
    const { sender, mainFrame } = ourWindow('https://example.org/');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const outcome = await ipcMain.registered.get('notes:delete')!(eventFrom(sender, mainFrame), {
      id: 'n1',
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((outcome as { error: { message: string } }).error.message).toMatch(/geweigerd/);
    expect(services['notes:delete']).not.toHaveBeenCalled();
  });
});
