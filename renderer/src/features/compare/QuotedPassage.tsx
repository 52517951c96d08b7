// A passage a curated entry cites: where it stands, linked to the reader, and
// the quote itself, so two passages in one paragraph never read as one line.
import type { Passage } from '@core/compare/curated-model';
import type { Letter } from '@core/corpus/model';
import { PassageLink } from './PassageLink';

export function QuotedPassage({
  letters,
  passage,
}: {
  letters: readonly Letter[];
  passage: Passage;
}) {
  return (
    <div className="quoted-passage">
      <PassageLink letters={letters} passage={passage} />
      <blockquote lang="nl">{passage.quote}</blockquote>
    </div>
  );
}
