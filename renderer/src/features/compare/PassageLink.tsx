// A link to a quoted passage in the reader: "nr. 90, p. 6 — Stop It Now!".
import type { Passage } from '@core/compare/curated-model';
import type { Letter } from '@core/corpus/model';
import { Link } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { passageLink } from './figure-source';

export function PassageLink({
  letters,
  passage,
}: {
  letters: readonly Letter[];
  passage: Passage;
}) {
  const t = useT();
  const source = passageLink(letters, passage);
  if (!source) return <q>{passage.quote}</q>;
  const { letter, paragraph } = source;
  return (
    <Link to={source.to} className="passage-link">
      {t('compare.where', letter.nr, paragraph.page)} — {source.sectionTitle}
      <VisuallyHidden>{t('compare.paragraphNumber', paragraph.n)}</VisuallyHidden>
    </Link>
  );
}
