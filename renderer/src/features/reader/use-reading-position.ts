// Remembers where the user is reading in a letter, across restarts. The
// paragraph nearest the top of the window is the position; it is saved through
// the store ('reading:set') a moment after scrolling stops, and read back
// ('reading:get') when the letter opens without a deep link.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { RefObject } from 'react';
import type { Letter } from '@core/corpus/model';
import { call } from '../../app/api-client';
import { useSettings } from '../../app/settings';

/** How long scrolling must rest before the position is saved. */
export const SAVE_DELAY_MS = 800;

export interface ReadingPositionOptions {
  /** Ask the store where the user was (false when a deep link says where to go). */
  restore: boolean;
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
  const restoreAtOpen = useRef(options.restore);
  /** The paragraph being read, as last reported by the observer. */
  const reading = useRef<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const save = useEffectEvent(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const paragraphId = pending.current;
    pending.current = null;
    if (paragraphId === null || storage !== 'connected') return;
    // A lost position is a small loss; it must not interrupt reading.
    call('reading:set', { letterId: letter.id, paragraphId }).catch(() => undefined);
  });

  const queueSave = useEffectEvent((paragraphId: string) => {
    if (!ready.current || storage !== 'connected') return;
    pending.current = paragraphId;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, SAVE_DELAY_MS);
  });

  useEffect(() => {
    if (storage === 'connecting') return;
    const becomeReady = () => {
      ready.current = true;
      // Where the user got to while the store was still answering counts too.
      if (reading.current) queueSave(reading.current);
    };
    if (!restoreAtOpen.current || storage !== 'connected') {
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
  }, [storage, letter]);

  useEffect(() => {
    const root = container.current;
    if (!root || typeof IntersectionObserver === 'undefined') return;
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
  }, [letter, container]);
}
