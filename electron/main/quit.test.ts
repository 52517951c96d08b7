import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_LIMIT_MS, closeBeforeQuit } from './quit';

function fakeApp() {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
  const willQuit = () => {
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    return event;
  };
  return { app, quittingApp: app as unknown as Pick<App, 'on' | 'quit'>, willQuit };
}

function closing() {
  let finish = () => {};
  let fail = (_error: Error) => {};
  const close = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return { close, finish: () => finish(), fail: (error: Error) => fail(error) };
}

describe('closeBeforeQuit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.useRealTimers());

  it('holds the quit until the services have closed, then quits once', async () => {
    const { app, quittingApp, willQuit } = fakeApp();
    const services = closing();
    closeBeforeQuit(quittingApp, services.close);

    expect(willQuit().preventDefault).toHaveBeenCalled();
    expect(willQuit().preventDefault).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(app.quit).not.toHaveBeenCalled();

    services.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(services.close).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    // The quit that follows is let through.
    expect(willQuit().preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when the services have not closed within the limit', async () => {
    const { app, quittingApp, willQuit } = fakeApp();
    const services = closing();
    closeBeforeQuit(quittingApp, services.close);

    willQuit();
    await vi.advanceTimersByTimeAsync(CLOSE_LIMIT_MS - 1);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('did not close within') }),
    );
    expect(willQuit().preventDefault).not.toHaveBeenCalled();
  });

  it('quits when closing fails, and says why in the log', async () => {
    const { app, quittingApp, willQuit } = fakeApp();
    const services = closing();
    closeBeforeQuit(quittingApp, services.close);

    willQuit();
    services.fail(new Error('EIO'));
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledWith(new Error('EIO'));
  });

  it('closes the services at the end of a session too, where no will-quit comes', async () => {
    const { app, quittingApp, willQuit } = fakeApp();
    const services = closing();
    const endSession = closeBeforeQuit(quittingApp, services.close);

    endSession();
    expect(services.close).toHaveBeenCalledTimes(1);
    // A will-quit arriving meanwhile waits for the same close.
    expect(willQuit().preventDefault).toHaveBeenCalled();
    expect(services.close).toHaveBeenCalledTimes(1);

    services.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });
});
