// One letter as every view shows it: its header (kamerstuk, date, title, the
// citation with a copy button) and its full text (pages, footnotes, tables,
// Citeer and Link on every paragraph, notes). The reader shows it as the page;
// the compare view shows one in each pane, with the title as plain text (the
// page has its own h1) and the element ids scoped per pane.
import type { ReactNode } from 'react';
import { formatCitation } from '@core/corpus/citation';
import type { Letter } from '@core/corpus/model';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import type { TextRange } from './highlight';
import type { SectionNode } from './letter-outline';
import { LetterText } from './LetterText';
import type { LetterActions } from './use-letter-actions';

export interface LetterViewProps {
  letter: Letter;
  outline: SectionNode[];
  pageStarts: Map<string, number>;
  actions: LetterActions;
  /** The reader names the letter in the page's h1; a pane, beside another, names it in text. */
  titleLevel: 'page' | 'pane';
  highlights: Map<string, TextRange[]>;
  currentParagraphId: string | undefined;
  /** False while only the first screen of text is drawn (LetterText); the whole letter by default. */
  whole?: boolean;
  onFocusParagraph(paragraphId: string): void;
  /** Shown at the end of the header, e.g. what is highlighted. */
  headerNotice?: ReactNode;
  /** Between the header and the text, e.g. the reader's table of contents. */
  beforeText?: ReactNode;
}

export const LETTER_TITLE_ID = 'brief-titel';

export function LetterView(props: LetterViewProps) {
  const { letter, actions, titleLevel } = props;
  const t = useT();
  const kamerstuk = t('library.kamerstuk', letter.dossier, letter.nr);
  const citation = formatCitation(letter);
  return (
    <>
      <header className={`letter-header letter-header--${titleLevel}`}>
        <p className="letter-header__kamerstuk">
          {kamerstuk}
          <span aria-hidden="true"> · </span>
          <time dateTime={letter.date}>{formatDate(t, letter.date)}</time>
        </p>
        {titleLevel === 'page' ? (
          <h1 id={LETTER_TITLE_ID} tabIndex={-1} className="letter-header__title" lang="nl">
            {letter.title}
          </h1>
        ) : (
          <p className="letter-header__title" lang="nl">
            {letter.title}
          </p>
        )}
        <p className="letter-header__citation">
          <span className="letter-header__citation-label">{t('library.citeAs')}: </span>
          <span>{citation}</span>{' '}
          <Button size="small" variant="subtle" onClick={actions.copyCitation}>
            {t('library.copyCitation')}
          </Button>
        </p>
        {props.headerNotice}
      </header>
      {props.beforeText}
      <LetterText
        letter={letter}
        outline={props.outline}
        pageStarts={props.pageStarts}
        highlights={props.highlights}
        currentParagraphId={props.currentParagraphId}
        whole={props.whole}
        onFocusParagraph={props.onFocusParagraph}
        onCite={actions.cite}
        onCopyLink={actions.copyLink}
      />
    </>
  );
}
