// The compare view's views as tabs. Arrow keys, Home and End move between the
// tabs and select them.
import type { KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { COMPARE_VIEWS } from './compare-paths';
import type { CompareView } from './compare-paths';

const VIEW_LABEL: Record<CompareView, MessageKey> = {
  themas: 'compare.viewThemes',
  cijfers: 'compare.viewFigures',
  toezeggingen: 'compare.viewCommitments',
  tijdlijn: 'compare.viewTimeline',
  berekend: 'compare.viewComputed',
};

function tabKeys(event: KeyboardEvent<HTMLDivElement>) {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
  const target =
    event.key === 'ArrowRight'
      ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft'
        ? tabs[(index - 1 + tabs.length) % tabs.length]
        : event.key === 'Home'
          ? tabs[0]
          : event.key === 'End'
            ? tabs[tabs.length - 1]
            : undefined;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.click();
}

export function ViewTabs({ view, onView }: { view: CompareView; onView(view: CompareView): void }) {
  const t = useT();
  return (
    <div
      role="tablist"
      aria-label={t('compare.views')}
      className="compare__tabs"
      onKeyDown={tabKeys}
    >
      {COMPARE_VIEWS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={view === id}
          aria-controls={view === id ? `paneel-${id}` : undefined}
          tabIndex={view === id ? 0 : -1}
          className="compare__tab"
          onClick={() => onView(id)}
        >
          {t(VIEW_LABEL[id])}
        </button>
      ))}
    </div>
  );
}
