// The debate brief: a user's notes as a document to take into a debate or
// paste into a memo. Per note it gives the passage as it stands in the letter
// now, the note, its labels and the pinpoint citation of the pages the passage
// is on. Notes sit under one heading per group (letter, theme or label) and
// one per section within it. Notes whose passage cannot be found are listed
// apart as "niet gevonden", with the quote as it was saved. buildBrief gives
// the structure; formatBrief writes it as Markdown, brief-docx.ts as Word.
import { formatCitation } from '../corpus/citation';
import { letterText, pageOfOffset, paragraphOffsets } from '../corpus/letter-text';
import type { Corpus, Letter } from '../corpus/model';
import { anchorNotes, paragraphAt } from './anchor';
import type { Anchor } from './anchor';
import { blockQuote, escapeInline, escapeUserMarkdown } from './markdown-escape';
import { briefMessages } from './messages';
import type { Note } from './model';

export type BriefGrouping = 'letter' | 'theme' | 'tag';

export interface BriefOptions {
  groupBy: BriefGrouping;
  /** The theme a paragraph belongs to; by default the title of its main section. */
  themeOf?: (letter: Letter, paragraphId: string) => string | undefined;
  /** Note ids in the order the user put them; within a section this order wins over reading order. */
  order?: readonly string[];
  /** The user's introduction, in light Markdown. */
  intro?: string;
}

export interface BriefEntry {
  note: Note;
  /** The passage as the letter reads now (for a whole-paragraph note, the paragraph). */
  passage: string;
  /** Pinpoint citation with the page range the passage spans. */
  citation: string;
}

export interface BriefSection {
  heading: string;
  entries: BriefEntry[];
}

export interface BriefGroup {
  heading: string;
  sections: BriefSection[];
}

export interface BriefOrphan {
  note: Note;
  /** The quote (or a paragraph's opening words) as it was saved. */
  quoted: string | undefined;
  citation: string;
}

export interface Brief {
  title: string;
  intro: string;
  groups: BriefGroup[];
  orphans: BriefOrphan[];
}

interface PlacedNote {
  note: Note;
  letter: Letter;
  anchor: Extract<Anchor, { start: number }>;
  order: number;
}

export function buildBrief(notes: readonly Note[], corpus: Corpus, options: BriefOptions): Brief {
  const anchors = anchorNotes(notes, corpus);
  const letterOrder = new Map(corpus.letters.map((letter, index) => [letter.id, index]));
  const placed: PlacedNote[] = [];
  const orphans: BriefOrphan[] = [];
  for (const note of notes) {
    const anchor = anchors.get(note.id);
    const letter = corpus.letters.find((l) => l.id === note.letterId);
    if (letter && anchor && anchor.start !== null) {
      placed.push({
        note,
        letter,
        anchor,
        order: (letterOrder.get(letter.id) ?? 0) * 1e9 + anchor.start,
      });
    } else {
      orphans.push(orphanEntry(note, letter));
    }
  }
  placed.sort((a, b) => a.order - b.order);
  const userOrder = new Map(options.order?.map((id, index) => [id, index]));
  const rank = (member: PlacedNote) => userOrder.get(member.note.id) ?? Infinity;

  const groups = [...grouped(placed, options)].map(([heading, members]) => {
    const sections = new Map<string, PlacedNote[]>();
    for (const member of members) {
      const key = sectionHeading(member, options.groupBy);
      sections.set(key, [...(sections.get(key) ?? []), member]);
    }
    return {
      heading,
      sections: [...sections].map(([sectionTitle, inSection]) => ({
        heading: sectionTitle,
        // Stable: notes the user did not move keep their reading order.
        entries: [...inSection].sort((a, b) => rank(a) - rank(b)).map(entry),
      })),
    };
  });
  return { title: briefMessages.title, intro: options.intro?.trim() ?? '', groups, orphans };
}

export function formatBrief(notes: readonly Note[], corpus: Corpus, options: BriefOptions): string {
  return briefMarkdown(buildBrief(notes, corpus, options));
}

/**
 * The brief as Markdown. Letter text is escaped completely; the user's own
 * Markdown (lists, emphasis, links) is kept, but cannot add headings, quotes,
 * code or HTML that would pass for the brief's own structure or a passage.
 */
export function briefMarkdown(brief: Brief): string {
  const parts = [`# ${brief.title}`];
  if (brief.intro) parts.push(escapeUserMarkdown(brief.intro));
  if (brief.groups.length === 0 && brief.orphans.length === 0) parts.push(briefMessages.empty);
  for (const group of brief.groups) {
    parts.push(`## ${escapeInline(group.heading)}`);
    for (const section of group.sections) {
      parts.push(`### ${escapeInline(section.heading)}`);
      for (const item of section.entries)
        parts.push(blockQuote(item.passage), ...noteLines(item.note, item.citation));
    }
  }
  if (brief.orphans.length > 0) {
    parts.push(`## ${briefMessages.orphansHeading}`, briefMessages.orphansIntro);
    for (const orphan of brief.orphans)
      parts.push(
        ...(orphan.quoted ? [blockQuote(orphan.quoted)] : []),
        ...noteLines(orphan.note, orphan.citation),
      );
  }
  return `${parts.join('\n\n')}\n`;
}

function grouped(placed: PlacedNote[], options: BriefOptions): Map<string, PlacedNote[]> {
  const groups = new Map<string, PlacedNote[]>();
  const add = (key: string, member: PlacedNote) =>
    groups.set(key, [...(groups.get(key) ?? []), member]);
  for (const member of placed) {
    if (options.groupBy === 'letter') add(letterHeading(member.letter), member);
    else if (options.groupBy === 'theme') add(themeOf(member, options), member);
    else if (member.note.tags.length === 0) add(briefMessages.untagged, member);
    else for (const tag of member.note.tags) add(tag, member);
  }
  if (options.groupBy !== 'tag') return groups;
  // Labels alphabetically, the untagged last.
  const keys = [...groups.keys()].sort((a, b) =>
    a === briefMessages.untagged ? 1 : b === briefMessages.untagged ? -1 : a.localeCompare(b, 'nl'),
  );
  return new Map(keys.map((key) => [key, groups.get(key)!]));
}

function letterHeading(letter: Letter): string {
  return `${formatCitation(letter)}: ${letter.title}`;
}

/** The section of a paragraph that anchoring found, so one the letter has. */
function sectionOf(letter: Letter, paragraphId: string) {
  const paragraph = letter.paragraphs.find((p) => p.id === paragraphId)!;
  return letter.sections.find((s) => s.id === paragraph.sectionId);
}

function mainSection(letter: Letter, paragraphId: string) {
  const section = sectionOf(letter, paragraphId);
  return section?.parentId
    ? (letter.sections.find((s) => s.id === section.parentId) ?? section)
    : section;
}

function themeOf(member: PlacedNote, options: BriefOptions): string {
  const { letter, anchor } = member;
  return (
    options.themeOf?.(letter, anchor.paragraphId) ??
    mainSection(letter, anchor.paragraphId)?.title ??
    letter.title
  );
}

/** Under a letter's heading the section's title is enough; elsewhere it also names the letter. */
function sectionHeading({ letter, anchor }: PlacedNote, groupBy: BriefGrouping): string {
  const title = sectionOf(letter, anchor.paragraphId)?.title;
  if (groupBy === 'letter') return title ?? letter.title;
  return [briefMessages.letterNumber(letter.nr), title].filter(Boolean).join(', ');
}

function entry({ note, letter, anchor }: PlacedNote): BriefEntry {
  const text = letterText(letter);
  const offsets = paragraphOffsets(letter);
  // Both ends of a passage lie inside the text; an end on the blank line
  // between two paragraphs counts as the next one's start (before its first page break).
  const pageAt = (offset: number) => {
    const span = paragraphAt(offsets, offset)!;
    const paragraph = letter.paragraphs.find((p) => p.id === span.paragraphId)!;
    return pageOfOffset(paragraph, offset - span.start);
  };
  return {
    note,
    passage: text.slice(anchor.start, anchor.end),
    citation: formatCitation(letter, pageAt(anchor.start), pageAt(anchor.end - 1)),
  };
}

function orphanEntry(note: Note, letter: Letter | undefined): BriefOrphan {
  const source = letter ? formatCitation(letter) : briefMessages.unknownLetter(note.letterId);
  return {
    note,
    quoted: note.quote?.exact ?? note.paragraphStart,
    citation: `${source} (${briefMessages.notFoundSource})`,
  };
}

function noteLines(note: Note, citation: string): string[] {
  const lines: string[] = [];
  const body = escapeUserMarkdown(note.body);
  if (body) lines.push(body);
  if (note.tags.length > 0)
    lines.push(
      `${briefMessages.tagsLabel}: ${note.tags.map((tag) => escapeInline(tag)).join(' · ')}`,
    );
  lines.push(`${briefMessages.sourceLabel}: ${escapeInline(citation)}`);
  return lines;
}
