// A new note on a passage or paragraph, before it is saved. Its id is made once,
// when the user starts it, so trying a failed save again can never make two.
import type { HighlightColor, Note } from '@core/annotations/model';
import type { NoteTarget } from '@core/annotations/target';

export function newNote(
  letterId: string,
  target: NoteTarget,
  color: HighlightColor,
  now = new Date(),
): Note {
  const stamp = now.toISOString();
  return {
    id: crypto.randomUUID(),
    letterId,
    ...target,
    color,
    body: '',
    tags: [],
    created: stamp,
    modified: stamp,
  };
}
