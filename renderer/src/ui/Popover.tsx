// A small non-modal popover: a button with aria-expanded that shows a panel next
// to it. Opening moves focus into the panel so a screen reader reads it; Escape
// closes it and puts focus back on the button; leaving it (by Tab or a click
// elsewhere) closes it without taking focus back.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, ReactNode, Ref } from 'react';

export interface PopoverProps {
  /** The trigger's visible content. */
  trigger: ReactNode;
  /** The trigger's accessible name, when its content is not enough (e.g. a bare number). */
  triggerLabel?: string;
  triggerClassName?: string;
  /** For a roving tab order: -1 keeps the trigger out of the Tab sequence. */
  triggerTabIndex?: number;
  /** The panel's accessible name. */
  panelLabel: string;
  panelClassName?: string;
  /** Focus the panel's first control (a settings panel) rather than the panel itself (a text). */
  focusFirstControl?: boolean;
  /** Inline popovers (inside running text) must use spans only. */
  inline?: boolean;
  children: ReactNode;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function Popover(props: PopoverProps) {
  const {
    trigger,
    triggerLabel,
    triggerClassName,
    triggerTabIndex,
    panelLabel,
    panelClassName,
    focusFirstControl,
    inline,
  } = props;
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const panelId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }, []);

  // A footnote at the end of a line would open its panel past the window's edge: nudge it back in.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const margin = 8;
    const { left, right } = panel.getBoundingClientRect();
    const past = right - (document.documentElement.clientWidth - margin);
    if (past > 0) panel.style.marginLeft = `${-Math.min(past, left - margin)}px`;
    else if (left < margin) panel.style.marginLeft = `${margin - left}px`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    const first = focusFirstControl ? panel?.querySelector<HTMLElement>(FOCUSABLE) : null;
    (first ?? panel)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, focusFirstControl, close]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      event.preventDefault();
      close(true);
    }
  };

  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (open && next && !wrapperRef.current?.contains(next)) close(false);
  };

  const Wrapper = inline ? 'span' : 'div';
  const Panel = inline ? 'span' : 'div';
  return (
    <Wrapper
      ref={wrapperRef as Ref<HTMLDivElement & HTMLSpanElement>}
      className={`popover ${inline ? 'popover--inline' : ''}`}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <button
        ref={triggerRef}
        type="button"
        className={triggerClassName}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={triggerLabel}
        tabIndex={triggerTabIndex}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        {trigger}
      </button>
      {open && (
        <Panel
          ref={panelRef as Ref<HTMLDivElement & HTMLSpanElement>}
          id={panelId}
          role="dialog"
          aria-label={panelLabel}
          tabIndex={-1}
          className={`popover__panel ${panelClassName ?? ''}`}
        >
          {props.children}
        </Panel>
      )}
    </Wrapper>
  );
}
