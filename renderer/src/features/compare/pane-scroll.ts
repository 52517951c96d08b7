// Finding and moving to passages inside a pane's own scroll area. Each pane
// scopes its element ids (both letters have an "encryptie" section), so these
// take the pane's scope.
import { headingElementId, paragraphElementId } from '../reader/element-ids';
import type { Side } from './comparison';

export const paneScope = (side: Side) => (side === 'left' ? 'links-' : 'rechts-');
export const paneElementId = (side: Side) => `vergelijk-${side === 'left' ? 'links' : 'rechts'}`;

/** Room left above a passage scrolled to the top, so its heading is not flush with the edge. */
const TOP_GAP = 8;
/** A paragraph counts as being read once less than this much of it is above the top. */
const READING_LINE = 24;

function sectionElement(side: Side, sectionId: string): HTMLElement | null {
  const heading = document.getElementById(paneScope(side) + headingElementId(sectionId));
  return heading?.closest<HTMLElement>('.letter-section') ?? heading;
}

/** Scrolls the pane so the section starts at its top; false when the section is not there. */
export function scrollPaneToSection(
  container: HTMLElement,
  side: Side,
  sectionId: string,
): boolean {
  const target = sectionElement(side, sectionId);
  if (!target) return false;
  const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top;
  container.scrollTop += offset - TOP_GAP;
  return true;
}

/** Scrolls the pane so the paragraph starts at its top and (unless told not to) gives it focus. */
export function scrollPaneToParagraph(
  container: HTMLElement,
  side: Side,
  paragraphId: string,
  { focus = true }: { focus?: boolean } = {},
): boolean {
  const target = document.getElementById(paneScope(side) + paragraphElementId(paragraphId));
  if (!target) return false;
  const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top;
  container.scrollTop += offset - TOP_GAP;
  if (focus) target.focus({ preventScroll: true });
  return true;
}

/** The paragraph at the top of the pane: the first one not yet scrolled past. */
export function paragraphAtTop(container: HTMLElement): string | undefined {
  const top = container.getBoundingClientRect().top + READING_LINE;
  for (const element of container.querySelectorAll<HTMLElement>('[data-paragraph-id]')) {
    if (element.getBoundingClientRect().bottom > top) return element.dataset.paragraphId;
  }
  return undefined;
}

/** Whether any of the sections is at least partly in view in the pane. */
export function sectionsInView(
  container: HTMLElement,
  side: Side,
  sectionIds: readonly string[],
): boolean {
  const box = container.getBoundingClientRect();
  return sectionIds.some((id) => {
    const rect = sectionElement(side, id)?.getBoundingClientRect();
    return (
      rect !== undefined &&
      rect.bottom > box.top + READING_LINE &&
      rect.top < box.bottom - READING_LINE
    );
  });
}
