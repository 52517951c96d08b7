// The contract's own words: what a caller hears when a call never reaches a service. Free of
// imports, so the preload can bundle them without the schemas.
export const contractMessages = {
  unknownChannel: 'Onbekende opdracht.',
  callFailed: (reason: string) =>
    `De opdracht kon niet worden uitgevoerd (${reason}). Probeer het opnieuw; start Naslag opnieuw als dit blijft gebeuren.`,
};
