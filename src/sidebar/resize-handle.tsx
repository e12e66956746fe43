/**
 * The sidebar's left edge as a resize handle: drag it with the pointer, or focus it and press
 * ←/→ (Home/End for the limits). The width shows live while dragging and is saved once on release,
 * so a drag costs one storage write, not hundreds.
 */
import { clampPref, LIMITS } from '../shared/reader-prefs';
import type { Translate } from './types';

interface ResizeHandleProps {
  width: number;
  t: Translate;
  /** Live width while dragging. */
  onDrag(width: number): void;
  /** Final width (saved). */
  onCommit(width: number): void;
}

const KEY_STEPS: Record<string, number> = { ArrowLeft: 1, ArrowRight: -1 };

/** A vertical separator that resizes the sidebar. */
export function ResizeHandle({ width, t, onDrag, onCommit }: ResizeHandleProps) {
  const fromPointer = (e: PointerEvent): number => {
    const win = (e.currentTarget as HTMLElement).ownerDocument.defaultView;
    return clampPref('sidebarWidth', (win?.innerWidth ?? 0) - e.clientX);
  };
  const onKey = (e: KeyboardEvent): void => {
    const { min, max, step } = LIMITS.sidebarWidth;
    let next: number | null = null;
    if (e.key in KEY_STEPS) next = clampPref('sidebarWidth', width + KEY_STEPS[e.key]! * step);
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    if (next === null) return;
    e.preventDefault();
    onCommit(next);
  };
  return (
    <div
      class="sn-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resizeSidebar')}
      aria-valuenow={width}
      aria-valuemin={LIMITS.sidebarWidth.min}
      aria-valuemax={LIMITS.sidebarWidth.max}
      tabIndex={0}
      onPointerDown={(e) => {
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if ((e.currentTarget as HTMLElement).hasPointerCapture(e.pointerId)) onDrag(fromPointer(e));
      }}
      onPointerUp={(e) => {
        const el = e.currentTarget as HTMLElement;
        if (!el.hasPointerCapture(e.pointerId)) return;
        el.releasePointerCapture(e.pointerId);
        onCommit(fromPointer(e));
      }}
      onKeyDown={onKey}
    />
  );
}
