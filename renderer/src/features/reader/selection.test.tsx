// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatQuotation } from '@core/corpus/citation';
import corpus from 'virtual:naslag/corpus';
import { ParagraphView } from './ParagraphView';
import {
  letterSelection,
  offsetInText,
  quoteParagraph,
  quoteSelection,
  TEXT_ATTRIBUTE,
} from './selection';

const nr81 = corpus.letters.find((letter) => letter.id === 'kst-31015-81');
if (!nr81) throw new Error('the corpus lacks nr. 81');
// Starts on p. 3, has footnote 2 at offset 34 and a page break to p. 4 at offset 1523.
const castration = nr81.paragraphs.find(
  (p) => p.id === 'chemische-castratie-libidoremmende-middelen-1',
);
const next = nr81.paragraphs.find((p) => p.id === 'virtuele-kinderpornografie-1');
if (!castration || !next) throw new Error('the corpus lacks the paragraphs this test reads');

function renderParagraphs() {
  const noop = () => undefined;
  return render(
    <div>
      {[castration, next].map((paragraph) => (
        <ParagraphView
          key={paragraph!.id}
          paragraph={paragraph!}
          footnotes={nr81!.footnotes.filter((f) => f.paragraphId === paragraph!.id)}
          highlights={[]}
          numberedPerPage
          publication={nr81!.identifier}
          current={false}
          onFocus={noop}
          onCite={noop}
          onCopyLink={noop}
        />
      ))}
    </div>,
  );
}

/** The DOM point of an offset in a paragraph's text. */
function pointAt(root: Element, paragraphId: string, offset: number): [Node, number] {
  const text = root.querySelector(`[${TEXT_ATTRIBUTE}="${paragraphId}"]`);
  for (const run of text?.querySelectorAll<HTMLElement>('[data-offset]') ?? []) {
    const start = Number(run.dataset.offset);
    const length = run.textContent?.length ?? 0;
    if (offset >= start && offset <= start + length)
      return [run.firstChild as Node, offset - start];
  }
  throw new Error(`no run holds offset ${offset}`);
}

function select(root: Element, from: [string, number], to: [string, number]): Selection {
  const range = document.createRange();
  range.setStart(...pointAt(root, ...from));
  range.setEnd(...pointAt(root, ...to));
  const selection = window.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

function quoted(root: Element, selection: Selection) {
  const points = letterSelection(root, selection);
  return points && quoteSelection(nr81!, points);
}

afterEach(cleanup);

describe('citing a selection', () => {
  it('quotes the selected words with the page they are on', () => {
    const { container } = renderParagraphs();
    const start = castration.text.indexOf('chemische castratie');
    const selection = select(
      container,
      [castration.id, start],
      [castration.id, start + 'chemische castratie'.length],
    );
    expect(quoted(container, selection)).toEqual({ quote: 'chemische castratie', page: 3 });
  });

  it('gives a page range when the selection crosses the page break inside the paragraph', () => {
    const { container } = renderParagraphs();
    const selection = select(container, [castration.id, 1500], [castration.id, 1560]);
    const quotation = quoted(container, selection);
    expect(quotation).toMatchObject({ page: 3, pageEnd: 4 });
    expect(quotation?.quote).toBe(castration.text.slice(1500, 1560).trim());
    expect(quotation?.quote).not.toContain('p. 4');
  });

  it('cites the later page for a selection that starts after the break', () => {
    const { container } = renderParagraphs();
    const selection = select(container, [castration.id, 1530], [castration.id, 1560]);
    expect(quoted(container, selection)).toMatchObject({ page: 4 });
    expect(quoted(container, selection)).not.toHaveProperty('pageEnd');
  });

  it('cites only the earlier page for a selection that ends before the word split over the page break', () => {
    // Nr. 90 prints "mogelijk-" at the foot of p. 5 and "heden" at the top of p. 6; the
    // corpus starts p. 6 at the start of that word, so any part of it counts as p. 6 too.
    const nr90 = corpus.letters.find((letter) => letter.id === 'kst-31015-90')!;
    const paragraph = nr90.paragraphs.find((p) => p.id === 'internationale-samenwerking-3')!;
    const start = paragraph.text.indexOf('extra mogelijkheden');
    const select = (phrase: string) =>
      quoteSelection(nr90, {
        start: { paragraphId: paragraph.id, offset: start },
        end: { paragraphId: paragraph.id, offset: start + phrase.length },
      });
    expect(select('extra ')).toEqual({ quote: 'extra', page: 5 });
    expect(select('extra m')).toEqual({ quote: 'extra m', page: 5, pageEnd: 6 });
  });

  it('leaves the footnote number out of the quote', () => {
    const { container } = renderParagraphs();
    const selection = select(container, [castration.id, 0], [castration.id, 50]);
    expect(quoted(container, selection)?.quote).toBe(castration.text.slice(0, 50));
  });

  it('maps a point inside the footnote marker to the place of the marker', () => {
    const { container } = renderParagraphs();
    const text = container.querySelector(`[${TEXT_ATTRIBUTE}="${castration.id}"]`) as Element;
    const marker = text.querySelector('sup')?.firstChild as Node;
    expect(offsetInText(text, marker, 1)).toBe(34);
  });

  it('joins a selection over two paragraphs and cites from the first to the last page', () => {
    const { container } = renderParagraphs();
    const selection = select(
      container,
      [castration.id, castration.text.length - 20],
      [next.id, 30],
    );
    const quotation = quoted(container, selection);
    expect(quotation?.quote).toBe(
      `${castration.text.slice(-20).trim()} ${next.text.slice(0, 30).trim()}`,
    );
    expect(quotation).toMatchObject({ page: 4 });
  });

  it('ignores a selection outside the letter', () => {
    const { container } = renderParagraphs();
    const outside = document.createElement('p');
    outside.textContent = 'elders';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    expect(letterSelection(container, window.getSelection())).toBeNull();
    outside.remove();
  });
});

describe('citing a whole paragraph', () => {
  it('cites the page range of a paragraph that crosses a page', () => {
    const quotation = quoteParagraph(castration);
    expect(formatQuotation(nr81, quotation.quote, quotation.page, quotation.pageEnd)).toMatch(
      /^‘Tijdens het AO van 2 februari 2012 heb ik .*’ \(Kamerstukken II 2012\/13, 31 015, nr\. 81, p\. 3-4\)$/u,
    );
  });

  it('reads the sign-off’s printed line break as a space', () => {
    const signoff = nr81.paragraphs.find((p) => p.kind === 'signoff');
    expect(signoff && quoteParagraph(signoff).quote).toBe(
      'De minister van Veiligheid en Justitie, I. W. Opstelten',
    );
  });
});
