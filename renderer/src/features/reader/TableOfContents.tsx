// The letter's sections (two levels) as a nav landmark. Each entry is a link to
// the section's route, so following it is a step in the history (Back returns)
// and the reader moves focus to the heading. Arrow keys, Home and End move
// between entries; the section being read is marked aria-current.
import type { KeyboardEvent } from 'react';
import { letterPath } from '../../app/paths';
import { Link, useLocation } from '../../app/router';
import { useT } from '../../i18n/i18n';
import type { SectionNode } from './letter-outline';
import { headingElementId } from './element-ids';

export const TOC_ID = 'inhoudsopgave';

function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const target =
    event.key === 'ArrowDown'
      ? links[Math.min(index + 1, links.length - 1)]
      : event.key === 'ArrowUp'
        ? links[Math.max(index - 1, 0)]
        : event.key === 'Home'
          ? links[0]
          : event.key === 'End'
            ? links[links.length - 1]
            : undefined;
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export interface TableOfContentsProps {
  letterId: string;
  outline: SectionNode[];
  /** The section being read, and the main section it belongs to (marked, not aria-current). */
  currentSectionId: string | undefined;
  currentParentId: string | undefined;
}

export function TableOfContents(props: TableOfContentsProps) {
  const t = useT();
  const { pathname } = useLocation();
  // The headings are the letter's own, in Dutch whatever the interface language.
  const entries = (nodes: SectionNode[]) => (
    <ol lang="nl">
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <Link
            to={letterPath(props.letterId, section.id)}
            className={[
              'toc__link',
              section.printed ? '' : 'toc__link--unprinted',
              section.id === props.currentParentId ? 'toc__link--holds-current' : '',
            ].join(' ')}
            aria-current={section.id === props.currentSectionId ? 'location' : undefined}
            onClick={(event) => {
              // Following the link to where the route already is would not move focus: do it here.
              if (pathname !== letterPath(props.letterId, section.id)) return;
              event.preventDefault();
              const heading = document.getElementById(headingElementId(section.id));
              heading?.focus({ preventScroll: true });
              heading?.scrollIntoView({ block: 'start' });
            }}
          >
            {section.title}
          </Link>
          {children.length > 0 && entries(children)}
        </li>
      ))}
    </ol>
  );
  return (
    <nav id={TOC_ID} className="toc" aria-label={t('reader.contentsLabel')} onKeyDown={moveFocus}>
      <h2 className="toc__title">{t('reader.contents')}</h2>
      {entries(props.outline)}
    </nav>
  );
}
