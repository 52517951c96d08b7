// What every view of a letter offers on a paragraph or a selection: copy it as
// a quotation with its pinpoint citation (a selection inside the letter wins
// over the paragraph it touches), copy a deep link to it, and copy the letter's
// own citation. The reader and both compare panes share these.
import { useCallback, useMemo } from 'react';
import type { RefObject } from 'react';
import { formatCitation, formatQuotation } from '@core/corpus/citation';
import type { Letter, Paragraph } from '@core/corpus/model';
import { useCopy } from '../../app/clipboard';
import { absoluteUrl, letterPath } from '../../app/paths';
import { useT } from '../../i18n/i18n';
import { letterSelection, quoteParagraph, quoteSelection } from './selection';

export interface LetterActions {
  /** Copies the selection (when it touches the paragraph) or the paragraph as a quotation. */
  cite(paragraph: Paragraph | undefined): void;
  copyLink(paragraph: Paragraph): void;
  copyCitation(): void;
}

export function useLetterActions(
  letter: Letter,
  root: RefObject<HTMLElement | null>,
): LetterActions {
  const t = useT();
  const copy = useCopy();

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

  return useMemo(() => ({ cite, copyLink, copyCitation }), [cite, copyLink, copyCitation]);
}
