// Turns the light Markdown of a note body (and the debate brief) into HTML that
// is safe to put in the page. Two guards, so one mistake is not enough to run
// a user's or an imported file's text as code: markdown-it never passes raw
// HTML through and accepts only https links, and DOMPurify then keeps only the
// few elements and attributes these renderers produce. Links become buttons
// carrying the address in data-href: the app opens them through
// 'external:open', which asks the user first, never by navigating the page.
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownRenderer } from 'markdown-it';

export const LINK_CLASS = 'note-link';
export const LINK_ATTRIBUTE = 'data-href';

/** The address to open, or null: only https, and no user name or password, which can disguise the host. */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

function markdown(kind: 'note' | 'brief'): MarkdownRenderer {
  const md = new MarkdownIt('commonmark', {
    html: false,
    // A bare https address in a note becomes a link (still only https, still confirmed before opening).
    linkify: true,
    breaks: kind === 'note',
    typographer: false,
  });
  // Images would fetch; tables and rules are more than a note needs. The brief keeps its headings.
  md.disable(['image', 'html_block', 'html_inline']);
  md.enable('linkify');
  // Only addresses written out with https://, never a guess from "www." or an e-mail address.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  if (kind === 'note') md.disable(['heading', 'lheading', 'hr']);
  md.validateLink = (url) => safeLinkUrl(url) !== null;
  md.renderer.rules.link_open = (tokens, index) => {
    const href = safeLinkUrl(String(tokens[index]?.attrGet('href') ?? '')) ?? '';
    const escaped = md.utils.escapeHtml(href);
    return `<button type="button" class="${LINK_CLASS}" ${LINK_ATTRIBUTE}="${escaped}" title="${escaped}">`;
  };
  md.renderer.rules.link_close = () => '</button>';
  return md;
}

const renderers = { note: markdown('note'), brief: markdown('brief') };

const NOTE_TAGS = [
  'p',
  'br',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'button',
];
const BRIEF_TAGS = [...NOTE_TAGS, 'h1', 'h2', 'h3', 'h4', 'hr'];

let purifier: ReturnType<typeof DOMPurify> | null = null;

function purify(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'BUTTON') return;
    const href = safeLinkUrl(node.getAttribute(LINK_ATTRIBUTE) ?? '');
    if (href === null) {
      node.removeAttribute(LINK_ATTRIBUTE);
      node.removeAttribute('title');
    }
    node.setAttribute('type', 'button');
    node.setAttribute('class', LINK_CLASS);
  });
  return purifier;
}

function sanitize(html: string, tags: string[]): string {
  return purify().sanitize(html, {
    ALLOWED_TAGS: tags,
    ALLOWED_ATTR: ['type', 'class', 'title', 'start', LINK_ATTRIBUTE],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

/** A note body as safe HTML. */
export function renderNoteMarkdown(body: string): string {
  return sanitize(renderers.note.render(body), NOTE_TAGS);
}

/** The debate brief (Markdown from formatBrief) as safe HTML. */
export function renderBriefMarkdown(text: string): string {
  return sanitize(renderers.brief.render(text), BRIEF_TAGS);
}
