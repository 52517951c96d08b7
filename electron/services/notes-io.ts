// Notes in and out of Naslag as files: Web Annotation JSON and the Markdown
// debate brief. Shared by the app's API and the naslag command, so both read
// and write exactly the same thing.
import { anchorNotes, currentPlace } from '@core/annotations/anchor';
import { formatBrief } from '@core/annotations/brief';
import type { BriefGrouping } from '@core/annotations/brief';
import { mergeImportedNotes, parseNotesImport } from '@core/annotations/import';
import type { Note } from '@core/annotations/model';
import { toWebAnnotation } from '@core/annotations/web-annotation';
import type { ImportReport } from '@core/contract/api';
import { ServiceError } from '@core/contract/dispatch';
import type { Corpus } from '@core/corpus/model';
import { curatedThemeOf } from '../../data/curated/index';
import type { NaslagStore } from './store/store';

export type ExportFormat = 'json' | 'md';

export function exportNotes(
  notes: readonly Note[],
  corpus: Corpus,
  format: ExportFormat,
  groupBy: BriefGrouping = 'letter',
): string {
  if (format === 'md') return formatBrief(notes, corpus, { groupBy, themeOf: curatedThemeOf });
  const letters = new Map(corpus.letters.map((letter) => [letter.id, letter]));
  const anchors = anchorNotes(notes, corpus);
  const annotations = notes.map((note) => {
    const letter = letters.get(note.letterId);
    const anchor = anchors.get(note.id);
    const current = letter && anchor ? currentPlace(anchor, letter) : null;
    // A note on a letter that left the corpus still names it by its official address.
    return toWebAnnotation(
      note,
      letter ?? { identifier: `https://zoek.officielebekendmakingen.nl/${note.letterId}` },
      current ?? undefined,
    );
  });
  return `${JSON.stringify(annotations, null, 2)}\n`;
}

/** Reads a Web Annotation file into the store; refuses it whole, changing nothing, when it is unusable. */
export async function importNotes(
  store: NaslagStore,
  corpus: Corpus,
  text: string,
  now: Date,
): Promise<ImportReport> {
  const parsed = parseNotesImport(text, corpus, now.toISOString());
  if (!parsed.ok) throw new ServiceError('invalid-arguments', parsed.message);
  const preview = mergeImportedNotes(store.read().notes, parsed);
  if (preview.report.added === 0 && preview.report.updated === 0) return preview.report;
  // Merged again inside the update, against whatever was saved meanwhile.
  let report = preview.report;
  await store.update((data) => {
    const merged = mergeImportedNotes(data.notes, parsed);
    report = merged.report;
    return { ...data, notes: merged.notes };
  });
  return report;
}
