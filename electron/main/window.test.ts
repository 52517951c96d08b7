import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMainWindow,
  mainWindowOptions,
  restoreWindowState,
  saveWindowState,
  secureWebPreferences,
  trackWindowState,
} from './window';
import type { Rect } from './window';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('web preferences', () => {
  it('isolate the renderer from Node and keep every web protection on', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('are the ones the main window is created with, hidden until painted', () => {
    const bounds = { x: 10, y: 20, width: 1000, height: 700 };
    const options = mainWindowOptions({ preload: '/p.cjs', bounds, dark: false });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options).toMatchObject({ ...bounds, title: 'Naslag', show: false });
    expect(options.backgroundColor).not.toBe(
      mainWindowOptions({ preload: '/p.cjs', bounds, dark: true }).backgroundColor,
    );
  });
});

describe('restoreWindowState', () => {
  it('restores a saved window that is fully visible unchanged', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('centres the window on the primary display when the saved monitor is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      bounds: { x: 120, y: 38, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('pulls a window hanging off the edge back inside the display it mostly covers', () => {
    const saved = { bounds: { x: 3500, y: -200, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, [laptop, monitorRight])).toEqual({
      bounds: { x: 3000, y: 0, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('shrinks a window larger than the display to fit', () => {
    const saved = { bounds: { x: 0, y: 0, width: 2560, height: 1600 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual(laptop);
  });

  it('respects a work area that starts below a top panel', () => {
    const belowPanel: Rect = { x: 0, y: 32, width: 1920, height: 1048 };
    const saved = { bounds: { x: 100, y: 0, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, [belowPanel]).bounds).toEqual({
      x: 100,
      y: 32,
      width: 1000,
      height: 700,
    });
  });

  it('falls back to a centred default for missing or damaged state', () => {
    const fallback = restoreWindowState(undefined, [laptop]);
    expect(fallback).toEqual({
      bounds: { x: 80, y: 8, width: 1280, height: 860 },
      maximized: false,
    });
    for (const damaged of [
      null,
      'x',
      { bounds: { x: 0, y: 0, width: -5, height: 700 }, maximized: false },
      { bounds: { x: Number.NaN, y: 0, width: 900, height: 700 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 900, height: 700 } },
    ]) {
      expect(restoreWindowState(damaged, [laptop])).toEqual(fallback);
    }
  });
});

describe('window state on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'naslag-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('restores what was saved, and ignores a file that is not JSON', () => {
    const file = path.join(dir, 'window-state.json');
    const state = { bounds: { x: 50, y: 60, width: 900, height: 600 }, maximized: false };
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);

    writeFileSync(file, '{"bounds": {');
    const opened: BrowserWindowConstructorOptions[] = [];
    const fake = fakeWindowClass(opened);
    createMainWindow({
      BrowserWindow: fake,
      workAreas: [laptop],
      stateFile: file,
      preload: '/p.cjs',
      url: 'app://naslag/index.html',
      dark: false,
    });
    expect(opened[0]).toMatchObject({ width: 1280, height: 860 });
  });
});

/** A BrowserWindow stand-in that records what it was created with and what was done to it. */
class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  bounds: Rect;
  maximized = false;
  shown = false;
  loaded: string | undefined;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 0,
      height: options.height ?? 0,
    };
    FakeWindow.created.push(this);
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  show() {
    this.shown = true;
  }
  destroyed = false;
  isDestroyed() {
    return this.destroyed;
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
}

function fakeWindowClass(opened: BrowserWindowConstructorOptions[]) {
  return class extends FakeWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      opened.push(options);
    }
  } as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow;
}

describe('createMainWindow', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'naslag-window-'));
    FakeWindow.created = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens where it was, maximized again, and shows only when ready', () => {
    const file = path.join(dir, 'window-state.json');
    saveWindowState(file, {
      bounds: { x: 1500, y: 40, width: 1100, height: 800 },
      maximized: true,
    });
    const opened: BrowserWindowConstructorOptions[] = [];
    createMainWindow({
      BrowserWindow: fakeWindowClass(opened),
      workAreas: [laptop, monitorRight],
      stateFile: file,
      preload: '/p.cjs',
      url: 'app://naslag/index.html',
      dark: true,
    });
    const window = FakeWindow.created[0]!;
    expect(opened[0]).toMatchObject({ x: 1500, y: 40, width: 1100, height: 800, show: false });
    expect(window.loaded).toBe('app://naslag/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(window.maximized).toBe(true);
  });

  it('waits for what it is told to before showing, and never shows when that fails', async () => {
    const setup = (showAfter: Promise<unknown>) =>
      createMainWindow({
        BrowserWindow: fakeWindowClass([]),
        workAreas: [laptop],
        stateFile: path.join(dir, 'window-state.json'),
        preload: '/p.cjs',
        url: 'app://naslag/index.html',
        dark: false,
        showAfter,
      });
    let open = () => {};
    setup(new Promise<void>((resolve) => (open = resolve)));
    const waiting = FakeWindow.created[0]!;
    waiting.emit('ready-to-show');
    await Promise.resolve();
    expect(waiting.shown).toBe(false);
    open();
    await vi.waitFor(() => expect(waiting.shown).toBe(true));

    let fail = (_error: Error) => {};
    setup(new Promise<void>((_resolve, reject) => (fail = reject)));
    const failing = FakeWindow.created[1]!;
    failing.emit('ready-to-show');
    fail(new Error('store'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failing.shown).toBe(false);
  });

  it('remembers the new position once moving stops, and on close', () => {
    vi.useFakeTimers();
    const window = new FakeWindow({ x: 0, y: 0, width: 900, height: 600 });
    const persist = vi.fn();
    trackWindowState(window as unknown as BrowserWindow, persist, 500);

    for (const x of [10, 20, 30]) {
      window.bounds.x = x;
      window.emit('move');
      vi.advanceTimersByTime(200);
    }
    expect(persist).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist).toHaveBeenLastCalledWith({
      bounds: { x: 30, y: 0, width: 900, height: 600 },
      maximized: false,
    });

    window.bounds.width = 1000;
    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    expect(persist).toHaveBeenCalledTimes(2);
    expect(persist).toHaveBeenLastCalledWith({
      bounds: { x: 30, y: 0, width: 1000, height: 600 },
      maximized: true,
    });
    vi.advanceTimersByTime(1000);
    expect(persist).toHaveBeenCalledTimes(2);
  });
});
