// The frame around every view: skip link, header (name, main menu, slots for
// other views' controls, display settings, shortcuts), notices about the store,
// and the main landmark the views render into.
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { StoreProblem } from '@core/contract/api';
import { NotesStatus } from '../features/notes/NotesStatus';
import { StoreProblemsBanner } from '../features/notes/StoreProblemsBanner';
import { useT } from '../i18n/i18n';
import { Button } from '../ui/Button';
import { call } from './api-client';
import { headerItems } from './header-slot';
import { HelpDialog } from './HelpDialog';
import { isShortcutEvent } from './keyboard';
import { navItems } from './navigation';
import { libraryPath } from './paths';
import { Link, NavLink, Outlet, useLocation } from './router';
import { SettingsPanel } from './SettingsPanel';
import { useSettings } from './settings';

export const MAIN_ID = 'inhoud';

export function Layout() {
  const t = useT();
  const [helpOpen, setHelpOpen] = useState(false);
  const headerRef = useStickyHeaderHeight();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === '?' && isShortcutEvent(event)) {
        event.preventDefault();
        setHelpOpen(true);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="app-header" ref={headerRef}>
        <div className="app-header__inner">
          <Link to={libraryPath()} className="app-header__brand">
            <span className="app-header__name">{t('app.name')}</span>
            <span className="app-header__tagline">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('app.mainNav')} className="app-header__nav">
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="app-header__link">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-header__slot">
            {headerItems.map(({ id, Component }) => (
              <Component key={id} />
            ))}
          </div>
          <div className="app-header__tools">
            <SettingsPanel />
            <Button
              className="button--header"
              onClick={() => setHelpOpen(true)}
              aria-keyshortcuts="?"
            >
              {t('help.button')}
            </Button>
          </div>
        </div>
      </header>
      <StorageNotices />
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <FocusOnNavigation />
        <Outlet />
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <NotesStatus />
    </div>
  );
}

/**
 * Publishes the sticky header's height as --naslag-header-height, so scrolling to
 * a paragraph or heading stops below it (their scroll-margin-top). Not as the
 * page's scroll-padding: Chrome then scrolls on every key typed in the header's
 * search field, to bring the field out from under its own padding.
 */
function useStickyHeaderHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = ref.current;
    if (!header || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--naslag-header-height', `${header.offsetHeight}px`),
    );
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--naslag-header-height');
    };
  }, []);
  return ref;
}

// The href is "#inhoud", which a hash router would read as a route; move focus instead.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

/**
 * After moving to another view, put focus on its main heading so a screen
 * reader announces the new page, unless the view already placed focus itself
 * (the reader does, for deep links).
 */
function FocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(MAIN_ID);
    if (!main || main.contains(document.activeElement)) return;
    main.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname]);
  return null;
}

function StorageNotices() {
  const t = useT();
  const { storage } = useSettings();
  const [problems, setProblems] = useState<StoreProblem[]>([]);

  useEffect(() => {
    if (storage !== 'connected') return;
    let cancelled = false;
    call('store:status', {})
      .then((status) => {
        if (!cancelled) setProblems(status.problems);
      })
      // The status only adds notices; without it the app works the same.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [storage]);

  if (storage === 'unavailable') {
    return (
      <div className="notice notice--warning" role="region" aria-label={t('app.storeProblems')}>
        <p>{t('app.noBridge')}</p>
      </div>
    );
  }
  return <StoreProblemsBanner problems={problems} />;
}
