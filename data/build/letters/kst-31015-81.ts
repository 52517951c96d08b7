// Kamerstuk 31 015, nr. 81: the progress letter of 2 October 2012 on the
// approach to child sexual abuse material.
import type { LetterSource } from '../letter-source';

const FOOTER =
  'de lopende voettekst van de brief: "Tweede Kamer, vergaderjaar 2012–2013, 31 015, nr. 81 2"';

export const kst3101581: LetterSource = {
  id: 'kst-31015-81',
  file: 'kst-31015-81.txt',
  dossier: '31 015',
  dossierTitle: 'Kindermishandeling',
  nr: 81,
  vergaderjaar: '2012–2013',
  date: '2012-10-02',
  sender: 'Minister van Veiligheid en Justitie',
  senderName: 'I.W. Opstelten',
  title: 'Voortgang aanpak kinderpornografie',
  summary:
    'Voortgangsrapportage over de landelijke inrichting van de aanpak van kinderpornografie bij politie en OM, de werkvoorraad, de pilot Leaseweb en de toezeggingen uit het AO van 2 februari 2012 (chemische castratie, virtuele kinderpornografie, encryptie, databases).',
  aliases: ['oktoberbrief', 'oktober 2012', '2 oktober 2012', 'voortgangsrapportage oktober 2012'],
  identifier: 'https://zoek.officielebekendmakingen.nl/kst-31015-81',
  provenance: {
    dossier: { source: FOOTER },
    nr: { source: FOOTER },
    vergaderjaar: { source: FOOTER },
    date: { source: 'de dagtekening van de brief: "Den Haag, 2 oktober 2012"' },
    dossierTitle: {
      source: 'de officiële titel van Kamerdossier 31 015',
      note: 'Het dossier 31 015 heet "Kindermishandeling"; de brief zelf noemt de dossiertitel niet.',
    },
    sender: { source: 'de ondertekening: "De minister van Veiligheid en Justitie,"' },
    senderName: {
      source: 'de ondertekening: "I. W. Opstelten"',
      note: 'In de tekst staat een spatie tussen de initialen; de naam wordt hier geschreven als in nr. 90.',
    },
    title: {
      source:
        'de eerste zin van de brief: "Met deze brief informeer ik u over de voortgang van de aanpak van kinderpornografie"',
      note: 'Een beschrijvende titel; de brief zelf draagt geen onderwerpregel.',
    },
    summary: { source: 'samengesteld uit de koppen van de brief' },
    aliases: {
      source:
        'namen waaronder de brief in de praktijk wordt aangeduid, naar de maand van verzending',
    },
    identifier: {
      source: 'het vaste adres van Kamerstuk 31 015, nr. 81 op officielebekendmakingen.nl',
    },
  },
  footnoteNumbering: 'per-page',
  headings: [
    { title: 'Landelijke inrichting aanpak kinderpornografie', level: 1 },
    {
      title: 'Landelijke sturing en extra capaciteit bij het OM',
      level: 2,
      parent: 'Landelijke inrichting aanpak kinderpornografie',
    },
    {
      title: 'Uitbreiding politiecapaciteit',
      level: 2,
      parent: 'Landelijke inrichting aanpak kinderpornografie',
    },
    {
      title: 'Start opleiding kinderpornorechercheurs',
      level: 2,
      parent: 'Landelijke inrichting aanpak kinderpornografie',
    },
    {
      title: 'Landelijke stuur- en weeggroep',
      level: 2,
      parent: 'Landelijke inrichting aanpak kinderpornografie',
    },
    {
      title: 'Project Vliegende Start',
      level: 2,
      parent: 'Landelijke inrichting aanpak kinderpornografie',
    },
    { title: 'Werkvoorraad', level: 2, parent: 'Landelijke inrichting aanpak kinderpornografie' },
    { title: 'Pilot Leaseweb', level: 1 },
    { title: 'Chemische castratie / libidoremmende middelen', level: 1 },
    { title: 'Virtuele kinderpornografie', level: 1 },
    { title: 'Encryptie', level: 1 },
    { title: 'Landelijke en Europese database', level: 1 },
  ],
  headingLevelsReason:
    'The section "Landelijke inrichting aanpak kinderpornografie" ends with "Dit heeft concreet tot de volgende resultaten geleid:"; the next six headings are those results (OM, police capacity, training, steering group, Vliegende Start and the work stock it brought down, "Mede dankzij Vliegende Start"). "Pilot Leaseweb" starts a new subject (a public-private filter pilot), and the last four answer commitments from the debate of 2 February 2012, so they are main headings.',
  pageStarts: [
    {
      kind: 'line',
      text: '4e kwart.',
      pageStart: false,
      reason:
        'The quarter labels of the work-stock chart on page 2: the chart continues after them and the running footer that follows still says page 2.',
    },
    {
      kind: 'space-only',
      nextText: 'Ook in de toekomst',
      pageStart: true,
      reason:
        'Page 3 starts here: the running footer before it closes page 2, and the footnote numbering restarts at 1 in this paragraph ("27 januari 20121").',
    },
  ],
  corrections: [],
  tables: [
    {
      id: 'werkvoorraad-per-kwartaal',
      kind: 'figure',
      layout: { kind: 'quarter-series', seriesLabel: 'Werkvoorraad (zaken)' },
      firstLine: '4e kwart. 1 2 3 4 1 2 3 4 1 2',
      lastLine: '809 779 605 991 770 986 987 1 065 1 113 1 017 802',
      captionPrinted: false,
      title:
        'Werkvoorraad kinderpornografiezaken bij de politie per kwartaal, 4e kwartaal 2009 tot en met 2e kwartaal 2012',
      chart: 'line',
      reason:
        'The letter prints this chart without a caption, right after announcing "een overzicht … van de werkvoorraadcijfers tot en met het tweede kwartaal van 2012"; the title says what it shows.',
    },
  ],
};
