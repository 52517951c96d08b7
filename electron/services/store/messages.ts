// What the store tells the user, in Dutch: what happened, what is kept, what to do.
import { basename } from 'node:path';

export const storeMessages = {
  quarantined: (file: string, reason: string) =>
    `Het notitiebestand kon niet worden gelezen (${reason}). Het is onveranderd bewaard als ` +
    `"${basename(file)}" in de gegevensmap. Bewaar dat bestand als u notities mist, ` +
    'en neem contact op met de beheerder om ze terug te halen.',
  restoredFromBackup: (backup: string) =>
    `Uw notities zijn teruggezet uit de reservekopie "${basename(backup)}". ` +
    'Wijzigingen van na die kopie kunnen ontbreken; kijk uw recente notities na.',
  startedEmpty: () =>
    'Er was geen bruikbare reservekopie, dus Naslag begint met een lege notitielijst. ' +
    'Het onleesbare bestand blijft bewaard in de gegevensmap.',
  unreadable: (file: string, code: string) =>
    `Het notitiebestand "${basename(file)}" kan niet worden geopend (${code}). Naslag verandert ` +
    'er niets aan en werkt alleen-lezen. Controleer de rechten op de gegevensmap en start Naslag opnieuw.',
  damagedRefused: (file: string, reason: string) =>
    `Het notitiebestand "${basename(file)}" is beschadigd of onleesbaar (${reason}). Er is niets gewijzigd. ` +
    'Open Naslag: dat zet het bestand onveranderd opzij en zet de laatste goede reservekopie terug.',
  missingRefused: (file: string, backup: string) =>
    `Het notitiebestand "${basename(file)}" ontbreekt, maar er is een reservekopie ("${basename(backup)}"). ` +
    'Er is niets gewijzigd. Open Naslag om de reservekopie terug te zetten.',
  newerVersion: (version: number) =>
    `Het notitiebestand is gemaakt met een nieuwere versie van Naslag (bestandsversie ${version}). ` +
    'U kunt lezen, maar niets wordt opgeslagen zodat de nieuwere gegevens heel blijven. ' +
    'Werk Naslag bij om weer notities te kunnen maken.',
  openedReadOnly: (cause: string) =>
    `Naslag kan nu niets opslaan: ${cause}. U kunt lezen en zoeken; uw notities blijven ` +
    'ongewijzigd. Maak ruimte vrij of los het probleem op: daarna wordt uw volgende wijziging gewoon opgeslagen.',
  readOnly: () =>
    'Naslag werkt alleen-lezen omdat het notitiebestand niet veilig kan worden bijgewerkt. ' +
    'Uw wijziging is niet opgeslagen; de bestaande notities blijven ongewijzigd.',
  writeFailed: (cause: string) =>
    `Opslaan is mislukt: ${cause}. Uw laatste wijziging is niet opgeslagen; eerder opgeslagen ` +
    'notities blijven ongewijzigd. Los het probleem op en probeer het opnieuw.',
  diskFull: () => 'de schijf is vol',
  noPermission: () => 'de gegevensmap is alleen-lezen of u heeft geen schrijfrechten',
  ioError: (code: string) => `de schijf gaf een fout (${code})`,
  locked: (holder: string) =>
    `De notities worden al gebruikt door ${holder}. Twee programma's tegelijk zouden elkaars ` +
    'wijzigingen kunnen overschrijven. Sluit het andere programma en probeer het opnieuw.',
  lockLost: () =>
    'Een ander programma heeft de notities overgenomen. Uw laatste wijziging is niet opgeslagen. ' +
    'Sluit de andere Naslag en start opnieuw.',
  closed: () => 'Het notitiebestand is al gesloten; start Naslag opnieuw.',
  journalDamaged: (file: string) =>
    'De laatste wijzigingen in het notitiebestand waren deels beschadigd. Wat leesbaar was, is ' +
    `bewaard; het logboek is onveranderd opzijgezet als "${basename(file)}" in de gegevensmap. ` +
    'Kijk uw recente notities na.',
} as const;

export function describeWriteError(code: string | undefined): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return storeMessages.diskFull();
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return storeMessages.noPermission();
  return storeMessages.ioError(code ?? 'onbekend');
}
