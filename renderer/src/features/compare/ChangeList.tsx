// "Wat is er veranderd" beside the panes: an overview of the whole pair (how
// many subjects are new, advanced, completed…), then every theme with its
// tracked changes. The theme and the change on screen are aria-current; the
// current change shows its passages. Arrow keys, Home and End move between the
// entries; Enter or a click on a theme puts both panes on it, on a change opens
// its passages in both panes.
import { useEffect } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { useT } from '../../i18n/i18n';
import { ChangePassages } from './ChangePassages';
import type { Comparison, PaneTheme } from './comparison';
import type { TrackedChange } from '@core/compare/curated-model';
import { matchesInSections } from '@core/compare/sentence-align';
import type { SentenceAlignment, SentenceStatus } from '@core/compare/sentence-align';
import type { Letter } from '@core/corpus/model';
import { StatusBadge } from './StatusBadge';
import { ChangeOverview, KindBadge } from './KindBadge';
import type { PaneChanges } from './tracked-changes';

export interface ChangeListProps {
  comparison: Comparison;
  changes: PaneChanges;
  currentThemeId: string | undefined;
  currentChangeId: string | undefined;
  /** The pair's sentence alignment, earlier letter left: how much of the current theme is restated. */
  alignment: SentenceAlignment;
  listRef: RefObject<HTMLElement | null>;
  onPickTheme(theme: PaneTheme): void;
  onOpenChange(change: TrackedChange): void;
}

/** Arrow keys, Home and End move between the entry buttons. */
export function moveBetweenButtons(event: KeyboardEvent<HTMLElement>, selector: string) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(selector)];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const target =
    event.key === 'ArrowDown'
      ? buttons[Math.min(index + 1, buttons.length - 1)]
      : event.key === 'ArrowUp'
        ? buttons[Math.max(index - 1, 0)]
        : event.key === 'Home'
          ? buttons[0]
          : event.key === 'End'
            ? buttons[buttons.length - 1]
            : undefined;
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export function ChangeList(props: ChangeListProps) {
  const { comparison, changes, currentThemeId, currentChangeId, listRef } = props;
  const t = useT();
  // The entry on screen stays in view in the list, also when scrolling a pane moves to another theme.
  useEffect(() => {
    const current = listRef.current?.querySelectorAll<HTMLElement>('[aria-current="true"]');
    const entry = current?.[current.length - 1];
    // A change comes into view with its passages; a theme comes to the top, its changes below it.
    const change = entry?.closest('.change-list__changes > li');
    const reveal = () => {
      if (change) change.scrollIntoView({ block: 'nearest' });
      else entry?.closest('.change-list__theme')?.scrollIntoView({ block: 'start' });
    };
    reveal();
    // Until the web fonts load, the list is laid out in a fallback font: reveal again after the swap.
    const fonts = document.fonts as FontFaceSet | undefined;
    if (fonts?.status === 'loading') void fonts.ready.then(reveal);
  }, [listRef, currentThemeId, currentChangeId]);
  // The theme's sentences: how many each letter restates, changes, adds or no longer has.
  const sentenceSummary = (theme: PaneTheme) => {
    const { earlier, later } = comparison;
    const [earlierSections, laterSections] =
      comparison.left.id === earlier.id ? [theme.left, theme.right] : [theme.right, theme.left];
    const matches = matchesInSections(
      props.alignment,
      earlier,
      later,
      earlierSections.map((s) => s.id),
      laterSections.map((s) => s.id),
    );
    const count = (status: SentenceStatus) => matches.filter((m) => m.status === status).length;
    return t(
      'compare.themeSentences',
      count('same'),
      count('changed'),
      count('new'),
      count('dropped'),
      t('format.letterNr', later.nr),
    );
  };
  const titleOf = (letter: Letter, id: string) =>
    letter.sections.find((s) => s.id === id)?.title ?? id;
  const sections = (theme: PaneTheme) =>
    [
      `${t('format.letterNr', comparison.left.nr)}: ${theme.left.map((s) => s.title).join(', ') || t('compare.noSections')}`,
      `${t('format.letterNr', comparison.right.nr)}: ${theme.right.map((s) => s.title).join(', ') || t('compare.noSections')}`,
    ].join('; ');

  return (
    <nav
      ref={listRef}
      className="change-list"
      aria-label={t('compare.changesLabel')}
      onKeyDown={(event) => moveBetweenButtons(event, '.change-list__entry')}
      tabIndex={-1}
    >
      <h2 className="change-list__title">{t('compare.changesTitle')}</h2>
      <ChangeOverview changes={changes.all} />
      <p className="change-list__source">
        {t(comparison.source === 'curated' ? 'compare.themesSource' : 'compare.themesComputed')}
      </p>
      <ul className="change-list__themes">
        {comparison.themes.map((theme) => {
          const themeChanges =
            changes.byTheme.find((group) => group.theme === theme)?.changes ?? [];
          const current = theme.id === currentThemeId;
          return (
            <li key={theme.id} className="change-list__theme">
              <button
                type="button"
                className="change-list__entry change-list__theme-button"
                aria-current={current ? 'true' : undefined}
                title={sections(theme)}
                onClick={() => props.onPickTheme(theme)}
              >
                <span className="change-list__name">{theme.title}</span>
                <StatusBadge status={theme.status} />
              </button>
              {current && theme.reason && <p className="change-list__reason">{theme.reason}</p>}
              {current && <p className="change-list__sentences">{sentenceSummary(theme)}</p>}
              {current && theme.links.some((link) => link.reason) && (
                <details className="change-list__why">
                  <summary>{t('compare.why')}</summary>
                  <ul>
                    {theme.links.map((link) => (
                      <li key={`${link.left}|${link.right}`}>
                        <strong>
                          {titleOf(comparison.left, link.left)} ↔{' '}
                          {titleOf(comparison.right, link.right)}
                        </strong>
                        {link.reason ? `: ${link.reason}` : ''}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {themeChanges.length > 0 && (
                <ul className="change-list__changes">
                  {themeChanges.map((change) => {
                    const open = change.id === currentChangeId;
                    return (
                      <li key={change.id}>
                        <button
                          type="button"
                          className="change-list__entry change-list__change"
                          aria-current={open ? 'true' : undefined}
                          onClick={() => props.onOpenChange(change)}
                        >
                          <KindBadge kind={change.change} />
                          <span className="change-list__subject">{change.subject}</span>
                          <span className="change-list__summary">{change.summary}</span>
                        </button>
                        {open && (
                          <ChangePassages
                            change={change}
                            left={comparison.left}
                            right={comparison.right}
                          />
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
