// The handle between the two panes: a focusable separator (arrow keys, Page
// Up/Down, Home/End) that can also be dragged. It reports the left pane's share
// of the width while moving and once more when the user lets go, so the share is
// stored once per change rather than on every pixel.
import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../../i18n/i18n';

export const MIN_SPLIT = 0.2;
export const MAX_SPLIT = 0.8;

const clamp = (value: number) => Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, value));
const STEP = 0.02;
const PAGE = 0.1;

export interface SplitterProps {
  /** The left pane's share, 0.2–0.8. */
  value: number;
  /** The id of the left pane, which the separator resizes. */
  controls: string;
  onChange(value: number): void;
  onCommit(value: number): void;
}

export function Splitter({ value, controls, onChange, onCommit }: SplitterProps) {
  const t = useT();
  const dragging = useRef(false);
  const percent = Math.round(value * 100);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowLeft' || event.key === 'ArrowDown'
        ? value - STEP
        : event.key === 'ArrowRight' || event.key === 'ArrowUp'
          ? value + STEP
          : event.key === 'PageDown'
            ? value - PAGE
            : event.key === 'PageUp'
              ? value + PAGE
              : event.key === 'Home'
                ? MIN_SPLIT
                : event.key === 'End'
                  ? MAX_SPLIT
                  : null;
    if (next === null) return;
    event.preventDefault();
    const rounded = clamp(Math.round(next * 100) / 100);
    onChange(rounded);
    onCommit(rounded);
  };

  const shareAt = (event: PointerEvent<HTMLDivElement>) => {
    const container = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!container || container.width === 0) return value;
    return clamp(Math.round(((event.clientX - container.left) / container.width) * 100) / 100);
  };

  return (
    <div
      className="compare-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('compare.splitter')}
      aria-controls={controls}
      aria-valuemin={MIN_SPLIT * 100}
      aria-valuemax={MAX_SPLIT * 100}
      aria-valuenow={percent}
      aria-valuetext={t('compare.splitterValue', percent)}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        if (dragging.current) onChange(shareAt(event));
      }}
      onPointerUp={(event) => {
        if (!dragging.current) return;
        dragging.current = false;
        onCommit(shareAt(event));
      }}
    />
  );
}
