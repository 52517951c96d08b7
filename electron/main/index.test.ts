// The main process's wiring, run against a fake `electron` module and the real services on a
// temporary data folder: what a start does, in which order, and what a call through IPC reaches.
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { CHANNELS, DEFAULT_SETTINGS } from '@core/contract/api';
import { loadBundledCorpus } from '../services/corpus';
import type { StoreControl } from '../services/store/fault-control';

vi.mock('virtual:naslag/corpus', () => ({ default: loadBundledCorpus() }));

type Listener = (...args: unknown[]) => unknown;

// Opening the store and building the corpus take a while on a busy machine.
const patience = { timeout: 15_000 };

function readiness() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A fresh fake of the parts of `electron` the main process uses, recording what happens. */
function fakeElectron(options: { gotLock: boolean; isPackaged: boolean; userData: string }) {
  const log: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    paths: new Map<string, string>([
      ['documents', '/home/u/Documenten'],
      ['userData', options.userData],
    ]),
    requestSingleInstanceLock: vi.fn(() => options.gotLock),
    quit: vi.fn(() => log.push('quit')),
    exit: vi.fn(),
    enableSandbox: vi.fn(() => log.push('enableSandbox')),
    // As documented: setPath throws for a folder that does not exist, getPath for an unknown one.
    setPath(name: string, value: string) {
      if (!existsSync(value)) throw new Error(`Failed to set path: ${value}`);
      this.paths.set(name, value);
    },
    getPath(name: string) {
      const value = this.paths.get(name);
      if (value === undefined) throw new Error(`Failed to get '${name}' path`);
      return value;
    },
    getVersion: () => '0.1.0',
    ready: readiness(),
    whenReady() {
      return this.ready.promise;
    },
  });

  let nextContentsId = 1;
  const fakeContents = (id: number) =>
    Object.assign(new EventEmitter(), {
      id,
      mainFrame: { url: 'app://naslag/index.html', parent: null, processId: 1, routingId: id },
      setWindowOpenHandler: vi.fn(),
    });
  class BrowserWindow extends EventEmitter {
    static created: BrowserWindow[] = [];
    static fromWebContents = vi.fn(() => null);
    readonly webContents = fakeContents(nextContentsId++);
    loaded: string | undefined;
    /** Whether the store held its data folder when this window was made. */
    readonly storeOpenAtCreation = existsSync(
      path.join(app.paths.get('userData') ?? '', 'naslag.lock'),
    );
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.created.push(this);
      log.push('BrowserWindow');
      // A renderer that paints at once, before the store has opened.
      queueMicrotask(() => this.emit('ready-to-show'));
    }
    visible = false;
    destroyed = false;
    isVisible = () => this.visible;
    isDestroyed = () => this.destroyed;
    /** Whether the store held its data folder when this window was shown. */
    storeOpenAtShow: boolean | undefined;
    show = vi.fn(() => {
      this.visible = true;
      this.storeOpenAtShow = existsSync(path.join(app.paths.get('userData') ?? '', 'naslag.lock'));
      log.push('show');
    });
    // As Electron does: the window closes, and with the last one the app hears so.
    destroy = vi.fn(() => {
      this.destroyed = true;
      log.push('destroy');
      this.emit('closed');
      app.emit('window-all-closed');
    });
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 860 });
    isMaximized = () => false;
  }

  const handlers = new Map<string, Listener>();
  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => log.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => log.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)),
      removeHandler: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(() => log.push('setApplicationMenu')),
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(),
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
    },
    shell: { openExternal: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
    },
    nativeTheme: { shouldUseDarkColors: false },
  };
  return { electron, log, handlers };
}

let fake: ReturnType<typeof fakeElectron>;

describe('main process start', { timeout: 30_000 }, () => {
  let dataDir: string;
  /** Electron's own userData folder, which the tests with --data-dir must leave alone. */
  let electronUserData: string;
  const argv = process.argv;

  beforeEach(() => {
    vi.resetModules();
    dataDir = mkdtempSync(path.join(tmpdir(), 'naslag-main-'));
    electronUserData = path.join(mkdtempSync(path.join(tmpdir(), 'naslag-config-')), 'Naslag');
    process.argv = [...argv, `--data-dir=${dataDir}`];
  });
  afterEach(() => {
    process.argv = argv;
    vi.unstubAllEnvs();
    delete (globalThis as { naslagStoreControl?: StoreControl }).naslagStoreControl;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(path.dirname(electronUserData), { recursive: true, force: true });
  });

  async function start(gotLock = true, isPackaged = true) {
    fake = fakeElectron({ gotLock, isPackaged, userData: electronUserData });
    const electron = fake.electron;
    vi.doMock('electron', () => electron);
    await import('./index');
    return fake;
  }

  /** Lets the ready handler run to the end: the window opens, and the store beside it. */
  async function becomeReady() {
    fake.electron.app.ready.resolve();
    await vi.waitFor(() => expect(fake.electron.BrowserWindow.created).toHaveLength(1), patience);
    // A first call waits for the store to open.
    const contents = fake.electron.BrowserWindow.created[0]!.webContents;
    await fake.handlers.get('settings:get')!(
      { sender: contents, senderFrame: contents.mainFrame },
      {},
    );
  }

  async function quit() {
    const event = { preventDefault: vi.fn() };
    fake.electron.app.emit('will-quit', event);
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled(), patience);
  }

  it('prepares the sandbox and the app:// scheme before ready, and nothing else yet', async () => {
    const { electron, log } = await start();
    expect(electron.app.getPath('userData')).toBe(dataDir);
    expect(log).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
  });

  it('quits a second instance at once, before setting anything up', async () => {
    const { electron, log } = await start(false);
    expect(log).toEqual(['quit']);
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(0);
  });

  it('when ready: secures the session, serves the renderer, registers IPC, then opens the window', async () => {
    const { electron, log, handlers } = await start();
    await becomeReady();

    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(log.indexOf('protocol.handle')).toBeLessThan(log.indexOf('BrowserWindow'));
    expect(log.indexOf('setApplicationMenu')).toBeLessThan(log.indexOf('BrowserWindow'));

    const window = electron.BrowserWindow.created[0]!;
    expect(window.loaded).toBe('app://naslag/index.html');
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: expect.stringMatching(/[/\\]preload[/\\]index\.cjs$/),
    });
    await quit();
  });

  it('opens the window before the store has opened, and a first call waits for the store', async () => {
    const { electron, handlers } = await start();
    electron.app.ready.resolve();
    await vi.waitFor(() => expect(electron.BrowserWindow.created).toHaveLength(1), patience);
    const window = electron.BrowserWindow.created[0]!;
    expect(window.storeOpenAtCreation).toBe(false);

    const contents = window.webContents;
    await expect(
      handlers.get('notes:list')!({ sender: contents, senderFrame: contents.mainFrame }, {}),
    ).resolves.toMatchObject({ ok: true });
    expect(existsSync(path.join(dataDir, 'naslag.lock'))).toBe(true);
    // It painted at once, but is shown only once the store is open.
    await vi.waitFor(() => expect(window.show).toHaveBeenCalled(), patience);
    expect(window.storeOpenAtShow).toBe(true);
    await quit();
  });

  it('answers IPC from its window with the real services on the data folder', async () => {
    const { electron, handlers } = await start();
    await becomeReady();
    const contents = electron.BrowserWindow.created[0]!.webContents;
    const event = { sender: contents, senderFrame: contents.mainFrame };

    await expect(handlers.get('settings:get')!(event, {})).resolves.toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
    await expect(handlers.get('app:info')!(event, {})).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', shell: 'electron', capabilities: { printToPdf: true } },
    });
    await expect(
      handlers.get('settings:update')!(event, { fontScale: 1.4 }),
    ).resolves.toMatchObject({
      ok: true,
      value: { fontScale: 1.4 },
    });
    expect(existsSync(path.join(dataDir, 'naslag.json'))).toBe(true);
    await quit();
  });

  it('refuses IPC from web contents it did not create', async () => {
    const { handlers } = await start();
    await becomeReady();
    const stranger = {
      id: 99,
      mainFrame: { url: 'app://naslag/index.html', parent: null, processId: 1, routingId: 99 },
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      handlers.get('settings:get')!({ sender: stranger, senderFrame: stranger.mainFrame }, {}),
    ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await quit();
  });

  it('secures every web contents the app creates', async () => {
    const { electron } = await start();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('closes the services before quitting, releasing the data folder', async () => {
    const { electron } = await start();
    await becomeReady();
    expect(existsSync(path.join(dataDir, 'naslag.lock'))).toBe(true);
    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), patience);
    expect(existsSync(path.join(dataDir, 'naslag.lock'))).toBe(false);

    const second = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('closes the services when Windows ends the session, where no will-quit comes', async () => {
    const { electron } = await start();
    await becomeReady();
    expect(existsSync(path.join(dataDir, 'naslag.lock'))).toBe(true);
    const window = electron.BrowserWindow.created[0]!;
    window.emit('session-end', { reasons: ['logoff'], preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), patience);
    expect(existsSync(path.join(dataDir, 'naslag.lock'))).toBe(false);
  });

  it('creates a data folder that does not exist yet before using it', async () => {
    const fresh = path.join(dataDir, 'nieuw', 'profiel');
    process.argv = [...argv, '--data-dir', fresh];
    const { electron } = await start();
    expect(electron.app.getPath('userData')).toBe(fresh);
    await becomeReady();
    expect(existsSync(path.join(fresh, 'naslag.lock'))).toBe(true);
    await quit();
  });

  it('run from a checkout, keeps to a folder of its own, away from the installed app’s notes', async () => {
    process.argv = argv;
    const { electron, handlers } = await start(true, false);
    const devData = `${electronUserData}-dev`;
    expect(electron.app.getPath('userData')).toBe(devData);
    await becomeReady();
    const contents = electron.BrowserWindow.created[0]!.webContents;
    await handlers.get('settings:update')!(
      { sender: contents, senderFrame: contents.mainFrame },
      { fontScale: 1.2 },
    );
    expect(existsSync(path.join(devData, 'naslag.json'))).toBe(true);
    expect(existsSync(electronUserData)).toBe(false);
    await quit();
  });

  it('started by the end-to-end suite from a checkout, lets the suite fail the store’s writes', async () => {
    vi.stubEnv('NASLAG_E2E', '1');
    const { electron, handlers } = await start(true, false);
    await becomeReady();
    const contents = electron.BrowserWindow.created[0]!.webContents;
    const update = (fontScale: number) =>
      handlers.get('settings:update')!(
        { sender: contents, senderFrame: contents.mainFrame },
        { fontScale },
      );
    const control = (globalThis as { naslagStoreControl?: StoreControl }).naslagStoreControl!;
    control.fail({ op: 'writeFile', code: 'ENOSPC' });
    await expect(update(1.2)).resolves.toMatchObject({ ok: false });
    control.heal();
    await expect(update(1.4)).resolves.toMatchObject({ ok: true, value: { fontScale: 1.4 } });
    await quit();
  });

  it('packaged, offers the suite no way into the store, whatever the environment says', async () => {
    vi.stubEnv('NASLAG_E2E', '1');
    await start();
    await becomeReady();
    expect(globalThis).not.toHaveProperty('naslagStoreControl');
    await quit();
  });

  it('tells the user in Dutch, before anything else, when the data folder cannot be made', async () => {
    const file = path.join(dataDir, 'bestand');
    (await import('node:fs')).writeFileSync(file, '');
    process.argv = [...argv, `--data-dir=${path.join(file, 'profiel')}`];
    const { electron, log } = await start();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Naslag kan niet starten',
      expect.stringContaining('Er is niets gewijzigd aan uw notities'),
    );
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(log).toEqual([]);
  });

  it('starts without a documents folder, and the PDF dialog then suggests the name alone', async () => {
    const { electron, handlers } = await start();
    electron.app.paths.delete('documents');
    await becomeReady();
    expect(electron.app.exit).not.toHaveBeenCalled();
    const contents = electron.BrowserWindow.created[0]!.webContents;
    await expect(
      handlers.get('brief:printToPdf')!(
        { sender: contents, senderFrame: contents.mainFrame },
        { suggestedName: 'Debatbrief' },
      ),
    ).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: 'Debatbrief.pdf' }),
    );
    await quit();
  });

  /** Runs the test as if on `platform`, whatever this machine is. */
  function onPlatform(platform: NodeJS.Platform) {
    const original = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...original, value: platform });
    onTestFinished(() => {
      Object.defineProperty(process, 'platform', original);
    });
  }

  it.each(['win32', 'linux'] as const)(
    'quits on closing the last window on %s',
    async (platform) => {
      onPlatform(platform);
      const { electron } = await start();
      electron.app.emit('window-all-closed');
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
    },
  );

  it('stays running on macOS when the last window closes, as Mac apps do', async () => {
    onPlatform('darwin');
    const { electron } = await start();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('tells the user in Dutch when the data folder cannot be opened', async () => {
    const { electron } = await start();
    rmSync(dataDir, { recursive: true, force: true });
    // A file where the data folder should be: the store cannot be created.
    (await import('node:fs')).writeFileSync(dataDir, 'not a folder');
    electron.app.ready.resolve();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1), patience);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Naslag kan niet starten',
      expect.stringContaining('Er is niets gewijzigd aan uw notities'),
    );
    // The window opened beside the store painted, but goes before the message, never shown,
    // and its closing does not start a quit of its own.
    const [window] = electron.BrowserWindow.created;
    expect(window?.show).not.toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(window?.destroy.mock.invocationCallOrder[0]).toBeLessThan(
      electron.dialog.showErrorBox.mock.invocationCallOrder[0]!,
    );
  });
});
