// The settings' plain values, apart from their schema in api.ts, so the renderer's first
// script can apply them without loading the schema library.
import type { Settings } from './api';

/** Reading text size as a factor of the default: the store refuses anything outside. */
export const FONT_SCALE_RANGE = { min: 0.8, max: 1.8 } as const;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  fontScale: 1,
  recentSearches: [],
  syncScroll: true,
  compareSplit: 0.5,
};
