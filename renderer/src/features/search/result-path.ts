// Where a search result opens: the paragraph (or heading) in the reader, with the
// matched words passed on so the reader highlights them there too.
import type { SearchResult } from '@core/search/search';
import { letterPath } from '../../app/paths';

export function resultPath(result: SearchResult): string {
  const target = result.kind === 'section' ? result.sectionId : result.paragraphId;
  const first = result.highlights[0];
  // A note's or a table's words are not in the letter's running text to highlight.
  const inText = result.kind === 'paragraph' || result.kind === 'section';
  const words = first && inText ? result.text.slice(first[0], first[1]) : undefined;
  return letterPath(result.letterId, target, words);
}
