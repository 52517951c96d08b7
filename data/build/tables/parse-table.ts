// Reads one flattened table or figure from its raw lines, by its layout.
import type { TableSource } from '../letter-source';
import type { ParsedTable } from './parsed-table';
import { parseQuarterSeries } from './quarter-series';
import { parseShares } from './shares';
import { parseTargetVsAchieved } from './target-vs-achieved';

export function parseTable(source: TableSource, lines: readonly string[]): ParsedTable {
  const [first, ...rest] = lines;
  const caption = source.captionPrinted ? (first ?? null) : null;
  const body = source.captionPrinted ? rest : lines;
  const layout = source.layout;
  const parsed =
    layout.kind === 'quarter-series'
      ? parseQuarterSeries(body, layout.seriesLabel)
      : layout.kind === 'target-vs-achieved'
        ? parseTargetVsAchieved(body)
        : parseShares(body);
  return { ...parsed, caption };
}
