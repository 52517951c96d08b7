import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWriteError, storeMessages } from './messages';

// Each message tells the user what happened, what is kept and what to do next; these are the
// phrases that carry that, checked piece by piece so none of it silently goes missing.
const folder = join('home', 'ambtenaar', '.config', 'naslag');
const inFolder = (name: string) => join(folder, name);

describe('what the store tells the user', () => {
  it.each([
    [
      'a file set aside',
      storeMessages.quarantined(inFolder('naslag.corrupt-20240301T090000000Z.json'), 'lege regel'),
      [
        'Het notitiebestand kon niet worden gelezen (lege regel).',
        'Het is onveranderd bewaard als "naslag.corrupt-20240301T090000000Z.json" in de gegevensmap.',
        'Bewaar dat bestand als u notities mist, en neem contact op met de beheerder om ze terug te halen.',
      ],
    ],
    [
      'notes restored from a backup',
      storeMessages.restoredFromBackup(inFolder('naslag-20240301T090000000Z.json')),
      [
        'Uw notities zijn teruggezet uit de reservekopie "naslag-20240301T090000000Z.json".',
        'Wijzigingen van na die kopie kunnen ontbreken; kijk uw recente notities na.',
      ],
    ],
    [
      'a start without any usable backup',
      storeMessages.startedEmpty(),
      [
        'Er was geen bruikbare reservekopie, dus Naslag begint met een lege notitielijst.',
        'Het onleesbare bestand blijft bewaard in de gegevensmap.',
      ],
    ],
    [
      'a file that cannot be opened',
      storeMessages.unreadable(inFolder('naslag.json'), 'EACCES'),
      [
        'Het notitiebestand "naslag.json" kan niet worden geopend (EACCES).',
        'Naslag verandert er niets aan en werkt alleen-lezen.',
        'Controleer de rechten op de gegevensmap en start Naslag opnieuw.',
      ],
    ],
    [
      'a damaged file the command line will not touch',
      storeMessages.damagedRefused(inFolder('naslag.json'), 'het is geen geldige JSON'),
      [
        'Het notitiebestand "naslag.json" is beschadigd of onleesbaar (het is geen geldige JSON).',
        'Er is niets gewijzigd.',
        'Open Naslag: dat zet het bestand onveranderd opzij en zet de laatste goede reservekopie terug.',
      ],
    ],
    [
      'a missing file the command line will not replace',
      storeMessages.missingRefused(inFolder('naslag.json'), inFolder('naslag-1.json')),
      [
        'Het notitiebestand "naslag.json" ontbreekt, maar er is een reservekopie ("naslag-1.json").',
        'Er is niets gewijzigd. Open Naslag om de reservekopie terug te zetten.',
      ],
    ],
    [
      'a file from a newer version',
      storeMessages.newerVersion(3),
      [
        'Het notitiebestand is gemaakt met een nieuwere versie van Naslag (bestandsversie 3).',
        'U kunt lezen, maar niets wordt opgeslagen zodat de nieuwere gegevens heel blijven.',
        'Werk Naslag bij om weer notities te kunnen maken.',
      ],
    ],
    [
      'a start on a full disk',
      storeMessages.openedReadOnly('de schijf is vol'),
      [
        'Naslag kan nu niets opslaan: de schijf is vol.',
        'U kunt lezen en zoeken; uw notities blijven ongewijzigd.',
        'Maak ruimte vrij of los het probleem op: daarna wordt uw volgende wijziging gewoon opgeslagen.',
      ],
    ],
    [
      'a store that cannot be updated safely',
      storeMessages.readOnly(),
      [
        'Naslag werkt alleen-lezen omdat het notitiebestand niet veilig kan worden bijgewerkt.',
        'Uw wijziging is niet opgeslagen; de bestaande notities blijven ongewijzigd.',
      ],
    ],
    [
      'a failed save',
      storeMessages.writeFailed('de schijf is vol'),
      [
        'Opslaan is mislukt: de schijf is vol.',
        'Uw laatste wijziging is niet opgeslagen; eerder opgeslagen notities blijven ongewijzigd.',
        'Los het probleem op en probeer het opnieuw.',
      ],
    ],
    [
      'notes in use by another program',
      storeMessages.locked('de naslag-opdracht'),
      [
        'De notities worden al gebruikt door de naslag-opdracht.',
        "Twee programma's tegelijk zouden elkaars wijzigingen kunnen overschrijven.",
        'Sluit het andere programma en probeer het opnieuw.',
      ],
    ],
    [
      'notes taken over by another program',
      storeMessages.lockLost(),
      [
        'Een ander programma heeft de notities overgenomen.',
        'Uw laatste wijziging is niet opgeslagen.',
        'Sluit de andere Naslag en start opnieuw.',
      ],
    ],
    [
      'a change after closing',
      storeMessages.closed(),
      ['Het notitiebestand is al gesloten; start Naslag opnieuw.'],
    ],
    [
      'a damaged journal set aside',
      storeMessages.journalDamaged(inFolder('naslag.journal.corrupt-20240301T090000000Z')),
      [
        'De laatste wijzigingen in het notitiebestand waren deels beschadigd.',
        'Wat leesbaar was, is bewaard;',
        'het logboek is onveranderd opzijgezet als "naslag.journal.corrupt-20240301T090000000Z" in de gegevensmap.',
        'Kijk uw recente notities na.',
      ],
    ],
  ])('explains %s', (_situation, message, phrases) => {
    for (const phrase of phrases) expect(message).toContain(phrase);
    // The file's name, never the path to the user's home folder.
    expect(message).not.toContain('ambtenaar');
  });
});

describe('describeWriteError', () => {
  it.each([
    ['ENOSPC', 'de schijf is vol'],
    ['EDQUOT', 'de schijf is vol'],
    ['EROFS', 'de gegevensmap is alleen-lezen of u heeft geen schrijfrechten'],
    ['EACCES', 'de gegevensmap is alleen-lezen of u heeft geen schrijfrechten'],
    ['EPERM', 'de gegevensmap is alleen-lezen of u heeft geen schrijfrechten'],
    ['EIO', 'de schijf gaf een fout (EIO)'],
    [undefined, 'de schijf gaf een fout (onbekend)'],
  ])('names %s as a cause a user can act on: %s', (code, cause) => {
    expect(describeWriteError(code)).toBe(cause);
  });
});
