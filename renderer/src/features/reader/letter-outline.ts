// The reading order of a letter: its sections as a tree (level-2 sections
// inside their level-1 parent), each with its paragraphs and the tables that
// follow them; and where in that order a new printed page begins, so the
// reader can put "p. 3" in the margin at the right heading, paragraph or table.
import { FONT_SCALE_RANGE } from '@core/contract/settings';
import type { Letter, Paragraph, Section, Table } from '@core/corpus/model';
import type { TextRange } from './highlight';

export type Block = { kind: 'paragraph'; paragraph: Paragraph } | { kind: 'table'; table: Table };

export interface SectionNode {
  section: Section;
  blocks: Block[];
  children: SectionNode[];
}

export function letterOutline(
  letter: Pick<Letter, 'sections' | 'paragraphs' | 'tables'>,
): SectionNode[] {
  const nodes = new Map<string, SectionNode>();
  for (const section of letter.sections)
    nodes.set(section.id, { section, blocks: [], children: [] });

  const tablesAfter = new Map<string, Table[]>();
  for (const table of letter.tables) {
    tablesAfter.set(table.afterParagraphId, [
      ...(tablesAfter.get(table.afterParagraphId) ?? []),
      table,
    ]);
  }
  for (const paragraph of letter.paragraphs) {
    const node = nodes.get(paragraph.sectionId);
    if (!node) continue;
    node.blocks.push({ kind: 'paragraph', paragraph });
    for (const table of tablesAfter.get(paragraph.id) ?? [])
      node.blocks.push({ kind: 'table', table });
  }

  const roots: SectionNode[] = [];
  for (const section of letter.sections) {
    const node = nodes.get(section.id) as SectionNode;
    const parent =
      section.level === 2 && section.parentId ? nodes.get(section.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

// The reading column is 37 em wide and its lines 1.7 em apart, at 19 px times the
// text size (styles/theme.css); no face here averages under 0.39 em a character.
const FULLEST_LINE = 95;
const SMALLEST_LINE_PX = 1.7 * 19 * FONT_SCALE_RANGE.min;

/**
 * How many blocks (paragraphs and tables, in reading order) the first render needs
 * to fill a window `heightPx` high: each block is counted at the least height it
 * can take (its characters on lines as full as the column allows, a table's rows as
 * lines, each heading as a line, at the smallest text size, with no margins), so
 * the blocks drawn always reach below the window's bottom edge.
 */
export function firstScreenBlocks(outline: SectionNode[], heightPx: number): number {
  let lines = 0;
  let blocks = 0;
  const filled = () => lines * SMALLEST_LINE_PX >= heightPx;
  const visit = ({ blocks: sectionBlocks, children }: SectionNode) => {
    if (filled()) return;
    lines += 1;
    for (const block of sectionBlocks) {
      if (filled()) return;
      blocks += 1;
      lines +=
        block.kind === 'paragraph'
          ? Math.ceil(block.paragraph.text.length / FULLEST_LINE)
          : block.table.rows.length;
    }
    children.forEach(visit);
  };
  outline.forEach(visit);
  return blocks;
}

/** Keys of the things a page can begin at. */
export const pageKey = {
  heading: (sectionId: string) => `kop:${sectionId}`,
  paragraph: (paragraphId: string) => `alinea:${paragraphId}`,
  table: (tableId: string) => `tabel:${tableId}`,
};

/**
 * For each heading, paragraph or table at which a new printed page begins, that
 * page. The first page is marked too, so every page of the letter has a marker.
 * Pages that begin inside a paragraph are its `pageBreaks`, placed in its text.
 */
export function pageStarts(outline: SectionNode[]): Map<string, number> {
  const starts = new Map<string, number>();
  let current = 0;
  const visit = (node: SectionNode) => {
    if (node.section.printed && node.section.page > current) {
      starts.set(pageKey.heading(node.section.id), node.section.page);
      current = node.section.page;
    }
    for (const block of node.blocks) {
      if (block.kind === 'paragraph') {
        const { paragraph } = block;
        if (paragraph.page > current) starts.set(pageKey.paragraph(paragraph.id), paragraph.page);
        current = Math.max(current, paragraph.pageEnd ?? paragraph.page);
      } else {
        if (block.table.page > current) starts.set(pageKey.table(block.table.id), block.table.page);
        current = Math.max(current, block.table.page);
      }
    }
    node.children.forEach(visit);
  };
  outline.forEach(visit);
  return starts;
}

/** The paragraph a deep link points at: the paragraph itself, a section's first one, or the first highlight. */
export function targetParagraph(
  letter: Pick<Letter, 'paragraphs' | 'sections'>,
  targetId: string | undefined,
  highlights: Map<string, TextRange[]>,
): string | undefined {
  if (targetId) {
    if (letter.paragraphs.some((p) => p.id === targetId)) return targetId;
    const inSection = (sectionId: string) =>
      sectionId === targetId ||
      letter.sections.find((s) => s.id === sectionId)?.parentId === targetId;
    return letter.paragraphs.find((p) => inSection(p.sectionId))?.id;
  }
  return letter.paragraphs.find((p) => highlights.has(p.id))?.id;
}
