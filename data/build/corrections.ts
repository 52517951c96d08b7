// Repairs of extraction artifacts that no general rule can make (e.g. a space
// the extraction lost in a caption). Each must match exactly once, so a repair
// can never silently hit the wrong place or go stale when the raw text changes.
import type { Correction } from './letter-source';

export function applyCorrections(raw: string, corrections: readonly Correction[]): string {
  let text = raw;
  for (const correction of corrections) {
    const first = text.indexOf(correction.find);
    if (first === -1) {
      throw new Error(`Correction does not match the raw text: "${correction.find}"`);
    }
    if (text.indexOf(correction.find, first + 1) !== -1) {
      throw new Error(`Correction matches more than once: "${correction.find}"`);
    }
    text = text.slice(0, first) + correction.replace + text.slice(first + correction.find.length);
  }
  return text;
}
