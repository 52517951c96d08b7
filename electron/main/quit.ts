// The services close before the app goes: the store finishes the saves it has begun and
// releases the data folder. Within a time limit, so a disk that hangs never keeps the app from
// quitting; an unfinished close loses nothing, since every save replaces the file whole, and
// the lock of a process that is gone is taken over at the next start.
import type { App } from 'electron';

/** How long quitting waits for the services. */
export const CLOSE_LIMIT_MS = 5_000;

type QuittingApp = Pick<App, 'on' | 'quit'>;

/**
 * Holds back `will-quit` until `close` has finished or the limit has passed, then quits.
 * Returns the same close-then-quit for the end of a Windows session (shutdown, restart,
 * log-off), for which Electron emits no `will-quit`, only a window's `session-end`.
 */
export function closeBeforeQuit(
  app: QuittingApp,
  close: () => Promise<void>,
  limitMs = CLOSE_LIMIT_MS,
): () => void {
  let closing: Promise<void> | null = null;
  let closed = false;

  const closeThenQuit = () => {
    closing ??= withinLimit(close, limitMs)
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  };

  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closeThenQuit();
  });
  return closeThenQuit;
}

async function withinLimit(work: () => Promise<void>, limitMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The services did not close within ${limitMs} ms; quitting anyway.`)),
      limitMs,
    );
  });
  try {
    await Promise.race([work(), limit]);
  } finally {
    clearTimeout(timer);
  }
}
