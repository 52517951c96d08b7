import { describe, expect, it } from 'vitest';
import type { JoinedText } from './dehyphenate';
import { footnoteCounter, pageAt, takeFootnoteMarkers } from './footnotes';

const onPage = (text: string, page = 1, pageBreaks: JoinedText['pageBreaks'] = []): JoinedText => ({
  text,
  page,
  pageBreaks,
});

describe('takeFootnoteMarkers', () => {
  it('splits a marker from the year it is glued to', () => {
    const counter = footnoteCounter('per-page');
    const { joined, markers } = takeFootnoteMarkers(onPage('op 2 februari 20121. Verder'), counter);
    expect(joined.text).toBe('op 2 februari 2012. Verder');
    expect(markers).toEqual([{ n: 1, page: 1, offset: 'op 2 februari 2012'.length }]);
  });

  it('reads the next marker of the page, so "20112" after marker 1 is 2011 with marker 2', () => {
    const counter = footnoteCounter('per-page');
    takeFootnoteMarkers(onPage('op 2 februari 20121.'), counter);
    const { joined, markers } = takeFootnoteMarkers(
      onPage('van 10 juni 20112 en 27 januari 20123 bericht'),
      counter,
    );
    expect(joined.text).toBe('van 10 juni 2011 en 27 januari 2012 bericht');
    expect(markers.map((marker) => marker.n)).toEqual([2, 3]);
  });

  it('restarts the count on every page in a per-page letter', () => {
    const counter = footnoteCounter('per-page');
    takeFootnoteMarkers(onPage('a 20121 b 20122', 1), counter);
    const { markers } = takeFootnoteMarkers(onPage('27 januari 20121 heb', 3), counter);
    expect(markers).toEqual([{ n: 1, page: 3, offset: '27 januari 2012'.length }]);
  });

  it('counts on through the letter in a continuous letter', () => {
    const counter = footnoteCounter('continuous');
    takeFootnoteMarkers(onPage('20 december 20121 en', 1), counter);
    takeFootnoteMarkers(onPage('2 oktober 20122 en', 1), counter);
    const { markers } = takeFootnoteMarkers(onPage('van 27 november 20123 heb', 6), counter);
    expect(markers.map((marker) => [marker.n, marker.page])).toEqual([[3, 6]]);
    expect(() => takeFootnoteMarkers(onPage('op 3 april 20131 een', 7), counter)).toThrow(
      /next marker is 4/,
    );
  });

  it('leaves real numbers alone', () => {
    const counter = footnoteCounter('continuous');
    const text =
      'In 2012 zijn 480 zaken, 250.000 euro, Handelingen II 2012/13, blz. 33–105 en 2900 slachtoffers.';
    const { joined, markers } = takeFootnoteMarkers(onPage(text), counter);
    expect(joined.text).toBe(text);
    expect(markers).toEqual([]);
  });

  it('refuses a glued number that does not fit the numbering rather than guess', () => {
    expect(() =>
      takeFootnoteMarkers(onPage('sinds 20125 zaken'), footnoteCounter('continuous')),
    ).toThrow(/marker 5, but the next marker is 1/);
  });

  it('reads the marker against the page it is printed on and moves later page breaks', () => {
    const counter = footnoteCounter('per-page');
    counter.lastOnPage.set(1, 1);
    const text = 'op 2 februari 20122 en dan 27 januari 20121 verder';
    const pageBreak = text.indexOf('dan');
    const { joined, markers } = takeFootnoteMarkers(
      onPage(text, 1, [{ page: 2, offset: pageBreak }]),
      counter,
    );
    expect(markers.map((marker) => [marker.n, marker.page])).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(joined.pageBreaks).toEqual([{ page: 2, offset: pageBreak - 1 }]);
    expect(joined.text.slice(joined.pageBreaks[0]?.offset)).toBe('dan 27 januari 2012 verder');
    expect(pageAt(joined, markers[1]?.offset ?? 0)).toBe(2);
  });
});
