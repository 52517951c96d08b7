// "Alleen wijzigingen": for a window too narrow for two letters side by side,
// the tracked changes in one column, theme by theme, each with the passage it
// cites on both sides. Every change has a button that opens it in both letters
// (the side-by-side view); arrow keys, Home and End move between those buttons.
import type { Letter } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { ChangePassages } from './ChangePassages';
import { moveBetweenButtons } from './ChangeList';
import type { Comparison } from './comparison';
import type { TrackedChange } from '@core/compare/curated-model';
import { StatusBadge } from './StatusBadge';
import { ChangeOverview, KindBadge } from './KindBadge';
import type { PaneChanges } from './tracked-changes';

export interface ChangesOnlyViewProps {
  comparison: Comparison;
  changes: PaneChanges;
  currentChangeId: string | undefined;
  onOpen(change: TrackedChange): void;
}

export function ChangesOnlyView({
  comparison,
  changes,
  currentChangeId,
  onOpen,
}: ChangesOnlyViewProps) {
  const t = useT();
  const { left, right } = comparison;
  const label = (letter: Letter) => t('format.letterNr', letter.nr);
  return (
    <div
      className="changes-only"
      onKeyDown={(event) => moveBetweenButtons(event, '.changes-only__open')}
    >
      <h2>{t('compare.changesTitle')}</h2>
      <p className="changes-only__intro">
        {t('compare.changesOnlyIntro', label(left), label(right))}
      </p>
      <ChangeOverview changes={changes.all} />
      {changes.byTheme.map(({ theme, changes: themeChanges }) => (
        <section
          key={theme.id}
          className="changes-only__theme"
          aria-labelledby={`wijz-${theme.id}`}
        >
          <h3 id={`wijz-${theme.id}`}>
            {theme.title} <StatusBadge status={theme.status} />
          </h3>
          {theme.reason && <p className="changes-only__reason">{theme.reason}</p>}
          {themeChanges.map((change) => (
            <article
              key={change.id}
              className="changes-only__change"
              aria-labelledby={`wijz-${change.id}`}
              aria-current={change.id === currentChangeId ? 'true' : undefined}
            >
              <h4 id={`wijz-${change.id}`}>
                <KindBadge kind={change.change} /> {change.subject}
              </h4>
              <p className="changes-only__summary">{change.summary}</p>
              <ChangePassages change={change} left={left} right={right} />
              <Button
                size="small"
                className="changes-only__open"
                aria-describedby={`wijz-${change.id}`}
                onClick={() => onOpen(change)}
              >
                {t('compare.openInBoth')}
              </Button>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
