import { useCallback, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';

export interface DragState {
  readonly fromIndex: number;
  /** Where the item would land: its index once moved. */
  readonly toIndex: number;
}

/** The index the dragged item would take: how many other items' middles are above the pointer. */
function targetIndex(list: HTMLElement, fromIndex: number, clientY: number): number {
  const items = Array.from(list.children);
  return items.filter((item, index) => {
    if (index === fromIndex) return false;
    const rect = item.getBoundingClientRect();
    return rect.top + rect.height / 2 < clientY;
  }).length;
}

/**
 * Drag to reorder with pointer events, so it works with a mouse, a pen and a finger alike (HTML
 * drag and drop does not work on most touch screens). Keyboard users have Move up and Move down.
 */
export function useDragReorder(listRef: RefObject<HTMLElement | null>, onDrop: (fromIndex: number, toIndex: number) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);

  const dragStarted = useCallback(
    (fromIndex: number) => (event: ReactPointerEvent<HTMLElement>) => {
      const list = listRef.current;
      if (!list || event.button !== 0) return;
      event.preventDefault();
      const handle = event.currentTarget;
      handle.setPointerCapture?.(event.pointerId);
      let toIndex = fromIndex;
      setDrag({ fromIndex, toIndex });
      const moved = (move: PointerEvent) => {
        toIndex = targetIndex(list, fromIndex, move.clientY);
        setDrag({ fromIndex, toIndex });
      };
      const ended = (end: PointerEvent) => {
        handle.removeEventListener('pointermove', moved);
        handle.removeEventListener('pointerup', ended);
        handle.removeEventListener('pointercancel', ended);
        setDrag(null);
        if (end.type === 'pointerup' && toIndex !== fromIndex) onDrop(fromIndex, toIndex);
      };
      handle.addEventListener('pointermove', moved);
      handle.addEventListener('pointerup', ended);
      handle.addEventListener('pointercancel', ended);
    },
    [listRef, onDrop],
  );

  return { drag, dragStarted };
}
