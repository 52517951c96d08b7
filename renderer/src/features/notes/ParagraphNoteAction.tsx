// "Notitie bij alinea": the paragraph action that starts a note on the whole
// paragraph. Shown only where a letter has its notes layer.
import type { Paragraph } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import { useLetterNotes } from './letter-notes-context';

export function ParagraphNoteAction({
  paragraph,
  tabIndex,
}: {
  paragraph: Paragraph;
  tabIndex: number;
}) {
  const t = useT();
  const notes = useLetterNotes();
  if (!notes) return null;
  return (
    <button
      type="button"
      className="paragraph__action"
      tabIndex={tabIndex}
      aria-label={t('notes.paragraphNoteLabel', paragraph.n)}
      onClick={() => notes.newParagraphNote(paragraph.id)}
    >
      {t('notes.paragraphNote')}
    </button>
  );
}
