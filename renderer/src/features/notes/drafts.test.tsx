// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '@core/annotations/model';
import { discardDraft, keepDraft, useDrafts } from './drafts';

const note: Note = {
  id: 'n1',
  letterId: 'kst-31015-81',
  paragraphId: 'encryptie-2',
  quote: null,
  position: null,
  color: 'yellow',
  body: 'Half af',
  tags: [],
  created: '2026-12-01T09:00:00.000Z',
  modified: '2026-12-01T09:00:00.000Z',
};

/** Services whose answers to drafts:save wait until the test lets them go. */
function heldServices() {
  const sent: string[] = [];
  const held: (() => void)[] = [];
  window.naslag = {
    invoke: async (channel, args) => {
      sent.push(channel);
      if (channel === 'drafts:list') return { ok: true, value: [] };
      if (channel === 'drafts:save') {
        await new Promise<void>((resolve) => held.push(resolve));
        return { ok: true, value: { ...(args as object), saved: '2026-12-01T09:00:01.000Z' } };
      }
      return { ok: true, value: { deleted: true } };
    },
  };
  return { sent, releaseAll: () => held.splice(0).forEach((release) => release()) };
}

afterEach(() => {
  delete window.naslag;
});

describe('drafts', () => {
  it('are offered once the services have them', async () => {
    const services = heldServices();
    const { result } = renderHook(() => useDrafts());
    const kept = keepDraft('new:a', note);
    await act(async () => {
      services.releaseAll();
      await kept;
    });
    expect(result.current.map((draft) => draft.key)).toEqual(['new:a']);
    await act(() => discardDraft('new:a'));
    expect(result.current).toEqual([]);
  });

  it('stay discarded when discarded while a save of theirs was on its way', async () => {
    const services = heldServices();
    const { result } = renderHook(() => useDrafts());
    // The window was hidden mid-sentence (a save went out), then the user threw the note away.
    const kept = keepDraft('new:b', note);
    await act(() => discardDraft('new:b'));
    await act(async () => {
      services.releaseAll();
      await kept;
    });
    expect(result.current).toEqual([]);
    // The services are told again after the late save, so a restart does not offer it either.
    await waitFor(() => expect(services.sent.at(-1)).toBe('drafts:delete'));
    expect(services.sent.filter((channel) => channel === 'drafts:delete')).toHaveLength(2);
  });
});
