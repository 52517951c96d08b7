// Notes being written but not saved yet, kept through the services
// ('drafts:*') so the user's words survive closing the editor and a restart.
// One list for the whole renderer: the editor keeps a draft while the user
// types, and the letter offers the drafts made on it to finish or discard.
import { useEffect, useSyncExternalStore } from 'react';
import type { Note } from '@core/annotations/model';
import type { NoteDraft } from '@core/contract/api';
import { call } from '../../app/api-client';

let drafts: readonly NoteDraft[] = [];
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: readonly NoteDraft[]) {
  drafts = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): Promise<void> {
  loading ??= call('drafts:list', {})
    .then(publish)
    // Without the store there are no drafts to offer; the editor still works.
    .catch(() => undefined);
  return loading;
}

/** The drafts the services hold, most recent first. */
export function useDrafts(): readonly NoteDraft[] {
  useEffect(() => void load(), []);
  return useSyncExternalStore(subscribe, () => drafts);
}

/**
 * What a draft is on: the note itself when it exists, else the passage or
 * paragraph, so starting a note on the same words again finds it.
 */
export function draftKey(note: Note, isNew: boolean): string {
  if (!isNew) return `note:${note.id}`;
  const where = note.position ? `${note.position.start}-${note.position.end}` : 'alinea';
  return `new:${note.letterId}:${note.paragraphId}:${where}`;
}

export async function keepDraft(key: string, note: Note): Promise<void> {
  const saved = await call('drafts:save', { key, note });
  publish([saved, ...drafts.filter((draft) => draft.key !== key)]);
}

export async function discardDraft(key: string): Promise<void> {
  if (!drafts.some((draft) => draft.key === key)) return;
  publish(drafts.filter((draft) => draft.key !== key));
  await call('drafts:delete', { key });
}
