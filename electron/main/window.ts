// The main window: locked-down web preferences, shown only once painted, and its size and
// position remembered between runs. A remembered position is checked against the displays
// present now, so a window last seen on an unplugged monitor still opens where it can be seen.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The window's bounds when neither maximized nor full screen. */
  bounds: Rect;
  maximized: boolean;
}

const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
const MIN_SIZE = { width: 720, height: 480 } as const;
const BACKGROUND = { light: '#ffffff', dark: '#1b1b1b' } as const;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

export function mainWindowOptions(options: {
  preload: string;
  bounds: Rect;
  dark: boolean;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Naslag',
    // Painted before the renderer's first frame, so the window never flashes the wrong colour.
    backgroundColor: options.dark ? BACKGROUND.dark : BACKGROUND.light,
    show: false,
    webPreferences: secureWebPreferences(options.preload),
  };
}

const finite = z.number().int().min(-1_000_000).max(1_000_000);
const SavedStateSchema = z.object({
  bounds: z.object({
    x: finite,
    y: finite,
    width: z.number().int().positive().max(1_000_000),
    height: z.number().int().positive().max(1_000_000),
  }),
  maximized: z.boolean(),
});

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function centred(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The window to open, from what was saved (untrusted: it comes from disk) and the work areas
 * of the displays present now, primary first. The result lies entirely inside one work area:
 * the display the saved window overlapped most, or the primary one, centred, when it
 * overlaps none or nothing usable was saved.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const parsed = SavedStateSchema.safeParse(saved);
  if (!parsed.success) return { bounds: centred(primary, DEFAULT_SIZE), maximized: false };

  const { bounds, maximized } = parsed.data;
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const candidate of workAreas) {
    const shared = overlap(bounds, candidate);
    if (shared > bestOverlap) [best, bestOverlap] = [candidate, shared];
  }
  const area = best ?? primary;
  const width = clamp(bounds.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(bounds.height, Math.min(MIN_SIZE.height, area.height), area.height);
  if (!best) return { bounds: centred(area, { width, height }), maximized };
  return {
    bounds: {
      x: clamp(bounds.x, area.x, area.x + area.width - width),
      y: clamp(bounds.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized,
  };
}

/** What was saved, or undefined when there is nothing readable; restoreWindowState validates. */
export function loadWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Written synchronously: the last save happens on 'close', just before the app may quit, and
 * the file is a few dozen bytes. Through a temporary file, so a crash never leaves half a file.
 */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.warn(`Naslag could not remember the window position: ${String(error)}`);
  }
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/** Saves the window's state after it stops moving or resizing, and when it closes. */
export function trackWindowState(
  window: TrackedWindow,
  persist: (state: WindowState) => void,
  debounceMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): WindowState => ({
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
  });
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => persist(snapshot()), debounceMs);
  };
  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    clearTimeout(timer);
    persist(snapshot());
  });
}

export interface MainWindowSetup {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Work areas of the displays present now, primary first. */
  workAreas: readonly Rect[];
  stateFile: string;
  preload: string;
  url: string;
  dark: boolean;
  /** Shown once painted and this has come true (the services are open); never if it fails. */
  showAfter?: Promise<unknown>;
}

export function createMainWindow(setup: MainWindowSetup): BrowserWindow {
  const restored = restoreWindowState(loadWindowState(setup.stateFile), setup.workAreas);
  const window = new setup.BrowserWindow(
    mainWindowOptions({ preload: setup.preload, bounds: restored.bounds, dark: setup.dark }),
  );
  const show = () => {
    if (window.isDestroyed()) return;
    if (restored.maximized) window.maximize();
    window.show();
  };
  window.once('ready-to-show', () => {
    if (setup.showAfter) setup.showAfter.then(show, () => undefined);
    else show();
  });
  trackWindowState(window, (state) => saveWindowState(setup.stateFile, state));
  window.loadURL(setup.url).catch((error: unknown) => {
    console.error(`Naslag could not load its window (${setup.url}): ${String(error)}`);
  });
  return window;
}
