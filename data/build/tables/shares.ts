// Shares of a whole in one period: a row of category labels, the period, the
// base in brackets ("(N=480 zaken)") and a row of percentages.
import type { ParsedTable } from './parsed-table';
import { parsePrintedNumber } from './numbers';

export function parseShares(lines: readonly string[]): ParsedTable {
  const [labelRow, period, base, valueRow, ...rest] = lines;
  if (
    labelRow === undefined ||
    period === undefined ||
    base === undefined ||
    valueRow === undefined ||
    rest.length
  ) {
    throw new Error(`A shares figure has four rows, found ${lines.length}`);
  }
  if (!/^\d{4}$/u.test(period)) throw new Error(`Not a period: "${period}"`);
  const note = /^\((.+)\)$/u.exec(base)?.[1];
  if (!note) throw new Error(`Not a base in brackets: "${base}"`);
  const labels = labelRow.split(' ');
  const values = valueRow.split(' ');
  if (values.length !== labels.length || !values.every((value) => /^\d+(?:,\d+)?%$/u.test(value))) {
    throw new Error(`Expected ${labels.length} percentages, found "${valueRow}"`);
  }
  return {
    caption: null,
    rows: [
      ['', ...labels],
      [period, ...values],
    ],
    series: [
      {
        label: period,
        unit: 'percent',
        points: labels.map((label, i) => ({ label, value: parsePrintedNumber(values[i] ?? '') })),
      },
    ],
    notes: [note],
  };
}
