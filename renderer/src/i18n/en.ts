// The English catalogue. Typed as the Dutch one, so a missing or extra message,
// or a message taking other values, is a compile error.
import { compareEn } from '../features/compare/messages';
import { notesEn } from '../features/notes/messages';
import { searchEn } from '../features/search/messages';
import { ENGLISH_MONTHS as MONTHS } from './months';
import type { Catalogue } from './nl';

export const en: Catalogue = {
  format: {
    date: (year, month, day) => `${day} ${MONTHS[month - 1] ?? '?'} ${year}`,
    count: (n) => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
    percent: (n) => `${n}%`,
    letterNr: (nr) => `no. ${nr}`,
    list: (items) =>
      items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  },
  app: {
    name: 'Naslag',
    tagline: 'Look up, cite and compare parliamentary letters',
    skipLink: 'Skip to content',
    mainNav: 'Main menu',
    library: 'Library',
    noBridge:
      'Naslag is running without its store. You can read and cite the letters, but notes, settings and your reading place are not kept. Open Naslag as an app to keep them.',
    storeProblems: 'About your stored data',
    notFoundTitle: 'Page not found',
    notFoundBody: 'This address does not exist in Naslag.',
    toLibrary: 'To the library',
    errorTitle: 'Something went wrong',
    errorBody:
      'This screen could not be shown. Your notes and settings are untouched. Go back to the library and try again.',
    close: 'Close',
  },
  settings: {
    button: 'Display',
    title: 'Display',
    theme: 'Colours',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    fontSize: 'Text size',
    smaller: 'Smaller text',
    larger: 'Larger text',
    reset: 'Default size',
    fontScaleValue: (percent) => `${percent}%`,
    language: 'Language',
    languageNl: 'Nederlands',
    languageEn: 'English',
    notSaved: 'Without the store these choices last only until you close Naslag.',
    saveFailed: (reason) => `Your choice was not saved: ${reason}`,
  },
  help: {
    button: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    everywhere: 'Everywhere',
    inLetter: 'In a letter',
    showHelp: 'Show this list',
    closeOverlay: 'Close a dialog or footnote',
    nextParagraph: 'Next paragraph',
    selectSentence: 'Select a sentence of the paragraph (again: the next sentence)',
    extendSelection: 'Make the selection a word longer or shorter',
    previousParagraph: 'Previous paragraph',
    cite: 'Cite the paragraph, or the selected text',
    copyLink: 'Copy a link to the paragraph',
    toContents: 'Go to the table of contents',
    or: 'or',
  },
  library: {
    title: 'Library',
    intro: 'The parliamentary letters in Naslag. Choose a letter to read it.',
    filterLabel: 'Find a letter',
    filterHint: 'By number, date, title or nickname, for example ‘april 2013’.',
    shown: (shown, total) =>
      shown === total ? `${total} letters` : `${shown} of ${total} letters`,
    noMatch: (query) =>
      `No letter found for ‘${query}’. Try a number, a date or a word from the title.`,
    kamerstuk: (dossier, nr) => `Kamerstuk ${dossier}, no. ${nr}`,
    pages: (n) => (n === 1 ? '1 page' : `${n} pages`),
    paragraphs: (n) => (n === 1 ? '1 paragraph' : `${n} paragraphs`),
    alsoKnownAs: (aliases) => `Also known as ${aliases.join(' / ')}`,
    dateSource: 'Source of the date',
    citeAs: 'Cite as',
    identifier: 'Official location',
    openOfficial: 'Open the official publication',
    openOfficialLabel: (kamerstuk) =>
      `Open the official publication of ${kamerstuk} outside Naslag`,
    openFailed: (reason) => `The official publication was not opened: ${reason}`,
    copyCitation: 'Copy the reference',
    copyCitationLabel: (kamerstuk) => `Copy the reference to ${kamerstuk}`,
  },
  reader: {
    contents: 'Contents',
    contentsLabel: 'Contents of the letter',
    paragraph: (n) => `Paragraph ${n}`,
    page: (page) => `p. ${page}`,
    pageStart: (page) => `Start of page ${page}`,
    cite: 'Cite',
    citeLabel: (n) => `Cite paragraph ${n}`,
    link: 'Link',
    linkLabel: (n) => `Copy a link to paragraph ${n}`,
    citationCopied: 'Quotation copied',
    sentenceSelected:
      'Sentence selected. h highlights, n adds a note, Shift+arrow makes the selection longer or shorter.',
    linkCopied: 'Link copied',
    referenceCopied: 'Reference copied',
    copyFailedTitle: 'Copying failed',
    copyFailedBody:
      'Naslag was not allowed to use the clipboard. The text is selected below: copy it with Ctrl+C (or Cmd+C).',
    footnote: (n) => `Footnote ${n}`,
    footnoteMissing: (n) =>
      `The text of footnote ${n} is not in the source text; see the official publication.`,
    footnotePerPage: 'In this letter footnote numbering restarts on every page.',
    footnotePublication: 'Open the official publication (outside Naslag)',
    descriptiveTitle: 'descriptive title; the letter prints no caption',
    chartLine: 'Line chart',
    chartBar: 'Bar chart',
    chartSummary: (kind, title, series) =>
      `${kind} of ${title}. ${series}. The figures are also in the table.`,
    seriesSummary: (label, points) => `${label}: ${points}`,
    trendSummary: (label, first, last, highest, lowest) =>
      `${label}: from ${first} to ${last}; highest ${highest}, lowest ${lowest}`,
    valueAt: (value, label) => `${value} (${label})`,
    noValue: 'no value',
    highlighted: (text) => `Highlighted: ‘${text}’`,
    clearHighlight: 'Clear highlight',
    highlightNotFound: (text) => `‘${text}’ does not occur literally in this letter.`,
    resumed: (n) => `Continuing at paragraph ${n}`,
    letterNotFound: (id) => `Naslag has no letter with the identifier ‘${id}’.`,
    targetNotFound: (id) =>
      `This letter has no paragraph or heading ‘${id}’; you are at its start.`,
  },
  compare: compareEn,
  notes: notesEn,
  search: searchEn,
};
