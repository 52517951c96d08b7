// The settings as the store has them, asked through the page's own bridge (both shells
// have one): a spec waits for these before a restart, since a click saves a moment later.
import type { Page } from '@playwright/test';
import type { Settings } from '../core/contract/api';

export function storedSettings(page: Page): Promise<Settings | null> {
  return page.evaluate(async () => {
    const outcome = await window.naslag!.invoke('settings:get', {});
    return outcome.ok ? (outcome.value as Settings) : null;
  });
}
