import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance';

function fakeApp(gotLock: boolean) {
  const events = new EventEmitter();
  return {
    events,
    app: {
      requestSingleInstanceLock: vi.fn(() => gotLock),
      quit: vi.fn(),
      on: vi.fn((name: string, listener: () => void) => events.on(name, listener)),
    } as unknown as Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'> & {
      quit: ReturnType<typeof vi.fn>;
    },
  };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  return {
    calls,
    window: {
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    },
  };
}

describe('claimSingleInstance', () => {
  it('quits a second instance at once and sets nothing up', () => {
    const { app, events } = fakeApp(false);
    const currentWindow = vi.fn(() => null);
    expect(claimSingleInstance(app, currentWindow)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(events.listenerCount('second-instance')).toBe(0);
  });

  it('keeps the first instance and brings its minimized window to the front', () => {
    const { app, events } = fakeApp(true);
    const { window, calls } = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    events.emit('second-instance');
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('focuses a window that is merely behind others without restoring it', () => {
    const { app, events } = fakeApp(true);
    const { window, calls } = fakeWindow(false);
    claimSingleInstance(app, () => window);
    events.emit('second-instance');
    expect(calls).toEqual(['show', 'focus']);
  });

  it('ignores a second start before the window exists', () => {
    const { app, events } = fakeApp(true);
    claimSingleInstance(app, () => null);
    expect(() => events.emit('second-instance')).not.toThrow();
  });
});
