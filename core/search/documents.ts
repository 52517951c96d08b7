// What the search engine finds: paragraphs, section headings, tables and notes,
// each as one document with the place in the letter a result opens.
import type { Corpus, Letter, Table } from '../corpus/model';

export type SearchDocKind = 'paragraph' | 'section' | 'table' | 'note';

export interface SearchDoc {
  kind: SearchDocKind;
  letterId: string;
  /** The letter's number, e.g. 81 (with the dossier it makes the citation). */
  nr: number;
  /** The paragraph a result opens: for a heading its first paragraph, for a table the one it follows. */
  paragraphId: string;
  sectionId: string;
  page: number;
  /** The page a paragraph ends on, when it crosses a page break. */
  pageEnd?: number;
  /** The text searched and shown, exactly as in the corpus (accents and all). */
  text: string;
  /** Only for a table. */
  tableId?: string;
  /** Only for a note. */
  noteId?: string;
}

/** What search needs to know about a letter to resolve "brief:april" and "april 2013". */
export interface SearchLetter {
  id: string;
  nr: number;
  date: string;
  title: string;
  aliases: string[];
}

export interface SearchSection {
  letterId: string;
  id: string;
  title: string;
  parentId?: string;
}

function tableText(table: Table): string {
  const heading = table.caption ?? table.title;
  const rows = table.rows.map((row) => row.join(' · '));
  return [heading, ...rows, ...table.notes].join('\n');
}

function letterDocs(letter: Letter): SearchDoc[] {
  const base = { letterId: letter.id, nr: letter.nr };
  const docs: SearchDoc[] = [];
  for (const section of letter.sections) {
    const first = letter.paragraphs.find((paragraph) => paragraph.sectionId === section.id);
    if (!section.printed || !first) continue;
    docs.push({
      ...base,
      kind: 'section',
      paragraphId: first.id,
      sectionId: section.id,
      page: section.page,
      text: section.title,
    });
  }
  for (const paragraph of letter.paragraphs) {
    docs.push({
      ...base,
      kind: 'paragraph',
      paragraphId: paragraph.id,
      sectionId: paragraph.sectionId,
      page: paragraph.page,
      ...(paragraph.pageEnd === undefined ? {} : { pageEnd: paragraph.pageEnd }),
      text: paragraph.text,
    });
  }
  for (const table of letter.tables) {
    docs.push({
      ...base,
      kind: 'table',
      paragraphId: table.afterParagraphId,
      sectionId: table.sectionId,
      page: table.page,
      text: tableText(table),
      tableId: table.id,
    });
  }
  return docs;
}

/** Every searchable piece of the corpus, in reading order per letter. */
export function corpusDocs(corpus: Corpus): SearchDoc[] {
  return corpus.letters.flatMap(letterDocs);
}

export function corpusLetters(corpus: Corpus): SearchLetter[] {
  return corpus.letters.map((letter) => ({
    id: letter.id,
    nr: letter.nr,
    date: letter.date,
    title: letter.title,
    aliases: letter.aliases,
  }));
}

export function corpusSections(corpus: Corpus): SearchSection[] {
  return corpus.letters.flatMap((letter) =>
    letter.sections.map((section) => ({
      letterId: letter.id,
      id: section.id,
      title: section.title,
      ...(section.parentId === undefined ? {} : { parentId: section.parentId }),
    })),
  );
}
