// The bundled letters, in the order the library lists them.
import type { LetterSource } from '../letter-source';
import { kst3101581 } from './kst-31015-81';
import { kst3101590 } from './kst-31015-90';

export const letterSources: readonly LetterSource[] = [kst3101581, kst3101590];
