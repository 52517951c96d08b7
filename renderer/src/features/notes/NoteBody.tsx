// A note's text, rendered from its light Markdown by note-markdown.ts (which
// sanitises it twice). A link in it is a button: the address is opened through
// 'external:open', which asks the user before anything leaves the app. The
// Markdown stack (markdown-it, DOMPurify) loads with the first note shown, not
// with the app.
import { Suspense, use, useMemo } from 'react';
import type { MouseEvent } from 'react';
import { call } from '../../app/api-client';
import type * as NoteMarkdownModule from './note-markdown';

type NoteMarkdown = typeof NoteMarkdownModule;
let markdownLoading: Promise<NoteMarkdown> | null = null;
let markdownLoaded: NoteMarkdown | null = null;

/** Starts loading the Markdown stack (once); views about to show notes call it early. */
export function preloadNoteMarkdown(): Promise<NoteMarkdown> {
  markdownLoading ??= import('./note-markdown').then((module) => (markdownLoaded = module));
  return markdownLoading;
}

function openNoteLink(markdown: NoteMarkdown, event: MouseEvent<HTMLElement>): void {
  const button = (event.target as HTMLElement).closest<HTMLElement>(`[${markdown.LINK_ATTRIBUTE}]`);
  const url = button
    ? markdown.safeLinkUrl(button.getAttribute(markdown.LINK_ATTRIBUTE) ?? '')
    : null;
  if (!url) return;
  event.preventDefault();
  // The shell confirms and opens; a refusal or a missing shell leaves the page as it is.
  call('external:open', { url }).catch(() => undefined);
}

interface NoteBodyProps {
  body: string;
  kind?: 'note' | 'brief';
}

export function NoteBody(props: NoteBodyProps) {
  return (
    <Suspense fallback={<div className={bodyClass(props.kind)} />}>
      <RenderedBody {...props} />
    </Suspense>
  );
}

const bodyClass = (kind: NoteBodyProps['kind']) =>
  kind === 'brief' ? 'brief-document' : 'note-body';

function RenderedBody({ body, kind = 'note' }: NoteBodyProps) {
  const markdown = markdownLoaded ?? use(preloadNoteMarkdown());
  const html = useMemo(
    () =>
      kind === 'note' ? markdown.renderNoteMarkdown(body) : markdown.renderBriefMarkdown(body),
    [markdown, body, kind],
  );
  return (
    <div
      className={bodyClass(kind)}
      onClick={(event) => openNoteLink(markdown, event)}
      // Sanitised by markdown-it (no raw HTML, https links only) and then DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
