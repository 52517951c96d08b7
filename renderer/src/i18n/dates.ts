// Dates as the interface shows them ("2 oktober 2012"), from the corpus's ISO
// dates. Parsed by hand rather than with Date, so no time zone can shift a day.
import type { Translate } from './i18n';

export function formatDate(t: Translate, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return t('format.date', Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A moment in the user's own time zone, with the time: "2 oktober 2012, 14:05". */
export function formatDateTime(t: Translate, moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  return `${formatDate(t, day)}, ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
