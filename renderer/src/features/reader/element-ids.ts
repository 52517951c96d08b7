// DOM ids of the parts of a letter, used by deep links, the contents and focus
// moves. Prefixed so a section "encryptie" and a paragraph "encryptie-1" can
// never collide, nor clash with the app's own ids.
import { createContext, useContext } from 'react';

export const headingElementId = (sectionId: string) => `kop-${sectionId}`;
export const paragraphElementId = (paragraphId: string) => `alinea-${paragraphId}`;
export const tableElementId = (tableId: string) => `tabel-${tableId}`;

/**
 * A prefix for the ids above, for a page that shows two letters at once (the
 * compare view): both letters have an "encryptie" section. Empty in the reader.
 */
export const ElementIdScope = createContext('');

export function useElementIdScope(): string {
  return useContext(ElementIdScope);
}
