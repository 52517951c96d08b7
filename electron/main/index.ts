// The Electron main process: wiring only, in the order it must happen. Each concern lives in
// its own module (window, security, protocol, ipc, menu, single instance).
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import corpus from 'virtual:naslag/corpus';
import { createApiHandlers, createServices } from '../services';
import { settleDataDir } from './data-folder';
import { confirmAndOpenExternal } from './external';
import { registerIpc } from './ipc';
import { installMenu, showAbout } from './menu';
import { startupMessages } from './messages';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { closeBeforeQuit } from './quit';
import { applySessionSecurity, secureWebContents } from './security';
import { createShellHandlers } from './shell-api';
import { claimSingleInstance } from './single-instance';
import { chooseStoreFs } from './store-fs';
import { createMainWindow } from './window';

const rendererDir = path.join(import.meta.dirname, '../renderer');
const preload = path.join(import.meta.dirname, '../preload/index.cjs');

// `electron-vite dev` serves the renderer from Vite's dev server instead of app://.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

let mainWindow: BrowserWindow | null = null;
const ownContents = new Set<number>();

const offerExternal = (url: string) => {
  confirmAndOpenExternal(url, { dialog, shell, parent: () => mainWindow }).catch(console.error);
};

/**
 * Where the services are: the window waits to be shown until they are open; when they fail,
 * the app is leaving through the error message.
 */
let servicesState: 'opening' | 'open' | 'failed' = 'opening';

function openMainWindow(onSessionEnd: () => void, showAfter: Promise<unknown>): void {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const window = createMainWindow({
    BrowserWindow,
    workAreas: [primary, ...others].map((display) => display.workArea),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    preload,
    url: devServerUrl ?? APP_ENTRY_URL,
    dark: nativeTheme.shouldUseDarkColors,
    showAfter,
  });
  // Windows ends a session (shutdown, restart, log-off) without will-quit, telling windows only.
  window.on('session-end', onSessionEnd);
  const contentsId = window.webContents.id;
  ownContents.add(contentsId);
  window.on('closed', () => {
    ownContents.delete(contentsId);
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

async function start(): Promise<void> {
  applySessionSecurity(session.defaultSession, appOrigin);
  serveRenderer(protocol, rendererDir);

  // The store opens while the window loads: a cold open no longer waits for it (about 50 ms
  // at 10,000 notes) before the renderer even starts, and the renderer's first calls wait
  // for it instead.
  const dataDir = app.getPath('userData');
  const servicesReady = chooseStoreFs({
    isPackaged: app.isPackaged,
    env: process.env,
    dataDir,
  }).then((fs) => createServices({ dataDir, corpus, fs }));
  const closeServicesThenQuit = closeBeforeQuit(app, async () => (await servicesReady).close());

  const shellServices = {
    version: app.getVersion(),
    dialog,
    shell,
    documentsDir: () => app.getPath('documents'),
    windowOf: (contents: Electron.WebContents) => BrowserWindow.fromWebContents(contents),
  };
  registerIpc(
    ipcMain,
    servicesReady.then(createApiHandlers),
    (sender) => createShellHandlers(sender, shellServices),
    { appOrigin, isOwnContents: (contents) => ownContents.has(contents.id) },
  );
  installMenu(Menu, {
    platform: process.platform,
    isPackaged: app.isPackaged,
    onAbout: () => void showAbout(dialog, app.getVersion(), mainWindow),
  });
  openMainWindow(closeServicesThenQuit, servicesReady);
  try {
    await servicesReady;
  } catch (error) {
    // Not yet shown (it waits for the services): it goes before the message, without the
    // last-window-closed quit racing the message's own exit.
    servicesState = 'failed';
    mainWindow?.destroy();
    throw error;
  }
  servicesState = 'open';
  app.on('activate', () => {
    if (!mainWindow) openMainWindow(closeServicesThenQuit, servicesReady);
  });
}

function failStartup(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(startupMessages.title, startupMessages.failed(reason));
  app.exit(1);
}

/** The data folder settled before the single-instance lock, which is kept per folder. */
function settleDataFolder(): boolean {
  try {
    settleDataDir(app, process.argv, process.cwd());
    return true;
  } catch (error) {
    failStartup(error);
    return false;
  }
}

// A second start brings the window forward once the services are open (until then it waits to be shown).
if (
  settleDataFolder() &&
  claimSingleInstance(app, () => (servicesState === 'open' ? mainWindow : null))
) {
  // Every renderer sandboxed, whatever its web preferences say.
  app.enableSandbox();
  registerAppScheme(protocol);
  app.on('web-contents-created', (_event, contents) => {
    secureWebContents(contents, { appOrigin, offerExternal });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && servicesState !== 'failed') app.quit();
  });
  app.whenReady().then(start).catch(failStartup);
}
