// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '@core/contract/api';
import { DEFAULT_SETTINGS } from '@core/contract/settings';
import { SettingsProvider, useSettings } from './settings';

afterEach(() => {
  cleanup();
  delete window.naslag;
  window.localStorage.clear();
});

/**
 * A store behind the bridge that takes each call as it comes, as the real one does, but
 * whose answers wait until the test lets them go.
 */
function heldStore(initial: Settings, options: { failSaves?: string } = {}) {
  let stored = initial;
  const waiting: (() => void)[] = [];
  const updates: Partial<Settings>[] = [];
  window.naslag = {
    invoke: (channel: string, args: unknown) => {
      if (channel === 'settings:update' && options.failSaves) {
        const error = { code: 'store-write-failed', message: options.failSaves };
        return new Promise((resolve) => waiting.push(() => resolve({ ok: false, error })));
      }
      if (channel === 'settings:update') {
        updates.push(args as Partial<Settings>);
        stored = { ...stored, ...(args as Partial<Settings>) };
      }
      const answer = stored;
      return new Promise((resolve) => waiting.push(() => resolve({ ok: true, value: answer })));
    },
  } as unknown as typeof window.naslag;
  return {
    updates,
    get stored() {
      return stored;
    },
    /** Answers the oldest call still waiting. */
    answerNext: () => act(async () => waiting.shift()?.()),
    /** Answers the newest call still waiting. */
    answerLast: () => act(async () => waiting.pop()?.()),
    get waiting() {
      return waiting.length;
    },
  };
}

function TextSize({ onSaved }: { onSaved?: (error: string | null) => void }) {
  const { settings, update } = useSettings();
  return (
    <>
      <output>{settings.fontScale.toFixed(1)}</output>
      <button
        type="button"
        onClick={() => void update({ fontScale: settings.fontScale + 0.1 }).then(onSaved)}
      >
        Groter
      </button>
    </>
  );
}

const shown = () => screen.getByRole('status').textContent;

describe('settings', () => {
  it('keeps and saves a change made before the store first answered', async () => {
    const store = heldStore({ ...DEFAULT_SETTINGS, theme: 'dark' });
    render(
      <SettingsProvider>
        <TextSize />
      </SettingsProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Groter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Groter' }));
    expect(shown()).toBe('1.2');

    await store.answerNext(); // settings:get, with the stored theme
    expect(shown()).toBe('1.2');
    await waitFor(() => expect(store.waiting).toBe(1));
    await store.answerNext(); // the changes, saved once connected
    expect(store.updates).toEqual([{ fontScale: expect.closeTo(1.2) }]);
    expect(store.stored.theme).toBe('dark');
    expect(shown()).toBe('1.2');
    expect(document.documentElement.style.getPropertyValue('--naslag-font-scale')).toMatch(/^1\.2/);
  });

  it('shows the latest change when an earlier save is answered after it', async () => {
    const store = heldStore(DEFAULT_SETTINGS);
    render(
      <SettingsProvider>
        <TextSize />
      </SettingsProvider>,
    );
    await store.answerNext();
    fireEvent.click(screen.getByRole('button', { name: 'Groter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Groter' }));
    await store.answerLast(); // the second save first
    await store.answerLast(); // then the first, which is older news
    expect(shown()).toBe('1.2');
    expect(store.stored.fontScale).toBeCloseTo(1.2);
  });

  it('tells whoever made an early change when saving it failed', async () => {
    const store = heldStore(DEFAULT_SETTINGS, { failSaves: 'De schijf is vol.' });
    const outcomes: (string | null)[] = [];
    render(
      <SettingsProvider>
        <TextSize onSaved={(error) => outcomes.push(error)} />
      </SettingsProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Groter' }));
    await store.answerNext(); // settings:get
    await waitFor(() => expect(store.waiting).toBe(1));
    await store.answerNext(); // the save, refused
    await waitFor(() => expect(outcomes).toEqual(['De schijf is vol.']));
  });
});
