// Remembers where the user is reading in a letter, across restarts. The
// paragraph nearest the top of the window is the position; it is saved through
// the store ('reading:set') a moment after scrolling stops, and read back
// ('reading:get') when the letter opens without a deep link. Only reading
// moves it: scrolling by wheel, touch, scroll bar or keys. A jump the app
// makes (a deep link, a search result, a restored position) or anything a
// dialog or the search field does to the page leaves it where it was.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { RefObject } from 'react';
import type { Letter } from '@core/corpus/model';
import { call } from '../../app/api-client';
import { useSettings } from '../../app/settings';
import { useOnLeaving } from '../../app/use-on-leaving';

/** How long scrolling must rest before the position is saved. */
export const SAVE_DELAY_MS = 800;

/** Keys that scroll through a letter (j and k are the reader's own). */
const READING_KEYS = new Set([
  'PageDown',
  'PageUp',
  ' ',
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'j',
  'k',
]);

function movesThroughLetter(event: Event): boolean {
  if (event.type === 'wheel' || event.type === 'touchmove') return true;
  // A press on the page's own scroll bar; by type, since not every DOM has PointerEvent.
  if (event.type === 'pointerdown') return event.target === document.documentElement;
  if (!(event instanceof KeyboardEvent) || !READING_KEYS.has(event.key)) return false;
  if (document.querySelector('dialog[open]')) return false;
  const target = event.target as HTMLElement;
  return !target.closest('input, textarea, select, [contenteditable="true"], [role="toolbar"]');
}

export interface ReadingPositionOptions {
  /** Whether the whole letter is in the page yet: only then is a position restored or followed. */
  whole: boolean;
  /**
   * Ask the store where the user was (false when a deep link says where to go);
   * asked again when it turns true, e.g. on going back from a search result to the letter.
   */
  restore: boolean;
  /** Changes with every jump the app makes (a new deep link); reading starts again after it. */
  jump: string;
  onRestore(paragraphId: string): void;
  /** Called with the paragraph being read whenever that changes (for the contents). */
  onReading(paragraphId: string): void;
}

export function useReadingPosition(
  letter: Pick<Letter, 'id' | 'paragraphs'>,
  container: RefObject<HTMLElement | null>,
  options: ReadingPositionOptions,
): void {
  const { storage } = useSettings();
  const onRestore = useEffectEvent((paragraphId: string) => options.onRestore(paragraphId));
  const onReading = useEffectEvent((paragraphId: string) => options.onReading(paragraphId));
  // Saving starts only once the old position is restored, so opening a letter
  // never overwrites it with "the first paragraph".
  const ready = useRef(false);
  const { restore, whole } = options;
  /** The paragraph being read, as last reported by the observer. */
  const reading = useRef<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  /** Whether the user has moved through the letter since it opened or last jumped. */
  const moved = useRef(false);

  useEffect(() => {
    moved.current = false;
  }, [options.jump]);

  /** Saves the position waiting for scrolling to rest, if there is one. */
  const savePending = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const paragraphId = pending.current;
    pending.current = null;
    if (paragraphId === null || storage !== 'connected') return;
    // A lost position is a small loss; it must not interrupt reading.
    call('reading:set', { letterId: letter.id, paragraphId }).catch(() => undefined);
  };
  const save = useEffectEvent(savePending);
  // Closing the window before scrolling has rested still keeps the place.
  useOnLeaving(savePending);

  const queueSave = useEffectEvent((paragraphId: string) => {
    if (!ready.current || !moved.current || storage !== 'connected') return;
    pending.current = paragraphId;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, SAVE_DELAY_MS);
  });

  useEffect(() => {
    const onInput = (event: Event) => {
      if (moved.current || !movesThroughLetter(event)) return;
      moved.current = true;
      // Already scrolled to another paragraph by this very gesture: that counts.
      if (reading.current) queueSave(reading.current);
    };
    const events = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    for (const type of events) window.addEventListener(type, onInput, { passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, onInput);
    };
  }, []);

  useEffect(() => {
    if (storage === 'connecting' || !whole) return;
    const becomeReady = () => {
      ready.current = true;
      // Where the user got to while the store was still answering counts too.
      if (reading.current) queueSave(reading.current);
    };
    if (!restore || storage !== 'connected') {
      becomeReady();
      return;
    }
    let cancelled = false;
    call('reading:get', { letterId: letter.id })
      .then((position) => {
        if (cancelled || !position) return;
        if (letter.paragraphs.some((paragraph) => paragraph.id === position.paragraphId)) {
          onRestore(position.paragraphId);
        }
      })
      // Without a stored position the letter opens at its start, as it would the first time.
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) becomeReady();
      });
    return () => {
      cancelled = true;
    };
  }, [storage, letter, restore, whole]);

  useEffect(() => {
    const root = container.current;
    if (!root || !whole || typeof IntersectionObserver === 'undefined') return;
    const order = new Map(letter.paragraphs.map((paragraph, index) => [paragraph.id, index]));
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.paragraphId;
          if (!id) continue;
          if (entry.isIntersecting) visible.add(id);
          else visible.delete(id);
        }
        const top = [...visible].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
        if (!top || top === reading.current) return;
        reading.current = top;
        onReading(top);
        queueSave(top);
      },
      // A band across the upper part of the window: what the eye is on, not what just scrolled in.
      { rootMargin: '-20% 0px -55% 0px' },
    );
    root.querySelectorAll('[data-paragraph-id]').forEach((element) => observer.observe(element));
    return () => {
      observer.disconnect();
      // Leaving the letter saves a position still waiting for its moment.
      save();
    };
  }, [letter, container, whole]);
}
