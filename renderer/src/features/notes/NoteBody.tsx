// A note's text, rendered from its light Markdown by note-markdown.ts (which
// sanitises it twice). A link in it is a button: the address is opened through
// 'external:open', which asks the user before anything leaves the app.
import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { call } from '../../app/api-client';
import {
  LINK_ATTRIBUTE,
  renderBriefMarkdown,
  renderNoteMarkdown,
  safeLinkUrl,
} from './note-markdown';

export function openNoteLink(event: MouseEvent<HTMLElement>): void {
  const button = (event.target as HTMLElement).closest<HTMLElement>(`[${LINK_ATTRIBUTE}]`);
  const url = button ? safeLinkUrl(button.getAttribute(LINK_ATTRIBUTE) ?? '') : null;
  if (!url) return;
  event.preventDefault();
  // The shell confirms and opens; a refusal or a missing shell leaves the page as it is.
  call('external:open', { url }).catch(() => undefined);
}

export function NoteBody({ body, kind = 'note' }: { body: string; kind?: 'note' | 'brief' }) {
  const html = useMemo(
    () => (kind === 'note' ? renderNoteMarkdown(body) : renderBriefMarkdown(body)),
    [body, kind],
  );
  return (
    <div
      className={kind === 'note' ? 'note-body' : 'brief-document'}
      onClick={openNoteLink}
      // Sanitised by markdown-it (no raw HTML, https links only) and then DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
