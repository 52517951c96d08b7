// Builds one Letter from its raw text and its source data: lines and pages,
// then headings, paragraphs and tables, then footnote markers, and finally
// checks the result against the model and against the letter's own metadata.
import { LetterSchema } from '../../core/corpus/model';
import type { FootnoteRef, Letter, Paragraph, Section, Table } from '../../core/corpus/model';
import { parseDutchDate } from '../../core/corpus/dutch-date';
import { segment } from './blocks';
import type { Piece } from './blocks';
import { applyCorrections } from './corrections';
import { joinLines, standaloneNames } from './dehyphenate';
import { footnoteCounter, takeFootnoteMarkers } from './footnotes';
import type { LetterSource } from './letter-source';
import { readPrintedLines } from './lines';
import { slug } from './slug';
import { parseTable } from './tables/parse-table';

const OPENING = { id: 'opening', title: 'Inleiding' } as const;
const SIGNOFF = { id: 'ondertekening', title: 'Ondertekening' } as const;
const DATELINE = /^Den Haag, (\d{1,2} [a-z]+ \d{4})$/u;
const SIGNOFF_START = /^(De|Het) (minister|staatssecretaris) van .+,$/u;

type TextPiece = Extract<Piece, { kind: 'text' }>;

function isSignoff(piece: TextPiece, isLast: boolean): boolean {
  return isLast && SIGNOFF_START.test(piece.lines[0]?.text ?? '');
}

function checkSignoff(paragraph: Paragraph, source: LetterSource): void {
  const [office, name] = paragraph.text.split('\n');
  const squeeze = (text: string | undefined): string =>
    (text ?? '').replace(/\s+/gu, '').toLowerCase();
  if (
    squeeze(office) !== squeeze(`De ${source.sender},`) ||
    squeeze(name) !== squeeze(source.senderName)
  ) {
    throw new Error(
      `${source.id}: the sign-off "${paragraph.text}" does not name ${source.sender}, ${source.senderName}`,
    );
  }
}

function checkDateline(paragraph: Paragraph, source: LetterSource): void {
  const printed = DATELINE.exec(paragraph.text)?.[1] ?? '';
  if (parseDutchDate(printed) !== source.date) {
    throw new Error(
      `${source.id}: the dateline "${paragraph.text}" does not match the date ${source.date}`,
    );
  }
}

export function buildLetter(source: LetterSource, raw: string): Letter {
  const { lines, pageCount } = readPrintedLines(applyCorrections(raw, source.corrections), source);
  const pieces = segment(lines, source);
  const names = standaloneNames(lines.map((line) => line.text).join('\n'));
  const lastTextIndex = pieces.map((piece) => piece.kind).lastIndexOf('text');

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const footnotes: FootnoteRef[] = [];
  const tables: Table[] = [];
  const counter = footnoteCounter(source.footnoteNumbering);
  const inSection = new Map<string, number>();

  const openSection = (section: Section): Section => {
    if (sections.some((existing) => existing.id === section.id)) {
      throw new Error(`${source.id}: two sections would get the id "${section.id}"`);
    }
    sections.push(section);
    return section;
  };
  let current: Section | undefined;

  pieces.forEach((piece, index) => {
    if (piece.kind === 'heading') {
      const { heading } = piece;
      const parentId = heading.parent === undefined ? undefined : slug(heading.parent);
      if (heading.level === 2 && !sections.some((s) => s.id === parentId && s.level === 1)) {
        throw new Error(
          `${source.id}: "${heading.title}" falls under "${heading.parent}", which does not come before it`,
        );
      }
      current = openSection({
        id: slug(heading.title),
        title: heading.title,
        printed: true,
        level: heading.level,
        ...(parentId === undefined ? {} : { parentId }),
        page: piece.page,
      });
      return;
    }
    if (piece.kind === 'table') {
      const previous = paragraphs[paragraphs.length - 1];
      if (!current || !previous)
        throw new Error(`${source.id}: table ${piece.source.id} comes before any paragraph`);
      const parsed = parseTable(
        piece.source,
        piece.lines.map((line) => line.text),
      );
      tables.push({
        id: piece.source.id,
        kind: piece.source.kind,
        caption: parsed.caption,
        title: piece.source.title,
        page: piece.lines[0]?.page ?? previous.page,
        sectionId: current.id,
        afterParagraphId: previous.id,
        rows: parsed.rows,
        series: parsed.series,
        chart: piece.source.chart,
        notes: parsed.notes,
      });
      return;
    }
    const signoff = isSignoff(piece, index === lastTextIndex);
    if (signoff) {
      current = openSection({
        ...SIGNOFF,
        printed: false,
        level: 1,
        page: piece.lines[0]?.page ?? 1,
      });
    } else if (!current) {
      current = openSection({
        ...OPENING,
        printed: false,
        level: 1,
        page: piece.lines[0]?.page ?? 1,
      });
    }
    const { joined, markers } = takeFootnoteMarkers(
      joinLines(piece.lines, signoff ? '\n' : ' ', names),
      counter,
    );
    const k = (inSection.get(current.id) ?? 0) + 1;
    inSection.set(current.id, k);
    const id = `${current.id}-${k}`;
    const lastPage = joined.pageBreaks[joined.pageBreaks.length - 1]?.page;
    const kind = signoff
      ? 'signoff'
      : paragraphs.length === 0 && DATELINE.test(joined.text)
        ? 'dateline'
        : 'body';
    const paragraph: Paragraph = {
      id,
      n: paragraphs.length + 1,
      sectionId: current.id,
      kind,
      page: joined.page,
      ...(lastPage === undefined ? {} : { pageEnd: lastPage }),
      pageBreaks: joined.pageBreaks,
      text: joined.text,
    };
    if (kind === 'dateline') checkDateline(paragraph, source);
    if (kind === 'signoff') checkSignoff(paragraph, source);
    paragraphs.push(paragraph);
    footnotes.push(
      ...markers.map((marker) => ({
        n: marker.n,
        page: marker.page,
        paragraphId: id,
        offset: marker.offset,
      })),
    );
  });

  return LetterSchema.parse({
    id: source.id,
    dossier: source.dossier,
    dossierTitle: source.dossierTitle,
    nr: source.nr,
    vergaderjaar: source.vergaderjaar,
    date: source.date,
    sender: source.sender,
    senderName: source.senderName,
    title: source.title,
    summary: source.summary,
    aliases: source.aliases,
    identifier: source.identifier,
    provenance: source.provenance,
    pageCount,
    sections,
    paragraphs,
    footnotes,
    footnoteNumbering: source.footnoteNumbering,
    tables,
  });
}
