// The Dutch message catalogue: the source of truth for every word the interface
// shows. Plain strings for fixed text; functions where a message takes values,
// so the English catalogue must take the same values (the compiler checks it).

import { compareNl } from '../features/compare/messages';
import { notesNl } from '../features/notes/messages';
import { searchNl } from '../features/search/messages';
import { DUTCH_MONTHS as MONTHS } from '@core/corpus/dutch-date';
import { formatDutchNumber } from '@core/corpus/dutch-number';

/** Thousands as the letters print them: "1 113" (with a no-break space). */
function count(n: number): string {
  return formatDutchNumber(Math.trunc(n));
}

export const nl = {
  format: {
    /** month is 1-based. */
    date: (year: number, month: number, day: number) =>
      `${day} ${MONTHS[month - 1] ?? '?'} ${year}`,
    count,
    percent: (n: number) => `${formatDutchNumber(n)}%`,
    /** A letter by its number, as the interface names it: "nr. 81". */
    letterNr: (nr: number) => `nr. ${nr}`,
    list: (items: string[]) =>
      items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`,
  },
  app: {
    name: 'Naslag',
    tagline: 'Kamerbrieven naslaan, citeren en vergelijken',
    skipLink: 'Naar de inhoud',
    mainNav: 'Hoofdmenu',
    library: 'Bibliotheek',
    noBridge:
      'Naslag draait hier zonder verbinding met de opslag. U kunt de brieven lezen en citeren, maar notities, instellingen en uw leesplek worden niet bewaard. Open Naslag als app om ze te bewaren.',
    storeProblems: 'Melding over de opslag',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundBody: 'Dit adres bestaat niet in Naslag.',
    toLibrary: 'Naar de bibliotheek',
    errorTitle: 'Er ging iets mis',
    errorBody:
      'Dit scherm kon niet worden getoond. Uw notities en instellingen zijn niet aangetast. Ga terug naar de bibliotheek en probeer het opnieuw.',
    close: 'Sluiten',
  },
  settings: {
    button: 'Weergave',
    title: 'Weergave',
    theme: 'Kleuren',
    themeSystem: 'Systeem',
    themeLight: 'Licht',
    themeDark: 'Donker',
    fontSize: 'Tekstgrootte',
    smaller: 'Kleinere tekst',
    larger: 'Grotere tekst',
    reset: 'Standaardgrootte',
    fontScaleValue: (percent: number) => `${percent}%`,
    language: 'Taal',
    languageNl: 'Nederlands',
    languageEn: 'English',
    notSaved: 'Zonder opslag gelden deze keuzes alleen tot u Naslag sluit.',
    saveFailed: (reason: string) => `Uw keuze is niet bewaard: ${reason}`,
  },
  help: {
    button: 'Sneltoetsen',
    title: 'Sneltoetsen',
    everywhere: 'Overal',
    inLetter: 'In een brief',
    showHelp: 'Deze lijst tonen',
    closeOverlay: 'Een venster of voetnoot sluiten',
    nextParagraph: 'Naar de volgende alinea',
    selectSentence: 'Selecteer een zin van de alinea (nog eens: de volgende zin)',
    extendSelection: 'Maak de selectie een woord langer of korter',
    previousParagraph: 'Naar de vorige alinea',
    cite: 'De alinea citeren, of de geselecteerde tekst',
    copyLink: 'Een link naar de alinea kopiëren',
    toContents: 'Naar de inhoudsopgave',
    or: 'of',
  },
  library: {
    title: 'Bibliotheek',
    intro: 'De Kamerbrieven in Naslag. Kies een brief om hem te lezen.',
    filterLabel: 'Zoek een brief',
    filterHint: 'Op nummer, datum, titel of bijnaam, bijvoorbeeld ‘april 2013’.',
    shown: (shown: number, total: number) =>
      shown === total ? `${total} brieven` : `${shown} van de ${total} brieven`,
    noMatch: (query: string) =>
      `Geen brief gevonden voor ‘${query}’. Probeer een nummer, een datum of een woord uit de titel.`,
    kamerstuk: (dossier: string, nr: number) => `Kamerstuk ${dossier}, nr. ${nr}`,
    pages: (n: number) => (n === 1 ? '1 pagina' : `${n} pagina’s`),
    paragraphs: (n: number) => (n === 1 ? '1 alinea' : `${n} alinea’s`),
    alsoKnownAs: (aliases: string[]) => `Ook bekend als ${aliases.join(' / ')}`,
    dateSource: 'Herkomst van de datum',
    citeAs: 'Citeer als',
    identifier: 'Officiële vindplaats',
    openOfficial: 'Open de officiële publicatie',
    openOfficialLabel: (kamerstuk: string) =>
      `Open de officiële publicatie van ${kamerstuk} buiten Naslag`,
    openFailed: (reason: string) => `De officiële publicatie is niet geopend: ${reason}`,
    copyCitation: 'Kopieer de verwijzing',
    copyCitationLabel: (kamerstuk: string) => `Kopieer de verwijzing naar ${kamerstuk}`,
  },
  reader: {
    contents: 'Inhoud',
    contentsLabel: 'Inhoud van de brief',
    paragraph: (n: number) => `Alinea ${n}`,
    page: (page: number) => `p. ${page}`,
    pageStart: (page: number) => `Begin van pagina ${page}`,
    cite: 'Citeer',
    citeLabel: (n: number) => `Citeer alinea ${n}`,
    link: 'Link',
    linkLabel: (n: number) => `Kopieer een link naar alinea ${n}`,
    citationCopied: 'Citaat gekopieerd',
    sentenceSelected:
      'Zin geselecteerd. h markeert, n maakt een notitie, Shift+pijl maakt de selectie langer of korter.',
    linkCopied: 'Link gekopieerd',
    referenceCopied: 'Verwijzing gekopieerd',
    copyFailedTitle: 'Kopiëren lukte niet',
    copyFailedBody:
      'Naslag mocht het klembord niet gebruiken. De tekst staat hieronder geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).',
    footnote: (n: number) => `Voetnoot ${n}`,
    footnoteMissing: (n: number) =>
      `De tekst van voetnoot ${n} staat niet in de brontekst; zie de officiële publicatie.`,
    footnotePerPage: 'In deze brief begint de nummering van de voetnoten op elke pagina opnieuw.',
    footnotePublication: 'Open de officiële publicatie (buiten Naslag)',
    descriptiveTitle: 'beschrijvende titel; de brief drukt geen onderschrift af',
    chartLine: 'Lijngrafiek',
    chartBar: 'Staafdiagram',
    chartSummary: (kind: string, title: string, series: string) =>
      `${kind} bij ${title}. ${series}. De cijfers staan ook in de tabel.`,
    seriesSummary: (label: string, points: string) => `${label}: ${points}`,
    trendSummary: (label: string, first: string, last: string, highest: string, lowest: string) =>
      `${label}: van ${first} tot ${last}; hoogste ${highest}, laagste ${lowest}`,
    valueAt: (value: string, label: string) => `${value} (${label})`,
    noValue: 'geen waarde',
    highlighted: (text: string) => `Gemarkeerd: ‘${text}’`,
    clearHighlight: 'Markering wissen',
    highlightNotFound: (text: string) => `‘${text}’ komt in deze brief niet letterlijk voor.`,
    resumed: (n: number) => `Verder lezen bij alinea ${n}`,
    letterNotFound: (id: string) => `Naslag kent geen brief met het kenmerk ‘${id}’.`,
    targetNotFound: (id: string) =>
      `Deze brief heeft geen alinea of kop ‘${id}’; u ziet het begin van de brief.`,
  },
  compare: compareNl,
  notes: notesNl,
  search: searchNl,
};

export type Catalogue = typeof nl;
