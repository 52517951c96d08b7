// Month names for the interface's dates. The Dutch ones are the letters' own
// (core/corpus/dutch-date.ts); the English ones live here.
export { DUTCH_MONTHS } from '@core/corpus/dutch-date';

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
