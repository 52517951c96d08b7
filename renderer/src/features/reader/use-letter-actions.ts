// What every view of a letter offers on a paragraph or a selection: copy it as
// a quotation with its pinpoint citation (a selection inside the letter wins
// over the paragraph it touches), copy a deep link to it, and copy the letter's
// own citation; and, for the keyboard, select a sentence and make the selection
// a word longer or shorter. The reader and both compare panes share these.
import { useCallback, useMemo } from 'react';
import type { RefObject } from 'react';
import { formatCitation, formatQuotation } from '@core/corpus/citation';
import type { Letter, Paragraph } from '@core/corpus/model';
import { useCopy } from '../../app/clipboard';
import { absoluteUrl, letterPath } from '../../app/paths';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { extendByWord, selectNextSentence } from './keyboard-selection';
import { letterSelection, quoteParagraph, quoteSelection, TEXT_ATTRIBUTE } from './selection';

export interface LetterActions {
  /** Copies the selection (when it touches the paragraph) or the paragraph as a quotation. */
  cite(paragraph: Paragraph | undefined): void;
  copyLink(paragraph: Paragraph): void;
  copyCitation(): void;
  /** Selects the paragraph's first sentence, or the one after the sentence already selected. */
  selectSentence(paragraphId: string | undefined): void;
  /** False when no selection in the letter is there to change, so the key keeps its meaning. */
  extendSelection(direction: 'forward' | 'backward'): boolean;
}

export function useLetterActions(
  letter: Letter,
  root: RefObject<HTMLElement | null>,
): LetterActions {
  const t = useT();
  const copy = useCopy();
  const announce = useAnnounce();

  const cite = useCallback(
    (paragraph: Paragraph | undefined) => {
      const element = root.current;
      const selected = element ? letterSelection(element, window.getSelection()) : null;
      const index = (id: string) => letter.paragraphs.findIndex((p) => p.id === id);
      const touches =
        selected &&
        (!paragraph ||
          (index(selected.start.paragraphId) <= index(paragraph.id) &&
            index(paragraph.id) <= index(selected.end.paragraphId)));
      const quotation =
        (selected && touches ? quoteSelection(letter, selected) : null) ??
        (paragraph ? quoteParagraph(paragraph) : null);
      if (!quotation) return;
      void copy(
        formatQuotation(letter, quotation.quote, quotation.page, quotation.pageEnd),
        t('reader.citationCopied'),
      );
    },
    [letter, root, copy, t],
  );

  const copyLink = useCallback(
    (paragraph: Paragraph) =>
      void copy(absoluteUrl(letterPath(letter.id, paragraph.id)), t('reader.linkCopied')),
    [letter, copy, t],
  );

  const copyCitation = useCallback(
    () => void copy(formatCitation(letter), t('reader.referenceCopied')),
    [letter, copy, t],
  );

  const selectSentence = useCallback(
    (paragraphId: string | undefined) => {
      const text = root.current?.querySelector(
        `[${TEXT_ATTRIBUTE}="${CSS.escape(paragraphId ?? '')}"]`,
      );
      if (text && selectNextSentence(text)) announce(t('reader.sentenceSelected'));
    },
    [root, announce, t],
  );

  const extendSelection = useCallback(
    (direction: 'forward' | 'backward') => {
      const element = root.current;
      if (!element || !letterSelection(element, window.getSelection())) return false;
      return extendByWord(direction);
    },
    [root],
  );

  return useMemo(
    () => ({ cite, copyLink, copyCitation, selectSentence, extendSelection }),
    [cite, copyLink, copyCitation, selectSentence, extendSelection],
  );
}
