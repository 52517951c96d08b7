// Dates as the letters print them ("2 oktober 2012") and as the model stores
// them (ISO "2012-10-02").

/** The Dutch month names, January first. */
export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** "2012-10-02" → "2 oktober 2012". */
export function formatDutchDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? DUTCH_MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`Not an ISO date: "${isoDate}"`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "2 oktober 2012" → "2012-10-02"; null when the text is not such a date. */
export function parseDutchDate(text: string): string | null {
  const match = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(text.trim());
  if (!match) return null;
  const month = DUTCH_MONTHS.indexOf(match[2] as (typeof DUTCH_MONTHS)[number]) + 1;
  if (month === 0) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}
