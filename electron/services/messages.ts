// What the services tell the user about a request they cannot carry out, in Dutch.
export const serviceMessages = {
  unknownLetter: (letterId: string) =>
    `De brief ${letterId} zit niet in Naslag. De notitie is niet opgeslagen; kies een passage in een van de meegeleverde brieven.`,
  unknownParagraph: (paragraphId: string, letterId: string) =>
    `Alinea "${paragraphId}" bestaat niet in brief ${letterId}. Er is niets opgeslagen; open de brief opnieuw en kies de passage nog eens.`,
  quoteWithoutPosition: () =>
    'Een notitie met een positie moet ook het citaat bevatten. Er is niets opgeslagen; selecteer de passage opnieuw.',
  positionOutsideLetter: () =>
    'De geselecteerde passage valt buiten de brief. Er is niets opgeslagen; selecteer de passage opnieuw.',
} as const;
