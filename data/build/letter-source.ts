// What the builder needs to know about one letter beyond its raw text: the
// official metadata (with where each fact comes from) and the decisions the
// raw text cannot make on its own. Every decision carries the reason for it.
import type { Letter, Provenance, Table } from '../../core/corpus/model';

/** A printed heading. Level 2 headings name their level-1 parent. */
export interface HeadingSource {
  title: string;
  level: 1 | 2;
  /** The title of the level-1 heading this one falls under. */
  parent?: string;
}

/**
 * A line the page-start rule (a leading space) cannot decide.
 * - `space-only`: the line holding only a space that comes before the next line
 *   whose text starts with `nextText`.
 * - `line`: the line whose text (after its leading space) starts with `text`.
 */
export type PageStartDecision =
  | { kind: 'space-only'; nextText: string; pageStart: boolean; reason: string }
  | { kind: 'line'; text: string; pageStart: boolean; reason: string };

/** A repair of an extraction artifact; `find` must occur exactly once in the raw text. */
export interface Correction {
  find: string;
  replace: string;
  reason: string;
}

/** How a flattened table or figure is laid out in the raw text. */
export type TableLayout =
  /** A row of quarter labels, a row of years, a row of counts (thousands written with a space). */
  | { kind: 'quarter-series'; seriesLabel: string }
  /** A header row of column labels, then one row per year: year, then the cells from the left. */
  | { kind: 'target-vs-achieved' }
  /** A row of category labels, the period, a note in brackets, a row of percentages. */
  | { kind: 'shares' };

export interface TableSource {
  id: string;
  kind: Table['kind'];
  layout: TableLayout;
  /** The text of the table's first raw line (after corrections, without a leading space). */
  firstLine: string;
  /** The text of its last raw line. */
  lastLine: string;
  /** Whether the first line is the printed caption ("Figuur 1: …"). */
  captionPrinted: boolean;
  title: string;
  chart: Table['chart'];
  /** Why the table is read the way it is. */
  reason: string;
}

type Metadata = Pick<
  Letter,
  | 'id'
  | 'dossier'
  | 'dossierTitle'
  | 'nr'
  | 'vergaderjaar'
  | 'date'
  | 'sender'
  | 'senderName'
  | 'title'
  | 'summary'
  | 'aliases'
  | 'identifier'
  | 'footnoteNumbering'
>;

export interface LetterSource extends Metadata {
  /** The raw text's file name in data/letters. */
  file: string;
  /** Where each metadata fact comes from, keyed by field name. */
  provenance: Record<string, Provenance>;
  /** Every printed heading, in order of appearance. */
  headings: HeadingSource[];
  /** Why the headings are nested the way they are. */
  headingLevelsReason: string;
  pageStarts: PageStartDecision[];
  corrections: Correction[];
  tables: TableSource[];
}
