// What each letter says about a tracked change's subject: the state it gives,
// where the passage stands (letter, page, paragraph) and the quote, or that the
// letter does not mention the subject.
import type { Letter } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import type { Side } from './comparison';
import type { TrackedChange } from '@core/compare/curated-model';

export function ChangePassages({
  change,
  left,
  right,
}: {
  change: TrackedChange;
  left: Letter;
  right: Letter;
}) {
  const t = useT();
  const side = (which: Side, letter: Letter) => {
    const passage = change[which];
    const paragraph = passage && letter.paragraphs.find((p) => p.id === passage.paragraphId);
    return (
      <div className={`change-passage change-passage--${which}`}>
        {passage && paragraph ? (
          <>
            <p className="change-passage__where">
              {t('compare.passageWhere', letter.nr, paragraph.page, paragraph.n)}
            </p>
            <p className="change-passage__state">{passage.state}</p>
            <blockquote lang="nl">{passage.quote}</blockquote>
          </>
        ) : (
          <p className="change-passage__none">{t('compare.notMentioned', letter.nr)}</p>
        )}
      </div>
    );
  };
  return (
    <div className="change-passages">
      {side('left', left)}
      {side('right', right)}
    </div>
  );
}
