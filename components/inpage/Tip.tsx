import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

type PopoverElement = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

/**
 * A tooltip for the element `owner` returns, shown while it is hovered or focused, hidden by
 * Escape. It is a popover (the browser's top layer): no `overflow: hidden` card clips it and no
 * stacking context of the page covers it. Placed below the owner, or above when there is no room.
 */
export function useTip(): {
  id: string;
  ownerRef: { current: HTMLElement | null };
  tipRef: { current: PopoverElement | null };
  handlers: Record<string, (event: Event) => void>;
  toggle: () => void;
} {
  const id = useId();
  const ownerRef = useRef<HTMLElement | null>(null);
  const tipRef = useRef<PopoverElement | null>(null);
  const show = () => {
    const owner = ownerRef.current;
    const tip = tipRef.current;
    if (!owner || !tip) return;
    if (tip.showPopover) {
      try {
        tip.showPopover();
      } catch {
        // already open
      }
    } else tip.classList.add('open');
    const box = owner.getBoundingClientRect();
    const view = owner.ownerDocument.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const tipBox = tip.getBoundingClientRect();
    const left = Math.max(4, Math.min(box.left, width - tipBox.width - 4));
    const below = box.bottom + 4;
    const top =
      below + tipBox.height > height && box.top - tipBox.height - 4 > 0 ? box.top - tipBox.height - 4 : below;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };
  const hide = () => {
    const tip = tipRef.current;
    if (!tip) return;
    if (tip.hidePopover) {
      try {
        tip.hidePopover();
      } catch {
        // already closed
      }
    } else tip.classList.remove('open');
  };
  useEffect(() => hide, []);
  const isOpen = () => {
    const tip = tipRef.current;
    if (!tip) return false;
    try {
      return tip.matches(':popover-open');
    } catch {
      return tip.classList.contains('open');
    }
  };
  return {
    id,
    ownerRef,
    tipRef,
    toggle: () => (isOpen() ? hide() : show()),
    handlers: {
      onMouseEnter: show,
      onMouseLeave: hide,
      onFocus: show,
      onBlur: hide,
      onKeyDown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape') hide();
      },
    },
  };
}

export function Tip({
  id,
  tipRef,
  children,
}: {
  id: string;
  tipRef: { current: PopoverElement | null };
  children: ComponentChildren;
}) {
  return (
    // The owner's accessible name already says all of this: the tip is for the eyes only.
    <span class="tip" id={id} aria-hidden="true" popover="manual" ref={tipRef}>
      {children}
    </span>
  );
}
