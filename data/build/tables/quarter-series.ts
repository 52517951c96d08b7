// A series per quarter, flattened into three rows: quarter labels
// ("4e kwart. 1 2 3 4 …": the first column names its quarter in full, the rest
// by number), the year under each quarter, and the counts. The table's header
// and the chart's labels are normalised ("4e kw. 2009"); each point also keeps
// the label as printed (["4e kwart.", "2009"], then ["1", "2010"]).
import type { ParsedTable } from './parsed-table';
import { parsePrintedNumber, splitCountRow } from './numbers';

export function parseQuarterSeries(lines: readonly string[], seriesLabel: string): ParsedTable {
  const [quarterRow, yearRow, countRow, ...rest] = lines;
  if (
    quarterRow === undefined ||
    yearRow === undefined ||
    countRow === undefined ||
    rest.length > 0
  ) {
    throw new Error(`A quarter series has three rows, found ${lines.length}`);
  }
  const head = /^([1-4])e kwart\.((?: [1-4])*)$/u.exec(quarterRow);
  if (!head) throw new Error(`Not a row of quarters: "${quarterRow}"`);
  const quarters = [Number(head[1]), ...(head[2] ?? '').trim().split(' ').map(Number)];
  const years = yearRow.split(' ');
  if (years.length !== quarters.length || !years.every((year) => /^\d{4}$/u.test(year))) {
    throw new Error(`Expected ${quarters.length} years under the quarters, found "${yearRow}"`);
  }
  quarters.forEach((quarter, i) => {
    if (i === 0) return;
    const previous = quarters[i - 1] ?? 0;
    const expectedYear = Number(years[i - 1]) + (quarter === 1 ? 1 : 0);
    if (quarter !== (previous % 4) + 1 || Number(years[i]) !== expectedYear) {
      throw new Error(
        `Quarter ${quarter} of ${years[i]} does not follow quarter ${previous} of ${years[i - 1]}`,
      );
    }
  });
  const counts = splitCountRow(countRow, quarters.length);
  const labels = quarters.map((quarter, i) => `${quarter}e kw. ${years[i]}`);
  return {
    caption: null,
    rows: [labels, counts],
    series: [
      {
        label: seriesLabel,
        unit: 'count',
        points: labels.map((label, i) => ({
          label,
          printed: [i === 0 ? `${quarters[0]}e kwart.` : String(quarters[i]), years[i] ?? ''],
          value: parsePrintedNumber(counts[i] ?? ''),
        })),
      },
    ],
    notes: [],
  };
}
