// The note glyph beside a highlight: an outline for a bare highlight, filled
// lines for one with a note text. It holds no text, so it never enters a
// quote or shifts the offsets the reader maps a selection with.
export function NoteIcon({ withText }: { withText: boolean }) {
  return (
    <svg
      className="note-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2.5 1.5h8l3 3v10h-11z"
        fill="currentColor"
        fillOpacity="0.12"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
      {withText && (
        <path
          d="M5 7h6M5 9.5h6M5 12h4"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinecap="round"
        />
      )}
    </svg>
  );
}
