// The letter view (route "/brief/:letterId/:targetId?"): the letter's header,
// its contents, and its text. A deep link to a paragraph or section scrolls
// there and puts focus on it; "?markeer=" highlights a text (a search hit);
// otherwise the letter opens where the user last was reading.
import {
  startTransition,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Letter } from '@core/corpus/model';
import { useLetter } from '../../app/corpus';
import { Link, useParams, useSearchParams } from '../../app/router';
import { useSettings } from '../../app/settings';
import { HIGHLIGHT_PARAM, libraryPath } from '../../app/paths';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { findHighlights } from './highlight';
import type { TextRange } from './highlight';
import { letterOutline, pageStarts, targetParagraph } from './letter-outline';
import { headingElementId, paragraphElementId } from './element-ids';
import { useLetterCopy } from './copy-text';
import { LETTER_TITLE_ID, LetterView } from './LetterView';
import { TableOfContents, TOC_ID } from './TableOfContents';
import { useLetterActions } from './use-letter-actions';
import { useReaderKeys } from './use-reader-keys';
import { useReadingPosition } from './use-reading-position';
import './reader.css';

export function ReaderPage() {
  const t = useT();
  const { letterId, targetId } = useParams();
  const letter = useLetter(letterId);
  if (!letter) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{t('app.notFoundTitle')}</h1>
        <p>{t('reader.letterNotFound', letterId ?? '')}</p>
        <p>
          <Link to={libraryPath()}>{t('app.toLibrary')}</Link>
        </p>
      </div>
    );
  }
  // A new letter is a new reader: its own position, focus and highlights.
  return <LetterReader key={letter.id} letter={letter} targetId={targetId} />;
}

/**
 * Scrolls an element into view, and again once the web fonts have loaded: until
 * then the text is laid out in a fallback font, and the swap moves everything
 * above the target by up to a screen.
 */
function scrollToStay(element: HTMLElement, block: ScrollLogicalPosition) {
  element.scrollIntoView({ block });
  const fonts = document.fonts as FontFaceSet | undefined;
  if (fonts && fonts.status === 'loading') {
    void fonts.ready.then(() => {
      if (element.isConnected) element.scrollIntoView({ block });
    });
  }
}

function goTo(element: HTMLElement, block: ScrollLogicalPosition = 'start') {
  element.focus({ preventScroll: true });
  scrollToStay(element, block);
}

function LetterReader({ letter, targetId }: { letter: Letter; targetId: string | undefined }) {
  const t = useT();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const highlightText = params.get(HIGHLIGHT_PARAM)?.trim() ?? '';
  const articleRef = useRef<HTMLElement>(null);
  // The first screen of the letter renders at once and the rest right after the first paint, so
  // the text shows sooner. A deep link renders it whole at once: its target must be there.
  const [whole, setWhole] = useState(Boolean(targetId || highlightText));
  useEffect(() => {
    if (whole) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setWhole(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [whole]);

  const outline = useMemo(() => letterOutline(letter), [letter]);
  const starts = useMemo(() => pageStarts(outline), [outline]);
  const highlights = useMemo(() => {
    const ranges = new Map<string, TextRange[]>();
    if (!highlightText) return ranges;
    for (const paragraph of letter.paragraphs) {
      const found = findHighlights(paragraph.text, highlightText);
      if (found.length > 0) ranges.set(paragraph.id, found);
    }
    return ranges;
  }, [letter, highlightText]);

  const paragraphById = useMemo(() => new Map(letter.paragraphs.map((p) => [p.id, p])), [letter]);
  const section =
    targetId && !paragraphById.has(targetId)
      ? letter.sections.find((s) => s.id === targetId)
      : undefined;
  const targetParagraphId = targetParagraph(letter, targetId, highlights);

  // The current paragraph (the one in the Tab order) follows focus, and jumps to each new deep link.
  const [currentId, setCurrentId] = useState(targetParagraphId ?? letter.paragraphs[0]?.id);
  const [shownTarget, setShownTarget] = useState(targetParagraphId);
  if (targetParagraphId !== shownTarget) {
    setShownTarget(targetParagraphId);
    if (targetParagraphId) setCurrentId(targetParagraphId);
  }
  const [readingId, setReadingId] = useState(letter.paragraphs[0]?.id);

  // Deep links: scroll to and focus a paragraph, a section's heading, or the first highlight,
  // once the stored text size is known (it changes where everything is).
  const { settings, storage } = useSettings();
  const settingsKnown = storage !== 'connecting';
  const shownHighlight = useRef('');
  const goToTarget = useEffectEvent(() => {
    if (!settingsKnown || !whole) return;
    const highlightCleared = shownHighlight.current !== '' && highlightText === '';
    shownHighlight.current = highlightText;
    if (highlightCleared) return;
    const heading = section && document.getElementById(headingElementId(section.id));
    const paragraph =
      targetParagraphId && document.getElementById(paragraphElementId(targetParagraphId));
    if (heading) goTo(heading);
    else if (paragraph) goTo(paragraph, 'center');
    else if (targetId) announce(t('reader.targetNotFound', targetId));
  });
  useEffect(() => goToTarget(), [targetId, highlightText, settingsKnown, whole]);
  // A letter opened without a deep link starts at its top, not where the last page was scrolled.
  const startsAtTop = useRef(!targetId && !highlightText);
  useLayoutEffect(() => {
    if (startsAtTop.current) window.scrollTo(0, 0);
  }, []);

  // A new text size reflows the letter: keep the paragraph being read in view.
  // The first size known is the stored one, arriving as the letter opens: that
  // must not move the reader away from a deep link.
  const shownScale = useRef<number | null>(storage === 'connecting' ? null : settings.fontScale);
  const keepReadingPlace = useEffectEvent(() => {
    if (storage === 'connecting') return;
    const before = shownScale.current;
    shownScale.current = settings.fontScale;
    if (before === null || before === settings.fontScale) return;
    const reading = document.getElementById(paragraphElementId(readingId ?? ''));
    if (reading) scrollToStay(reading, 'start');
  });
  useLayoutEffect(() => keepReadingPlace(), [settings.fontScale, storage]);

  useReadingPosition(letter, articleRef, {
    whole,
    restore: !targetId && !highlightText,
    jump: `${targetId ?? ''}|${highlightText}`,
    onRestore: (paragraphId) => {
      const element = document.getElementById(paragraphElementId(paragraphId));
      if (!element) return;
      setCurrentId(paragraphId);
      scrollToStay(element, 'start');
      const paragraph = paragraphById.get(paragraphId);
      if (paragraph && paragraph.n > 1) announce(t('reader.resumed', paragraph.n));
    },
    onReading: setReadingId,
  });

  const actions = useLetterActions(letter, articleRef);
  const { cite, copyLink } = actions;

  useLetterCopy(articleRef);

  useReaderKeys(articleRef, {
    move: (step, from) => {
      const fromIndex = from ? letter.paragraphs.findIndex((p) => p.id === from) : -1;
      const next = from
        ? letter.paragraphs[Math.min(Math.max(fromIndex + step, 0), letter.paragraphs.length - 1)]
        : paragraphById.get(readingId ?? '');
      const element = next && document.getElementById(paragraphElementId(next.id));
      if (!next || !element) return;
      setCurrentId(next.id);
      goTo(element, 'nearest');
    },
    cite: (from) => cite(paragraphById.get(from ?? currentId ?? '')),
    copyLink: (from) => {
      const paragraph = paragraphById.get(from ?? currentId ?? '');
      if (paragraph) copyLink(paragraph);
    },
    selectSentence: (from) => actions.selectSentence(from ?? currentId),
    extendSelection: actions.extendSelection,
    toContents: () => {
      const toc = document.getElementById(TOC_ID);
      const link =
        toc?.querySelector<HTMLElement>('[aria-current="location"]') ?? toc?.querySelector('a');
      link?.focus();
    },
  });

  const readingSection = letter.sections.find(
    (s) => s.id === paragraphById.get(readingId ?? '')?.sectionId,
  );
  return (
    <article ref={articleRef} className="reader" aria-labelledby={LETTER_TITLE_ID}>
      <LetterView
        letter={letter}
        outline={outline}
        pageStarts={starts}
        actions={actions}
        titleLevel="page"
        highlights={highlights}
        currentParagraphId={currentId}
        whole={whole}
        onFocusParagraph={setCurrentId}
        headerNotice={
          highlightText && (
            <p className="reader__highlight-notice" role="status">
              {highlights.size > 0
                ? t('reader.highlighted', highlightText)
                : t('reader.highlightNotFound', highlightText)}{' '}
              <Button
                size="small"
                variant="subtle"
                onClick={() => {
                  const next = new URLSearchParams(params);
                  next.delete(HIGHLIGHT_PARAM);
                  setParams(next, { replace: true });
                }}
              >
                {t('reader.clearHighlight')}
              </Button>
            </p>
          )
        }
        beforeText={
          <div className="reader__contents">
            <TableOfContents
              letterId={letter.id}
              outline={outline}
              currentSectionId={readingSection?.id}
              currentParentId={readingSection?.parentId}
            />
          </div>
        }
      />
    </article>
  );
}
