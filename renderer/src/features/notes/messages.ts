// The notes feature's messages, as the "notes" section of the Dutch and English
// catalogues (renderer/src/i18n). Kept beside the feature so its words are in one
// place; the catalogues include them, so t('notes.…') checks keys and values.

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const notesNl = {
  navLabel: 'Notities',
  title: 'Notities',
  intro:
    'Alle passages die u markeerde, met uw notities en labels. Open een passage in de brief, bewerk of verwijder een notitie, of maak er een debatnotitie van.',
  loading: 'Bezig met laden van uw notities…',
  loadFailed: (message: string) => `Uw notities konden niet worden geladen. ${message}`,
  retryLoad: 'Opnieuw laden',
  empty:
    'U heeft nog geen notities. Selecteer in een brief een passage en kies een kleur of ‘Notitie’, of kies ‘Notitie bij alinea’ naast een alinea.',

  colorYellow: 'Geel',
  colorGreen: 'Groen',
  colorBlue: 'Blauw',
  colorPink: 'Roze',
  colorPurple: 'Paars',
  colorLabel: 'Kleur',
  highlightIn: (color: string) => `Markeer ${color.toLowerCase()}`,

  toolbarLabel: 'Markeren en notitie',
  addNote: 'Notitie',
  addNoteLabel: 'Notitie bij de selectie',
  /** Visible on the paragraph's action; its accessible name is paragraphNoteLabel. */
  paragraphNote: 'Notitie',
  paragraphNoteLabel: (n: number) => `Notitie bij alinea ${n}`,
  selectionTooLong: 'De selectie is te lang voor één notitie (hoogstens 10 000 tekens).',

  editorNewTitle: 'Nieuwe notitie',
  editorEditTitle: 'Notitie bewerken',
  editorQuote: 'Geselecteerde passage',
  wholeParagraph: (n: number) => `Hele alinea ${n}`,
  editorBody: 'Notitie',
  editorBodyHint:
    'Eenvoudige opmaak mag: *cursief*, **vet**, een lijstje met - aan het begin van een regel, en links die met https:// beginnen.',
  editorTags: 'Labels',
  editorTagsHint: 'Gescheiden door komma’s, bijvoorbeeld: vragen, encryptie',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  retry: 'Opnieuw proberen',
  cancel: 'Annuleren',
  saveFailed: (message: string) => `Niet opgeslagen. ${message}`,
  unsavedKept:
    'Uw tekst is bewaard in dit venster, maar nog niet opgeslagen. Probeer het opnieuw of annuleer.',
  unsavedQuestion: 'Deze notitie is nog niet opgeslagen. Wat wilt u met de tekst doen?',
  keepDraft: 'Bewaren als concept',
  discardDraft: 'Weggooien',
  continueWriting: 'Verder schrijven',
  draftKept: 'De tekst is bewaard als concept. U vindt het terug bij de passage.',
  draftNotKept: 'Het concept kon niet worden bewaard.',
  draftRestored: 'Uw niet-opgeslagen tekst is teruggezet.',
  draftsTitle: 'Niet-opgeslagen notities',
  draftAt: (where: string, preview: string) => `${where}: ‘${preview}’`,
  draftContinue: 'Verder schrijven',
  draftDiscard: 'Weggooien',
  paragraphNumber: (n: number) => `Alinea ${n}`,

  noteLabel: (color: string, excerpt: string) => `Notitie (${color.toLowerCase()}): ${excerpt}`,
  highlightLabel: (color: string, excerpt: string) =>
    `Markering (${color.toLowerCase()}): ${excerpt}`,
  stateSaving: 'Bezig met opslaan…',
  stateFailed: 'Niet opgeslagen',
  stateDeleting: 'Bezig met verwijderen…',
  noBody: 'Geen notitietekst.',
  tagsLabel: 'Labels',
  edit: 'Bewerken',
  delete: 'Verwijderen',
  discard: 'Wijziging weggooien',
  openInLetter: 'Open in de brief',

  saved: 'Notitie opgeslagen',
  deleted: 'Notitie verwijderd',
  undo: 'Ongedaan maken',
  undone: 'De notitie is teruggezet',
  deleteFailed: (message: string) => `De notitie is niet verwijderd. ${message}`,
  unsavedTitle: (n: number) => plural(n, 'notitie niet opgeslagen', 'notities niet opgeslagen'),
  savingCount: (n: number) => plural(n, 'notitie wordt opgeslagen…', 'notities worden opgeslagen…'),
  unreachable: (reason: string) =>
    `Naslag kon de opslag niet bereiken (${reason}). De notitie is niet opgeslagen; uw tekst is bewaard. Probeer het opnieuw.`,

  statusMoved:
    'De tekst van de brief is veranderd; Naslag heeft de passage op een nieuwe plek teruggevonden.',

  filters: 'Filters',
  filterText: 'Zoek in notities',
  filterLetter: 'Brief',
  filterTag: 'Label',
  filterColor: 'Kleur',
  filterAll: 'Alle',
  sortBy: 'Sorteren op',
  sortPosition: 'Plaats in de brief',
  sortModified: 'Laatst gewijzigd',
  count: (shown: number, total: number) =>
    shown === total
      ? plural(total, 'notitie', 'notities')
      : `${shown} van ${plural(total, 'notitie', 'notities')}`,
  noMatches: 'Geen notities voldoen aan deze filters.',
  modifiedOn: (date: string) => `Gewijzigd ${date}`,

  orphansTitle: 'Niet gevonden',
  orphansIntro:
    'De passages bij deze notities staan niet (meer) in de brief zoals Naslag die nu heeft. De notities zijn bewaard, met het citaat zoals u het opsloeg.',
  orphanQuote: 'Opgeslagen citaat',
  orphanUnknownLetter: (letterId: string) => `Onbekende brief (${letterId})`,

  exportImport: 'Bewaren en uitwisselen',
  exportJson: 'Exporteer alle notities (JSON)',
  exportHint: 'Als W3C Web Annotations, te lezen door andere annotatieprogramma’s.',
  exported: (file: string) => `Opgeslagen als ${file}`,
  exportFailed: (message: string) => `Exporteren is mislukt. ${message}`,
  importFile: 'Importeer notities uit een bestand',
  importHint: 'Een JSON-bestand met W3C Web Annotations, bijvoorbeeld een eerdere export.',
  importing: 'Bezig met inlezen…',
  importTooLarge: (megabytes: number) =>
    `Het bestand is groter dan ${megabytes} MB. Er is niets ingelezen.`,
  importUnreadable: 'Het bestand kon niet worden gelezen. Er is niets ingelezen.',
  importFailed: (message: string) => `Importeren is mislukt. ${message}`,
  importReportTitle: 'Resultaat van de import',
  importCounts: (added: number, updated: number, unchanged: number, skipped: number) =>
    `${added} toegevoegd, ${updated} bijgewerkt, ${unchanged} ongewijzigd, ${skipped} overgeslagen.`,
  importSkippedTitle: 'Overgeslagen',
  importSkippedItem: (index: number, id: string | undefined, reason: string) =>
    `Annotatie ${index + 1}${id ? ` (${id})` : ''}: ${reason}`,

  briefLink: 'Debatnotitie maken',
  briefTitle: 'Debatnotitie',
  briefIntro:
    'Kies de notities voor uw debatnotitie. U ziet hieronder hoe die eruitziet: met de citaten zoals ze nu in de brief staan en de vindplaats per pagina.',
  briefSelect: 'Notities in de debatnotitie',
  briefSelectAll: 'Alles',
  briefSelected: (n: number, total: number) => `${n} van ${total} gekozen`,
  briefGroupBy: 'Ordenen per',
  briefGroupLetter: 'Brief',
  briefGroupTheme: 'Thema',
  briefGroupTag: 'Label',
  briefPreview: 'Voorbeeld',
  briefNothingSelected: 'Kies ten minste één notitie.',
  briefSaveMarkdown: 'Opslaan als Markdown',
  briefSaveDocx: 'Opslaan als Word',
  briefDocxFailed: (message: string) => `Opslaan als Word is mislukt. ${message}`,
  briefIntroLabel: 'Inleiding (optioneel)',
  briefIntroHint:
    'Komt bovenaan de debatnotitie. U kunt lichte opmaak gebruiken: *nadruk*, **vet**, lijstjes met - en links.',
  briefMoveUp: (what: string) => `Eerder in de debatnotitie: ${what}`,
  briefMoveDown: (what: string) => `Later in de debatnotitie: ${what}`,
  briefMoved: (position: number, total: number) =>
    `Verplaatst naar plaats ${position} van ${total}.`,
  briefPrint: 'Afdrukken',
  briefSavePdf: 'Opslaan als PDF',
  briefPdfSaved: (file: string) => `Opgeslagen als ${file}`,
  briefPdfFailed: (message: string) => `Opslaan als PDF is mislukt. ${message}`,
  briefFileName: (date: string) => `debatnotitie-${date}`,
  backToNotes: 'Terug naar de notities',

  storeNoticeTitle: 'Let op: uw notities',
  storeQuarantined: 'Het notitiebestand was beschadigd',
  storeRestored: 'Notities teruggezet uit een reservekopie',
  storeNewer: 'Gemaakt met een nieuwere versie van Naslag',
  storeWriteFailed: 'Opslaan lukt niet',
  dismiss: 'Melding sluiten',

  shortcutHighlight: 'Markeer de selectie',
  shortcutNote: 'Notitie bij de selectie, of bij de alinea die focus heeft',
};

export type NotesMessages = typeof notesNl;

export const notesEn: NotesMessages = {
  navLabel: 'Notes',
  title: 'Notes',
  intro:
    'Every passage you marked, with your notes and labels. Open a passage in its letter, edit or delete a note, or turn them into a debate brief.',
  loading: 'Loading your notes…',
  loadFailed: (message) => `Your notes could not be loaded. ${message}`,
  retryLoad: 'Load again',
  empty:
    'You have no notes yet. Select a passage in a letter and choose a colour or ‘Note’, or choose ‘Note on paragraph’ beside a paragraph.',

  colorYellow: 'Yellow',
  colorGreen: 'Green',
  colorBlue: 'Blue',
  colorPink: 'Pink',
  colorPurple: 'Purple',
  colorLabel: 'Colour',
  highlightIn: (color) => `Highlight ${color.toLowerCase()}`,

  toolbarLabel: 'Highlight and note',
  addNote: 'Note',
  addNoteLabel: 'Note on the selection',
  paragraphNote: 'Note',
  paragraphNoteLabel: (n) => `Note on paragraph ${n}`,
  selectionTooLong: 'The selection is too long for one note (at most 10,000 characters).',

  editorNewTitle: 'New note',
  editorEditTitle: 'Edit note',
  editorQuote: 'Selected passage',
  wholeParagraph: (n) => `Whole paragraph ${n}`,
  editorBody: 'Note',
  editorBodyHint:
    'Light formatting is allowed: *italic*, **bold**, a list with - at the start of a line, and links starting with https://.',
  editorTags: 'Labels',
  editorTagsHint: 'Separated by commas, for example: questions, encryption',
  save: 'Save',
  saving: 'Saving…',
  retry: 'Try again',
  cancel: 'Cancel',
  saveFailed: (message) => `Not saved. ${message}`,
  unsavedKept: 'Your text is kept in this window but not saved yet. Try again or cancel.',
  unsavedQuestion: 'This note has not been saved yet. What would you like to do with the text?',
  keepDraft: 'Keep as draft',
  discardDraft: 'Discard',
  continueWriting: 'Continue writing',
  draftKept: 'The text is kept as a draft. You will find it at the passage.',
  draftNotKept: 'The draft could not be kept.',
  draftRestored: 'Your unsaved text has been restored.',
  draftsTitle: 'Unsaved notes',
  draftAt: (where, preview) => `${where}: ‘${preview}’`,
  draftContinue: 'Continue writing',
  draftDiscard: 'Discard',
  paragraphNumber: (n) => `Paragraph ${n}`,

  noteLabel: (color, excerpt) => `Note (${color.toLowerCase()}): ${excerpt}`,
  highlightLabel: (color, excerpt) => `Highlight (${color.toLowerCase()}): ${excerpt}`,
  stateSaving: 'Saving…',
  stateFailed: 'Not saved',
  stateDeleting: 'Deleting…',
  noBody: 'No note text.',
  tagsLabel: 'Labels',
  edit: 'Edit',
  delete: 'Delete',
  discard: 'Discard change',
  openInLetter: 'Open in the letter',

  saved: 'Note saved',
  deleted: 'Note deleted',
  undo: 'Undo',
  undone: 'The note is back',
  deleteFailed: (message) => `The note was not deleted. ${message}`,
  unsavedTitle: (n) => plural(n, 'note not saved', 'notes not saved'),
  savingCount: (n) => plural(n, 'note is being saved…', 'notes are being saved…'),
  unreachable: (reason) =>
    `Naslag could not reach its storage (${reason}). The note was not saved; your text is kept. Try again.`,

  statusMoved: 'The letter’s text has changed; Naslag found the passage again in a new place.',

  filters: 'Filters',
  filterText: 'Search notes',
  filterLetter: 'Letter',
  filterTag: 'Label',
  filterColor: 'Colour',
  filterAll: 'All',
  sortBy: 'Sort by',
  sortPosition: 'Place in the letter',
  sortModified: 'Last modified',
  count: (shown, total) =>
    shown === total
      ? plural(total, 'note', 'notes')
      : `${shown} of ${plural(total, 'note', 'notes')}`,
  noMatches: 'No notes match these filters.',
  modifiedOn: (date) => `Modified ${date}`,

  orphansTitle: 'Not found',
  orphansIntro:
    'The passages of these notes are no longer in the letter as Naslag has it now. The notes are kept, with the quote as you saved it.',
  orphanQuote: 'Saved quote',
  orphanUnknownLetter: (letterId) => `Unknown letter (${letterId})`,

  exportImport: 'Keep and exchange',
  exportJson: 'Export all notes (JSON)',
  exportHint: 'As W3C Web Annotations, readable by other annotation tools.',
  exported: (file) => `Saved as ${file}`,
  exportFailed: (message) => `Export failed. ${message}`,
  importFile: 'Import notes from a file',
  importHint: 'A JSON file with W3C Web Annotations, for example an earlier export.',
  importing: 'Reading…',
  importTooLarge: (megabytes) => `The file is larger than ${megabytes} MB. Nothing was imported.`,
  importUnreadable: 'The file could not be read. Nothing was imported.',
  importFailed: (message) => `Import failed. ${message}`,
  importReportTitle: 'Import result',
  importCounts: (added, updated, unchanged, skipped) =>
    `${added} added, ${updated} updated, ${unchanged} unchanged, ${skipped} skipped.`,
  importSkippedTitle: 'Skipped',
  importSkippedItem: (index, id, reason) =>
    `Annotation ${index + 1}${id ? ` (${id})` : ''}: ${reason}`,

  briefLink: 'Make a debate brief',
  briefTitle: 'Debate brief',
  briefIntro:
    'Choose the notes for your debate brief. Below you see how it looks: with the quotes as they stand in the letter now and the page of each.',
  briefSelect: 'Notes in the debate brief',
  briefSelectAll: 'All',
  briefSelected: (n, total) => `${n} of ${total} chosen`,
  briefGroupBy: 'Group by',
  briefGroupLetter: 'Letter',
  briefGroupTheme: 'Theme',
  briefGroupTag: 'Label',
  briefPreview: 'Preview',
  briefNothingSelected: 'Choose at least one note.',
  briefSaveMarkdown: 'Save as Markdown',
  briefSaveDocx: 'Save as Word',
  briefDocxFailed: (message) => `Saving as Word failed. ${message}`,
  briefIntroLabel: 'Introduction (optional)',
  briefIntroHint:
    'Goes at the top of the debate brief. Light formatting works: *emphasis*, **bold**, lists with - and links.',
  briefMoveUp: (what) => `Earlier in the debate brief: ${what}`,
  briefMoveDown: (what) => `Later in the debate brief: ${what}`,
  briefMoved: (position, total) => `Moved to place ${position} of ${total}.`,
  briefPrint: 'Print',
  briefSavePdf: 'Save as PDF',
  briefPdfSaved: (file) => `Saved as ${file}`,
  briefPdfFailed: (message) => `Saving as PDF failed. ${message}`,
  briefFileName: (date) => `debate-brief-${date}`,
  backToNotes: 'Back to the notes',

  storeNoticeTitle: 'Please note: your notes',
  storeQuarantined: 'The notes file was damaged',
  storeRestored: 'Notes restored from a backup',
  storeNewer: 'Made with a newer version of Naslag',
  storeWriteFailed: 'Saving does not work',
  dismiss: 'Close notice',

  shortcutHighlight: 'Highlight the selection',
  shortcutNote: 'Note on the selection, or on the focused paragraph',
};
