// The dated events the letters mention, in time order, each linked to the passages
// that mention it. A passage that prints a date differently from the event (a
// wrong year, a date without a year) keeps its printed form and a note.
import { parseDutchDate } from '../corpus/dutch-date';
import type { Letter } from '../corpus/model';
import type { Timeline, TimelineEvent } from './curated-model';
import { dateSortKey } from './figures';
import { resolvePassage } from './passage';

export function sortedEvents(timeline: Timeline): TimelineEvent[] {
  return [...timeline.events].sort((a, b) =>
    dateSortKey(a.date).localeCompare(dateSortKey(b.date)),
  );
}

/**
 * Every event whose passage does not resolve, does not print the date it is said to
 * print, or prints another full date than the event's without a note saying so.
 */
export function checkTimeline(timeline: Timeline, letters: readonly Letter[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const event of timeline.events) {
    if (ids.has(event.id)) problems.push(`${event.id}: komt twee keer voor`);
    ids.add(event.id);
    for (const mention of event.mentions) {
      const found = resolvePassage(letters, mention);
      if (!found.ok) {
        problems.push(`${event.id}: ${found.problem}`);
        continue;
      }
      const { paragraph } = found.match;
      if (!paragraph.text.includes(mention.printed)) {
        problems.push(`${event.id}: "${mention.printed}" staat niet in ${paragraph.id}`);
      }
      const printedDate = parseDutchDate(mention.printed);
      if (printedDate !== null && printedDate !== event.date && mention.note === undefined) {
        problems.push(
          `${event.id}: ${paragraph.id} drukt ${mention.printed}, het voorval is van ${event.date}; zet er een noot bij`,
        );
      }
    }
  }
  return problems;
}
