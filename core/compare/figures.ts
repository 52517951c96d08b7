// The figures both letters report, checked against the text they come from and
// grouped into series for a chart. A figure's number must literally stand in its
// source (a paragraph or a table cell): a wrong number in a memo is a real failure.
//
// Exported API for the compare view (stable):
//   figureComparisons(figures): FigureComparison[]  groups ordered like-with-like first,
//       with `lead`, `chart` ('line' | 'bar' | null), `noChart` (why not) and `changes`
//   figureCharts(figures): FigureChart[]            the groups as series over time
//   printedColumnLabel(letters, figure)              a table figure's label as printed
//   resolveFigureSource, printedValue, checkFigures  where a figure stands, and the checks
// Values are formatted with core/corpus/dutch-number.ts (formatQualified for a
// figure's qualifier).
import { QUALIFIERS } from '../corpus/dutch-number';
import type { Letter, Paragraph, Table } from '../corpus/model';
import { contentTerms } from './analyze';
import type { Figure, FigureGroup, Figures, PartialDate } from './curated-model';
import { resolvePassage } from './passage';

/** Number words the letters use instead of digits, with the value they stand for. */
export const DUTCH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  tachtig: 80,
  'één derde': 33.3,
};

/** The numbers a text prints, normalised the way the search does ("1 113" → "1113", "7,5"). */
export function numbersIn(text: string): Set<string> {
  return new Set(
    contentTerms(text)
      .filter((t) => t.numeric)
      .map((t) => t.term),
  );
}

/** A value as the normalised numbers of `numbersIn` write it: 7.5 → "7,5". */
export function valueKey(value: number): string {
  return String(value).replace('.', ',');
}

/** Where a text prints a value in digits ("1 113", "250.000", "7,5"), by the normalised numbers of `numbersIn`. */
function digitsOf(text: string, value: number): { start: number; end: number } | undefined {
  const wanted = valueKey(value);
  return contentTerms(text).find((t) => t.numeric && t.term === wanted);
}

/**
 * The figure as its source prints it ("1 113", "250.000", "7,5", "vier"), so the
 * interface shows the letter's own spelling of the number.
 */
export function printedValue(
  text: string,
  figure: Pick<Figure, 'value' | 'printed'>,
): string | null {
  if (figure.printed !== undefined) return figure.printed;
  const found = digitsOf(text, figure.value);
  return found ? text.slice(found.start, found.end) : null;
}

export type FigureSourceResolution =
  | { ok: true; letter: Letter; paragraph: Paragraph; table?: Table; text: string }
  | { ok: false; problem: string };

/**
 * Where a figure is printed. For a table cell, `paragraph` is the paragraph the
 * table follows, so "open the source" lands next to the table.
 */
export function resolveFigureSource(
  letters: readonly Letter[],
  figure: Figure,
): FigureSourceResolution {
  const source = figure.source;
  if ('quote' in source) {
    const found = resolvePassage(letters, source);
    if (!found.ok) return found;
    return {
      ok: true,
      letter: found.match.letter,
      paragraph: found.match.paragraph,
      text: found.match.paragraph.text,
    };
  }
  const letter = letters.find((l) => l.id === source.letterId);
  if (!letter) return { ok: false, problem: `brief ${source.letterId} bestaat niet` };
  const table = letter.tables.find((t) => t.id === source.tableId);
  if (!table) return { ok: false, problem: `tabel ${source.tableId} bestaat niet in ${letter.id}` };
  const cell = table.rows[source.row]?.[source.column];
  if (cell === undefined) {
    return {
      ok: false,
      problem: `tabel ${table.id} heeft geen cel in rij ${source.row}, kolom ${source.column}`,
    };
  }
  const paragraph = letter.paragraphs.find((p) => p.id === table.afterParagraphId);
  if (!paragraph) return { ok: false, problem: `tabel ${table.id} volgt op een onbekende alinea` };
  return { ok: true, letter, paragraph, table, text: cell };
}

/** Why a figure does not match its source, or null when it does. */
export function checkFigure(letters: readonly Letter[], figure: Figure): string | null {
  const source = resolveFigureSource(letters, figure);
  if (!source.ok) return `${figure.id}: ${source.problem}`;
  // A quote must state the figure's own number, not a neighbour's in the same paragraph.
  const cited = 'quote' in figure.source ? figure.source.quote : source.text;
  const stated = statedNumber(figure, cited);
  if ('problem' in stated) return `${figure.id}: ${stated.problem}`;
  return checkQualifier(
    figure,
    cited.slice(0, stated.start),
    cited.slice(stated.start, stated.end),
  );
}

/** Where the cited words print the figure's number, or why they do not. */
function statedNumber(
  figure: Figure,
  cited: string,
): { start: number; end: number } | { problem: string } {
  if (figure.printed === undefined) {
    const found = digitsOf(cited, figure.value);
    return (
      found ?? {
        problem: `${valueKey(figure.value)} staat niet in de bron ("${cited.slice(0, 80)}…")`,
      }
    );
  }
  const word = figure.printed.toLowerCase();
  const meant = DUTCH_NUMBER_WORDS[word];
  if (meant === undefined) return { problem: `onbekend getalwoord "${figure.printed}"` };
  // A whole word: "twee" does not stand in "tweede".
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').exec(cited);
  if (!found) return { problem: `"${figure.printed}" staat niet in de bron` };
  if (meant !== figure.value)
    return { problem: `"${figure.printed}" is ${meant}, niet ${figure.value}` };
  return { start: found.index, end: found.index + word.length };
}

/** The qualifier must be the one the letter prints before the number, and not be left out. */
function checkQualifier(figure: Figure, before: string, number: string): string | null {
  const printed = QUALIFIERS.find((q) => before.toLowerCase().endsWith(`${q} `));
  if (printed === figure.qualifier) return null;
  if (printed === undefined)
    return `${figure.id}: de bron zegt niet "${figure.qualifier} ${number}"`;
  return `${figure.id}: de bron zegt "${printed} ${number}"; neem "${printed}" op als qualifier`;
}

/** Every figure that does not match its source, or belongs to no group, or breaks its group's unit. */
export function checkFigures(figures: Figures, letters: readonly Letter[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const figure of figures.figures) {
    if (ids.has(figure.id)) problems.push(`${figure.id}: komt twee keer voor`);
    ids.add(figure.id);
    const group = figures.groups.find((g) => g.id === figure.group);
    if (!group) problems.push(`${figure.id}: groep ${figure.group} bestaat niet`);
    else if (group.unit !== figure.unit)
      problems.push(`${figure.id}: eenheid ${figure.unit}, groep ${group.id} telt ${group.unit}`);
    if (
      figure.referenceEnd !== undefined &&
      dateSortKey(figure.referenceEnd) < dateSortKey(figure.referenceDate)
    ) {
      problems.push(`${figure.id}: periode eindigt voor zij begint`);
    }
    const mismatch = checkFigure(letters, figure);
    if (mismatch) problems.push(mismatch);
  }
  for (const group of figures.groups) {
    if (!figures.figures.some((f) => f.group === group.id))
      problems.push(`groep ${group.id} heeft geen cijfers`);
  }
  return problems;
}

const QUARTER_MIDDLE = { Q1: '02-15', Q2: '05-15', Q3: '08-15', Q4: '11-15' } as const;

/**
 * A sortable form of a partial date: the middle of the period it names, so that
 * "zomer van 2012", stored as the year 2012, sorts among the summer's events and
 * not before 1 januari 2012.
 */
export function dateSortKey(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return `${year}-07-01`;
  if (month.startsWith('Q'))
    return `${year}-${QUARTER_MIDDLE[month as keyof typeof QUARTER_MIDDLE]}`;
  return `${year}-${month}-${day ?? '15'}`;
}

export interface FigurePoint {
  referenceDate: PartialDate;
  value: number;
  figure: Figure;
}

export interface FigureSeries {
  name: string;
  points: FigurePoint[];
}

export interface FigureChart {
  group: FigureGroup;
  /** Every reference date any series has a point at, in time order. */
  dates: PartialDate[];
  series: FigureSeries[];
  /** The letters the group's figures come from. */
  letterIds: string[];
}

/** The figures of each group as series over time, in the groups' order. */
export function figureCharts(figures: Figures): FigureChart[] {
  return figures.groups.map((group) => {
    const members = figures.figures.filter((f) => f.group === group.id);
    const series: FigureSeries[] = [];
    for (const figure of members) {
      let line = series.find((s) => s.name === figure.series);
      if (!line) {
        line = { name: figure.series, points: [] };
        series.push(line);
      }
      line.points.push({ referenceDate: figure.referenceDate, value: figure.value, figure });
    }
    for (const line of series)
      line.points.sort((a, b) =>
        dateSortKey(a.referenceDate).localeCompare(dateSortKey(b.referenceDate)),
      );
    const dates = [...new Set(members.map((f) => f.referenceDate))].sort((a, b) =>
      dateSortKey(a).localeCompare(dateSortKey(b)),
    );
    return { group, dates, series, letterIds: [...new Set(members.map((f) => f.source.letterId))] };
  });
}

/**
 * The label of a table figure's column exactly as the letter prints it, one line per
 * printed row (nr. 81: ["4e kwart.", "2009"], then ["1", "2010"]); null when the
 * figure comes from a paragraph or the table prints its labels as they are.
 */
export function printedColumnLabel(letters: readonly Letter[], figure: Figure): string[] | null {
  const source = figure.source;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a quoted figure names no table, so the lookup below finds none either; the check narrows the type
  if ('quote' in source) return null;
  const table = letters
    .find((letter) => letter.id === source.letterId)
    ?.tables.find((t) => t.id === source.tableId);
  return table?.series[0]?.points[source.column]?.printed ?? null;
}

/** Why a group gets no chart: one value, a total beside its parts, or series that count different things. */
export type NoChartReason = 'single-value' | 'total-and-parts' | 'separate-series';

export interface FigureComparison extends FigureChart {
  /** Reported in both letters, or a series at two or more dates: these lead the list. */
  lead: boolean;
  /** How to draw it: a line over time, bars for one date; null when no chart would be honest. */
  chart: 'line' | 'bar' | null;
  noChart?: NoChartReason;
  /** Every series with two or more points: its first and last, the change a reader looks for. */
  changes: { series: string; from: FigurePoint; to: FigurePoint }[];
}

/**
 * The figure groups as the compare view should show them: like compared with
 * like first (figures both letters report, or one figure at two dates), and a
 * chart only where it does not mislead.
 */
export function figureComparisons(figures: Figures): FigureComparison[] {
  const comparisons = figureCharts(figures).map((chart): FigureComparison => {
    const points = chart.series.flatMap((s) => s.points);
    const changes = chart.series
      .filter((s) => s.points.length >= 2)
      .map((s) => ({
        series: s.name,
        from: s.points[0] as FigurePoint,
        to: s.points[s.points.length - 1] as FigurePoint,
      }));
    const lead = chart.letterIds.length > 1 || changes.length > 0;
    const noChart: NoChartReason | undefined =
      points.length <= 1
        ? 'single-value'
        : points.some((p) => p.figure.total) && chart.series.length > 1
          ? 'total-and-parts'
          : chart.group.separate
            ? 'separate-series'
            : undefined;
    const chartKind = noChart ? null : chart.dates.length > 1 ? 'line' : 'bar';
    return { ...chart, lead, chart: chartKind, ...(noChart ? { noChart } : {}), changes };
  });
  return [...comparisons.filter((c) => c.lead), ...comparisons.filter((c) => !c.lead)];
}
