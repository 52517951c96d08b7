// Numbers as the letters print them: a space between thousands ("1 065"),
// a decimal comma ("11,3%"), a count with its change in brackets ("511 (+7,5%)").

/** The number at the start of a printed cell, or null when it holds none ("N.v.t.", ""). */
export function parsePrintedNumber(cell: string): number | null {
  const match = /^[+-]?\d{1,3}(?: \d{3})*(?:,\d+)?|^[+-]?\d+(?:,\d+)?/u.exec(cell.trim());
  if (!match) return null;
  return Number(match[0].replace(/ /gu, '').replace(',', '.'));
}

/**
 * Splits a flattened row of counts into cells, rejoining thousands groups:
 * a token of one or two digits followed by a token of exactly three digits is
 * one number ("1 065"). Values under 100 never occur next to such groups in
 * the rows this is used for; the expected cell count guards the reading.
 */
export function splitCountRow(row: string, expectedCells: number): string[] {
  const tokens = row.trim().split(/\s+/u);
  const cells: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (/^\d{1,2}$/u.test(token) && next !== undefined && /^\d{3}$/u.test(next)) {
      cells.push(`${token} ${next}`);
      i += 1;
    } else if (/^\d+$/u.test(token)) {
      cells.push(token);
    } else {
      throw new Error(`Not a count: "${token}" in "${row}"`);
    }
  }
  if (cells.length !== expectedCells) {
    throw new Error(`Expected ${expectedCells} counts, read ${cells.length} in "${row}"`);
  }
  return cells;
}
