// Numbers as the letters print them, in one place for the whole app: a space
// between thousands ("1 113", "250 000"), a decimal comma ("7,5"), and the
// letter's qualifier before the value ("meer dan 100", "ruim tachtig").
//
// Exported API (stable):
//   formatDutchNumber(value, { maximumDecimals? }): string
//   formatQualified(value, qualifier?, printed?): string
//   QUALIFIERS    the qualifiers curated figures may carry

/** Words the letters put before a number that make it a bound or an estimate. */
export const QUALIFIERS = ['meer dan', 'ruim', 'nagenoeg', 'circa', 'bijna', 'minder dan'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A no-break space: "1 113" never wraps between its groups. */
const GROUP = '\u00a0';

export function formatDutchNumber(
  value: number,
  options: { maximumDecimals?: number } = {},
): string {
  const { maximumDecimals = 2 } = options;
  const factor = 10 ** maximumDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = value < 0 && rounded !== 0 ? '−' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * A value with the qualifier the letter gives it: "meer dan 100". A number the
 * letter prints as a word ("tachtig") is shown as printed.
 */
export function formatQualified(value: number, qualifier?: Qualifier, printed?: string): string {
  const number = printed ?? formatDutchNumber(value);
  return qualifier ? `${qualifier} ${number}` : number;
}
