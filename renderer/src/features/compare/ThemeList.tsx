// The themes of the two letters, as a list of buttons with their status. The
// theme being shown is marked aria-current; arrow keys, Home and End move
// between themes, Enter or a click picks one.
import type { KeyboardEvent, RefObject } from 'react';
import { useT } from '../../i18n/i18n';
import type { Comparison, PaneTheme } from './comparison';
import { StatusBadge } from './StatusBadge';

export interface ThemeListProps {
  comparison: Comparison;
  currentThemeId: string | undefined;
  listRef: RefObject<HTMLElement | null>;
  onPick(theme: PaneTheme): void;
}

function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
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

export function ThemeList({ comparison, currentThemeId, listRef, onPick }: ThemeListProps) {
  const t = useT();
  const sections = (theme: PaneTheme) =>
    [
      `${t('format.letterNr', comparison.left.nr)}: ${theme.left.map((s) => s.title).join(', ') || t('compare.noSections')}`,
      `${t('format.letterNr', comparison.right.nr)}: ${theme.right.map((s) => s.title).join(', ') || t('compare.noSections')}`,
    ].join('; ');

  return (
    <nav
      ref={listRef}
      className="theme-list"
      aria-label={t('compare.themesLabel')}
      onKeyDown={moveFocus}
      tabIndex={-1}
    >
      <h2 className="theme-list__title">{t('compare.themes')}</h2>
      <p className="theme-list__source">
        {t(comparison.source === 'curated' ? 'compare.themesSource' : 'compare.themesComputed')}
      </p>
      <ul>
        {comparison.themes.map((theme) => (
          <li key={theme.id}>
            <button
              type="button"
              className="theme-list__item"
              aria-current={theme.id === currentThemeId ? 'true' : undefined}
              data-theme-id={theme.id}
              title={sections(theme)}
              onClick={() => onPick(theme)}
            >
              <span className="theme-list__name">{theme.title}</span>
              <StatusBadge status={theme.status} />
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
