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

/** How many saves of each draft are on their way to the services. */
const keeping = new Map<string, number>();
/** Drafts discarded while a save of theirs was on its way: that save must not bring them back. */
const discarded = new Set<string>();

export async function keepDraft(key: string, note: Note): Promise<void> {
  discarded.delete(key);
  keeping.set(key, (keeping.get(key) ?? 0) + 1);
  try {
    const saved = await call('drafts:save', { key, note });
    if (discarded.has(key)) {
      await call('drafts:delete', { key });
      return;
    }
    publish([saved, ...drafts.filter((draft) => draft.key !== key)]);
  } finally {
    const left = (keeping.get(key) ?? 1) - 1;
    if (left > 0) keeping.set(key, left);
    else keeping.delete(key);
  }
}

export async function discardDraft(key: string): Promise<void> {
  const onItsWay = keeping.has(key);
  if (!onItsWay && !drafts.some((draft) => draft.key === key)) return;
  if (onItsWay) discarded.add(key);
  publish(drafts.filter((draft) => draft.key !== key));
  await call('drafts:delete', { key });
}
