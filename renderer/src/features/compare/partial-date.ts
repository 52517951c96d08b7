// Dates as precise as the letters give them ("2012", "2012-Q2", "2012-10",
// "2012-10-01"), shown in words without inventing a day the letter never gave.
import type { PartialDate } from '@core/compare/curated-model';
import type { Translate } from '../../i18n/i18n';

export function formatPartialDate(t: Translate, date: PartialDate): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return t('compare.quarter', Number(quarter[2]), Number(quarter[1]));
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined) return date;
  if (month === undefined) return String(year);
  if (day === undefined) return t('compare.monthYear', month, year);
  return t('format.date', year, month, day);
}

export function formatPeriod(t: Translate, from: PartialDate, to: PartialDate | undefined): string {
  return to === undefined
    ? formatPartialDate(t, from)
    : t('compare.period', formatPartialDate(t, from), formatPartialDate(t, to));
}
