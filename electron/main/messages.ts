// Every Dutch text the Electron shell shows: menu labels, dialogs and errors. The renderer
// has its own catalogue; these are the few words the shell says itself.
export const menuLabels = {
  file: 'Bestand',
  quit: 'Afsluiten',
  closeWindow: 'Venster sluiten',
  edit: 'Bewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',
  view: 'Beeld',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  resetZoom: 'Werkelijke grootte',
  fullScreen: 'Volledig scherm',
  devTools: 'Ontwikkelaarshulpmiddelen',
  reload: 'Opnieuw laden',
  window: 'Venster',
  minimize: 'Minimaliseren',
  zoom: 'Zoomen',
  front: 'Alles naar voorgrond',
  help: 'Help',
  about: 'Over Naslag',
  services: 'Voorzieningen',
  hide: 'Verberg Naslag',
  hideOthers: 'Verberg andere',
  unhide: 'Toon alles',
  quitMac: 'Stop Naslag',
} as const;

export const aboutDialog = (version: string) => ({
  title: 'Over Naslag',
  message: `Naslag ${version}`,
  detail:
    'Offline lezen, vergelijken, doorzoeken en annoteren van de Kamerbrieven over de aanpak van kinderpornografie (Kamerstuk 31 015, nrs. 81 en 90).',
  buttons: ['Sluiten'],
});

export const externalLinkDialog = (url: string) => ({
  title: 'Link openen',
  message: 'Deze link openen in uw webbrowser?',
  detail: `${url}\n\nDe pagina opent buiten Naslag, in uw standaardbrowser.`,
  buttons: ['Openen', 'Annuleren'],
});

export const pdfMessages = {
  dialogTitle: 'Opslaan als PDF',
  filterName: 'PDF-document',
  renderFailed: (reason: string) =>
    `De PDF kon niet worden gemaakt (${reason}). Er is niets opgeslagen; probeer het opnieuw.`,
  writeFailed: (reason: string) =>
    `Het PDF-bestand kon niet worden opgeslagen (${reason}). Er is niets opgeslagen; kies een andere map of bestandsnaam en probeer het opnieuw.`,
};

export const ipcMessages = {
  forbidden:
    'Deze opdracht is geweigerd: ze kwam niet uit het Naslag-venster. Er is niets gewijzigd.',
};

export const startupMessages = {
  title: 'Naslag kan niet starten',
  failed: (reason: string) =>
    `Naslag kon zijn gegevens niet openen: ${reason}\n\nEr is niets gewijzigd aan uw notities. Sluit andere vensters van Naslag en start het programma opnieuw.`,
};
