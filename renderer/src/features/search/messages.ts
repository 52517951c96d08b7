// The search feature's messages, as the "search" section of the Dutch and English
// catalogues (renderer/src/i18n). Kept beside the feature so its words are in one
// place; the catalogues include them, so t('search.…') checks keys and values.

export const searchNl = {
  label: 'Zoeken in de brieven en uw notities',
  placeholder: 'Zoeken… (Ctrl+K)',
  results: 'Zoekresultaten',
  searching: 'Bezig met zoeken…',
  count: (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`),
  countMore: (n: number) => `De eerste ${n} resultaten`,
  none: (query: string) =>
    `Niets gevonden voor ‘${query}’. Probeer minder of andere woorden, of een deel van een woord met *.`,
  failed: (reason: string) =>
    `Zoeken lukt nu niet: ${reason}. Uw zoekvraag is bewaard; probeer het opnieuw.`,
  recent: 'Recente zoekopdrachten',
  clearRecent: 'Wis recente zoekopdrachten',
  letterGroup: (nr: number, date: string) => `Kamerstuk nr. ${nr} · ${date}`,
  groupLabel: (nr: number, section: string) => `nr. ${nr}, ${section}`,
  noSection: 'Zonder kop',
  kindSection: 'Kop',
  kindTable: 'Tabel',
  kindNote: 'Notitie',
  kindParagraph: 'Alinea',
  page: (page: number) => `p. ${page}`,
  helpButton: 'Zoektips',
  helpTitle: 'Zo zoekt u',
  helpIntro:
    'Tikfouten, ontbrekende accenten en getallen als ‘1 113’ of ‘1113’ vindt Naslag vanzelf. Een deel van een woord vindt ook het hele woord.',
  helpKeys: 'Pijltjes om te kiezen, Enter om te openen, Esc om te sluiten.',
  shortcutsTitle: 'Zoeken',
  shortcutOpen: 'Het zoekveld openen',
  shortcutMove: 'Naar het volgende of vorige resultaat',
  shortcutChoose: 'Het resultaat openen in de brief',
};

export type SearchMessages = typeof searchNl;

export const searchEn: SearchMessages = {
  label: 'Search the letters and your notes',
  placeholder: 'Search… (Ctrl+K)',
  results: 'Search results',
  searching: 'Searching…',
  count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  countMore: (n: number) => `The first ${n} results`,
  none: (query: string) =>
    `Nothing found for ‘${query}’. Try fewer or other words, or part of a word with *.`,
  failed: (reason: string) =>
    `Search is not working right now: ${reason}. Your query is kept; please try again.`,
  recent: 'Recent searches',
  clearRecent: 'Clear recent searches',
  letterGroup: (nr: number, date: string) => `Kamerstuk no. ${nr} · ${date}`,
  groupLabel: (nr: number, section: string) => `no. ${nr}, ${section}`,
  noSection: 'No heading',
  kindSection: 'Heading',
  kindTable: 'Table',
  kindNote: 'Note',
  kindParagraph: 'Paragraph',
  page: (page: number) => `p. ${page}`,
  helpButton: 'Search tips',
  helpTitle: 'How to search',
  helpIntro:
    'Typos, missing accents and numbers written as ‘1 113’ or ‘1113’ are found anyway. Part of a word finds the whole word.',
  helpKeys: 'Arrow keys to choose, Enter to open, Esc to close.',
  shortcutsTitle: 'Search',
  shortcutOpen: 'Open the search field',
  shortcutMove: 'To the next or previous result',
  shortcutChoose: 'Open the result in its letter',
};
