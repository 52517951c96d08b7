// The debate brief as a Word document, because staff write their memos in
// Word. Same structure and the same citations as the Markdown (both come from
// buildBrief); the passages are Word quotes, the user's light Markdown
// (paragraphs, lists, emphasis, https links) becomes Word formatting. Uses the
// docx library, which writes valid Office Open XML in Node and the browser
// alike, instead of hand-assembling XML parts and a zip.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { ParagraphChild } from 'docx';
import MarkdownIt from 'markdown-it';
import type { Brief } from './brief';
import { briefMessages } from './messages';
import type { Note } from './model';

const NUMBERED = 'naslag-numbered';
const BULLETS = 'naslag-bullets';

// Only the light Markdown a note may hold; html off so markup stays text.
const noteMarkdown = new MarkdownIt('commonmark', { html: false, breaks: true, linkify: true });
noteMarkdown.disable(['image', 'heading', 'lheading', 'hr', 'code', 'fence', 'blockquote']);

export async function briefDocx(brief: Brief): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(briefDocument(brief)));
}

export function briefDocument(brief: Brief): Document {
  const children: Paragraph[] = [new Paragraph({ text: brief.title, heading: HeadingLevel.TITLE })];
  children.push(...markdownParagraphs(brief.intro));
  if (brief.groups.length === 0 && brief.orphans.length === 0)
    children.push(new Paragraph(briefMessages.empty));
  for (const group of brief.groups) {
    children.push(new Paragraph({ text: group.heading, heading: HeadingLevel.HEADING_1 }));
    for (const section of group.sections) {
      children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
      for (const entry of section.entries)
        children.push(passage(entry.passage), ...noteParagraphs(entry.note, entry.citation));
    }
  }
  if (brief.orphans.length > 0) {
    children.push(
      new Paragraph({ text: briefMessages.orphansHeading, heading: HeadingLevel.HEADING_1 }),
      new Paragraph(briefMessages.orphansIntro),
    );
    for (const orphan of brief.orphans)
      children.push(
        ...(orphan.quoted ? [passage(orphan.quoted)] : []),
        ...noteParagraphs(orphan.note, orphan.citation),
      );
  }
  return new Document({
    title: brief.title,
    creator: 'Naslag',
    styles: {
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 720 } },
        },
      ],
    },
    numbering: {
      config: [
        listNumbering(BULLETS, LevelFormat.BULLET, ['•', '◦', '▪']),
        listNumbering(NUMBERED, LevelFormat.DECIMAL, ['%1.', '%2.', '%3.']),
      ],
    },
    sections: [{ children }],
  });
}

function listNumbering(
  reference: string,
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  texts: string[],
) {
  return {
    reference,
    levels: texts.map((text, level) => ({
      level,
      format,
      text,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  };
}

/** A passage of the letter, exactly as it reads, as a Word quote. */
function passage(text: string): Paragraph {
  return new Paragraph({
    style: 'Quote',
    children: text
      .split('\n')
      .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
  });
}

function noteParagraphs(note: Note, citation: string): Paragraph[] {
  return [
    ...markdownParagraphs(note.body),
    ...(note.tags.length > 0
      ? [new Paragraph(`${briefMessages.tagsLabel}: ${note.tags.join(' · ')}`)]
      : []),
    new Paragraph(`${briefMessages.sourceLabel}: ${citation}`),
  ];
}

/** The user's light Markdown as Word paragraphs, list items and runs. */
export function markdownParagraphs(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lists: ('bullet' | 'ordered')[] = [];
  // Each ordered list restarts at 1: a new numbering instance per list.
  let listInstance = 0;
  for (const token of noteMarkdown.parse(source, {})) {
    if (token.type === 'bullet_list_open') lists.push('bullet');
    else if (token.type === 'ordered_list_open') {
      lists.push('ordered');
      listInstance++;
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close')
      lists.pop();
    else if (token.type === 'inline') {
      const kind = lists.at(-1);
      const level = lists.length - 1;
      paragraphs.push(
        new Paragraph({
          children: inlineRuns(token.children ?? []),
          ...(kind === 'bullet' ? { numbering: { reference: BULLETS, level } } : {}),
          ...(kind === 'ordered'
            ? { numbering: { reference: NUMBERED, level, instance: listInstance } }
            : {}),
        }),
      );
    }
  }
  return paragraphs;
}

type Token = ReturnType<typeof noteMarkdown.parse>[number];

function inlineRuns(tokens: Token[]): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let bold = false;
  let italics = false;
  let link: { href: string; runs: TextRun[] } | null = null;
  const add = (run: TextRun) => (link ? link.runs.push(run) : runs.push(run));
  for (const token of tokens) {
    if (token.type === 'strong_open' || token.type === 'strong_close')
      bold = token.type === 'strong_open';
    else if (token.type === 'em_open' || token.type === 'em_close')
      italics = token.type === 'em_open';
    else if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      link = href.startsWith('https://') ? { href, runs: [] } : null;
    } else if (token.type === 'link_close') {
      if (link) runs.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
      link = null;
    } else if (token.type === 'softbreak' || token.type === 'hardbreak')
      add(new TextRun({ text: '', break: 1 }));
    else if (token.type === 'text' || token.type === 'code_inline')
      add(
        new TextRun({
          text: token.content,
          bold,
          italics,
          ...(link ? { style: 'Hyperlink' } : {}),
        }),
      );
  }
  return runs;
}
