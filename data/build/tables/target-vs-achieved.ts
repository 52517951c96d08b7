// A target against what was achieved, per year: a header row of column labels
// ("Streven Gehaald"), then per year the year and the cells from the left. A
// later year may have only a target; "N.v.t." is printed where none applies.
import type { ParsedTable } from './parsed-table';
import { parsePrintedNumber } from './numbers';

const CELL = /N\.v\.t\.|\d+(?: \([^)]*\))?/gu;

export function parseTargetVsAchieved(lines: readonly string[]): ParsedTable {
  const [headerRow, ...yearRows] = lines;
  if (headerRow === undefined || yearRows.length === 0)
    throw new Error('A target table needs a header and a year');
  const columns = headerRow.split(' ');
  const rows = yearRows.map((row) => {
    const match = /^(\d{4}) (.+)$/u.exec(row);
    if (!match) throw new Error(`Not a year row: "${row}"`);
    const body = match[2] ?? '';
    const cells = body.match(CELL) ?? [];
    if (cells.join(' ') !== body.trim() || cells.length > columns.length) {
      throw new Error(`Cannot read the cells of "${row}"`);
    }
    return [match[1] ?? '', ...cells, ...Array<string>(columns.length - cells.length).fill('')];
  });
  return {
    caption: null,
    rows: [['', ...columns], ...rows],
    series: columns.map((label, column) => ({
      label,
      unit: 'count' as const,
      points: rows.map((row) => ({
        label: row[0] ?? '',
        value: parsePrintedNumber(row[column + 1] ?? ''),
      })),
    })),
    notes: [],
  };
}
