// The debate brief: a user's notes as a Markdown document to take into a
// debate or paste into a memo. Per note it gives the passage as it stands in
// the letter now, the note, its labels and the pinpoint citation of the page
// the passage is on. Notes whose passage cannot be found are listed apart as
// "niet gevonden", with the quote as it was saved. All text from notes and
// letters is escaped, so nothing in it can change the brief's structure.
import { formatCitation } from '../corpus/citation';
import { letterText, pageOfOffset, paragraphOffsets } from '../corpus/letter-text';
import type { Corpus, Letter } from '../corpus/model';
import { anchorNotes } from './anchor';
import type { Anchor } from './anchor';
import { blockQuote, escapeBlock, escapeInline } from './markdown-escape';
import { briefMessages } from './messages';
import type { Note } from './model';

export type BriefGrouping = 'letter' | 'theme' | 'tag';

export interface BriefOptions {
  groupBy: BriefGrouping;
  /** The theme a paragraph belongs to; by default the title of its main section. */
  themeOf?: (letter: Letter, paragraphId: string) => string | undefined;
}

interface PlacedNote {
  note: Note;
  letter: Letter;
  anchor: Extract<Anchor, { start: number }>;
  order: number;
}

export function formatBrief(notes: readonly Note[], corpus: Corpus, options: BriefOptions): string {
  const anchors = anchorNotes(notes, corpus);
  const letterOrder = new Map(corpus.letters.map((letter, index) => [letter.id, index]));
  const placed: PlacedNote[] = [];
  const orphans: Note[] = [];
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
      orphans.push(note);
    }
  }
  placed.sort((a, b) => a.order - b.order);

  const parts = [`# ${briefMessages.title}`];
  if (notes.length === 0) parts.push(briefMessages.empty);
  for (const [heading, members] of groups(placed, options)) {
    parts.push(`## ${escapeInline(heading)}`);
    for (const member of members) parts.push(placedNote(member, options.groupBy));
  }
  if (orphans.length > 0) {
    parts.push(`## ${briefMessages.orphansHeading}`, briefMessages.orphansIntro);
    for (const note of orphans) parts.push(orphanNote(note, corpus));
  }
  return `${parts.join('\n\n')}\n`;
}

function groups(placed: PlacedNote[], options: BriefOptions): Map<string, PlacedNote[]> {
  const grouped = new Map<string, PlacedNote[]>();
  const add = (key: string, member: PlacedNote) =>
    grouped.set(key, [...(grouped.get(key) ?? []), member]);
  for (const member of placed) {
    if (options.groupBy === 'letter') add(letterHeading(member.letter), member);
    else if (options.groupBy === 'theme') add(themeOf(member, options), member);
    else if (member.note.tags.length === 0) add(briefMessages.untagged, member);
    else for (const tag of member.note.tags) add(tag, member);
  }
  if (options.groupBy !== 'tag') return grouped;
  // Labels alphabetically, the untagged last.
  const keys = [...grouped.keys()].sort((a, b) =>
    a === briefMessages.untagged ? 1 : b === briefMessages.untagged ? -1 : a.localeCompare(b, 'nl'),
  );
  return new Map(keys.map((key) => [key, grouped.get(key)!]));
}

function letterHeading(letter: Letter): string {
  return `${formatCitation(letter)}: ${letter.title}`;
}

function mainSection(letter: Letter, paragraphId: string) {
  const paragraph = letter.paragraphs.find((p) => p.id === paragraphId);
  const section = letter.sections.find((s) => s.id === paragraph?.sectionId);
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

function placedNote({ note, letter, anchor }: PlacedNote, groupBy: BriefGrouping): string {
  const text = letterText(letter);
  const offsets = paragraphOffsets(letter);
  const pageAt = (offset: number) => {
    const span = offsets.find((p) => offset < p.end) ?? offsets.at(-1)!;
    const paragraph = letter.paragraphs.find((p) => p.id === span.paragraphId)!;
    return pageOfOffset(paragraph, Math.max(0, offset - span.start));
  };
  const page = pageAt(anchor.start);
  const pageEnd = pageAt(anchor.end - 1);
  const section = letter.sections.find(
    (s) => s.id === letter.paragraphs.find((p) => p.id === anchor.paragraphId)?.sectionId,
  );
  const where = [groupBy === 'letter' ? undefined : `nr. ${letter.nr}`, section?.title]
    .filter(Boolean)
    .join(', ');
  const paragraphNumber = letter.paragraphs.find((p) => p.id === anchor.paragraphId)?.n;
  const heading =
    note.quote || paragraphNumber === undefined
      ? where
      : `${where}: ${briefMessages.wholeParagraph(paragraphNumber)}`;
  return [
    `### ${escapeInline(heading)}`,
    blockQuote(text.slice(anchor.start, anchor.end)),
    ...noteLines(note),
    `${briefMessages.sourceLabel}: ${escapeInline(formatCitation(letter, page, pageEnd))}`,
  ].join('\n\n');
}

function orphanNote(note: Note, corpus: Corpus): string {
  const letter = corpus.letters.find((l) => l.id === note.letterId);
  const source = letter ? formatCitation(letter) : briefMessages.unknownLetter(note.letterId);
  const quoted = note.quote?.exact ?? note.paragraphStart;
  return [
    ...(quoted ? [blockQuote(quoted)] : []),
    ...noteLines(note),
    `${briefMessages.sourceLabel}: ${escapeInline(`${source} (${briefMessages.notFoundSource})`)}`,
  ].join('\n\n');
}

function noteLines(note: Note): string[] {
  const lines: string[] = [];
  const body = escapeBlock(note.body, { keepEmphasis: true });
  if (body) lines.push(body);
  if (note.tags.length > 0)
    lines.push(
      `${briefMessages.tagsLabel}: ${note.tags.map((tag) => escapeInline(tag)).join(' · ')}`,
    );
  return lines;
}
