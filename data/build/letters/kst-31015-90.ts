// Kamerstuk 31 015, nr. 90: the progress letter of 6 May 2013 on child sexual
// abuse material and child sex tourism, often called "the April 2013 letter".
import type { LetterSource } from '../letter-source';

const NR_95 =
  'Kamerstuk 31 015, nr. 95 (12 december 2013), dat verwijst naar "de voortgangsrapportage van 6 mei 2013 (Kamerstuk 31 015, nr. 90)"';
const NR_95_NOTE =
  'De brief zelf heeft geen dagtekening en geen voettekst met nummer. Nr. 95 noemt ook de 507 verdachten die deze brief meldt, wat de verwijzing bevestigt.';

export const kst3101590: LetterSource = {
  id: 'kst-31015-90',
  file: 'kst-31015-90.txt',
  dossier: '31 015',
  dossierTitle: 'Kindermishandeling',
  nr: 90,
  vergaderjaar: '2012–2013',
  date: '2013-05-06',
  sender: 'Minister van Veiligheid en Justitie',
  senderName: 'I.W. Opstelten',
  title: 'Voortgang aanpak kinderpornografie en kindersekstoerisme',
  summary:
    'Voortgangsrapportage over de prestaties van de landelijke aanpak van kinderpornografie in 2012 (507 van de beoogde 511 verdachten), de focusverschuiving, de aanpak van kindersekstoerisme en de toezeggingen uit het AO van 20 december 2012 en de mondelinge vragen van maart en april 2013.',
  aliases: [
    'april 2013',
    'aprilbrief',
    'brief van april 2013',
    'mei 2013',
    '6 mei 2013',
    'voortgangsrapportage mei 2013',
  ],
  identifier: 'https://zoek.officielebekendmakingen.nl/kst-31015-90',
  provenance: {
    nr: { source: NR_95, note: NR_95_NOTE },
    date: { source: NR_95, note: NR_95_NOTE },
    dossier: { source: NR_95 },
    vergaderjaar: {
      source: 'afgeleid uit de datum',
      note: 'Een vergaderjaar loopt van september tot september; 6 mei 2013 valt in 2012–2013.',
    },
    dossierTitle: {
      source: 'de officiële titel van Kamerdossier 31 015',
      note: 'Het dossier 31 015 heet "Kindermishandeling"; de brief zelf noemt de dossiertitel niet.',
    },
    sender: { source: 'de ondertekening: "De minister van Veiligheid en Justitie,"' },
    senderName: { source: 'de ondertekening: "I.W. Opstelten"' },
    title: {
      source:
        'de eerste zin van de brief: "Met deze brief informeer ik u over de voortgang van de aanpak van kinderpornografie en kindersekstoerisme"',
      note: 'Een beschrijvende titel; de brief zelf draagt geen onderwerpregel.',
    },
    summary: { source: 'samengesteld uit de koppen en cijfers van de brief' },
    aliases: {
      source:
        'de jongste gebeurtenis in de brief is van 18 april 2013 ("op 18 april 2013, lid geworden van de VGT")',
      note: 'Daarom heet deze brief vaak "de brief van april 2013"; het officiële nummer en de datum zijn nr. 90 van 6 mei 2013.',
    },
    identifier: {
      source: 'het vaste adres van Kamerstuk 31 015, nr. 90 op officielebekendmakingen.nl',
    },
  },
  footnoteNumbering: 'continuous',
  headings: [
    { title: 'Prestaties landelijke inrichting', level: 1 },
    { title: 'Prestatieafspraken', level: 2, parent: 'Prestaties landelijke inrichting' },
    { title: 'Focusverschuiving', level: 2, parent: 'Prestaties landelijke inrichting' },
    { title: 'Fresno', level: 2, parent: 'Prestaties landelijke inrichting' },
    { title: 'Kindersekstoerisme', level: 1 },
    { title: 'Actiedagen op Schiphol', level: 2, parent: 'Kindersekstoerisme' },
    { title: 'Vervolgcampagne kindersekstoerisme', level: 2, parent: 'Kindersekstoerisme' },
    { title: 'Vervolgingsonderzoeken in Nederland', level: 2, parent: 'Kindersekstoerisme' },
    { title: 'Police liaison officers', level: 2, parent: 'Kindersekstoerisme' },
    {
      title: 'Criminaliteitsbeeldanalyse (CBA) Kindersekstoerisme',
      level: 2,
      parent: 'Kindersekstoerisme',
    },
    { title: 'Internationale samenwerking', level: 2, parent: 'Kindersekstoerisme' },
    { title: 'Encryptie', level: 1 },
    { title: 'Stop It Now!', level: 1 },
    { title: 'Social media', level: 1 },
    { title: 'Online Meldknop', level: 1 },
    { title: 'Databases', level: 1 },
    { title: 'Kinderporno op Nederlandse servers', level: 1 },
    { title: 'Grooming', level: 1 },
    { title: 'Vereniging Martijn', level: 1 },
    { title: 'Werkbezoek Landelijke Eenheid', level: 1 },
  ],
  headingLevelsReason:
    '"Prestaties landelijke inrichting" introduces the results of 2012; "Prestatieafspraken" (the numbers), "Focusverschuiving" (the kind of cases) and "Fresno" ("Om deze werkwijze verder te illustreren") work those results out. "Kindersekstoerisme" ends with "Middels het onderstaande kom ik aan deze toezegging tegemoet"; the headings up to "Internationale samenwerking" (which opens with "In de bestrijding van kinderporno en kindersekstoerisme" and ends with the VGT\'s "aanpak van kinderpornografie en kindersekstoerisme") are that answer. From "Encryptie" on each heading answers a separate commitment, so those are main headings.',
  pageStarts: [
    {
      kind: 'space-only',
      nextText: 'Gezien de bovengenoemde omstandigheden',
      pageStart: false,
      reason:
        'Follows Figure 1 on page 2; the next page start is marked by a leading space in "jaren naar een gebalanceerd resultaat", and the paragraph here continues the argument of the figure.',
    },
    {
      kind: 'space-only',
      nextText: 'Tussen de bovenstaande categorieën',
      pageStart: false,
      reason:
        'Follows Figure 2 on page 2, like the space after Figure 1; "bovenstaande categorieën" refers to the figure just above, on the same page.',
    },
  ],
  corrections: [
    {
      find: 'Figuur 1: prestatieafsprakenpolitie en OM',
      replace: 'Figuur 1: prestatieafspraken politie en OM',
      reason:
        'The extraction lost the space between "prestatieafspraken" and "politie" in the caption of Figure 1; the caption speaks of the performance agreements with police and OM, as the paragraph before it does.',
    },
  ],
  tables: [
    {
      id: 'figuur-1',
      kind: 'figure',
      layout: { kind: 'target-vs-achieved' },
      firstLine: 'Figuur 1: prestatieafspraken politie en OM',
      lastLine: '2014 594 (+25%)',
      captionPrinted: true,
      title:
        'Prestatieafspraken politie en OM: beoogd (streven) en gehaald aantal verdachten per jaar',
      chart: 'grouped-bar',
      reason:
        'Per year the target ("Streven") and the achieved number ("Gehaald"), each with its change against the base year 2010; 2013 and 2014 have only a target.',
    },
    {
      id: 'figuur-2',
      kind: 'figure',
      layout: { kind: 'shares' },
      firstLine: 'Figuur 2: focusverschuiving',
      lastLine: '11,3% 7,9% 15,6%',
      captionPrinted: true,
      title: 'Focusverschuiving: aandeel zaken met verspreiding, productie of misbruik in 2012',
      chart: 'bar',
      reason:
        'The share of the 480 cases of 2012 in which distribution, production or abuse played a part; the shares overlap, as the paragraph after the figure says.',
    },
  ],
};
