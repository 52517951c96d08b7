// The highlight colours by their Dutch names. The colour is never the only cue:
// each also has its own underline style (see notes.css), and the name is in
// every label and list.
import { HIGHLIGHT_COLORS } from '@core/annotations/model-values';
import type { HighlightColor } from '@core/annotations/model';
import type { MessageKey } from '../../i18n/i18n';

export { HIGHLIGHT_COLORS };

const COLOR_NAMES: Record<HighlightColor, MessageKey> = {
  yellow: 'notes.colorYellow',
  green: 'notes.colorGreen',
  blue: 'notes.colorBlue',
  pink: 'notes.colorPink',
  purple: 'notes.colorPurple',
};

export function colorNameKey(color: HighlightColor): MessageKey {
  return COLOR_NAMES[color];
}
