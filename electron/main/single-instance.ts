// One Naslag at a time: two processes writing the same store would lose notes. A second start
// hands over to the first, which comes to the front, and then quits.
import type { App, BrowserWindow } from 'electron';

type InstanceApp = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>;
type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * Returns false when another instance holds the lock; this one is then quitting and must not
 * set anything else up. Otherwise a later start brings `currentWindow()` to the front.
 */
export function claimSingleInstance(
  app: InstanceApp,
  currentWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
