// The note model's plain values, apart from its schemas in model.ts, so the reader's first
// script can use them without loading the schema library.

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** The longest quote a note may hold, and the most context kept either side of it. */
export const QUOTE_MAX_LENGTH = 10_000;
export const QUOTE_CONTEXT_MAX_LENGTH = 200;
