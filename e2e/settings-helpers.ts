// The settings as the store has them, asked through the page's own bridge (both shells
// have one): a spec waits for these before a restart, since a click saves a moment later.
import type { Page } from '@playwright/test';
import type { Settings } from '../core/contract/api';

export function storedSettings(page: Page): Promise<Settings | null> {
  return page.evaluate(async () => {
    const bridge = (
      window as unknown as {
        naslag: { invoke(channel: string, args: unknown): Promise<{ value?: unknown }> };
      }
    ).naslag;
    const outcome = await bridge.invoke('settings:get', {});
    return (outcome.value ?? null) as Settings | null;
  });
}
