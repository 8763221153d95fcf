import { useCallback, useEffect, useRef } from 'react';
import type { Exercise } from '../../catalog/schema';
import type { Plan } from '../../engine/types';
import { useT } from '../../shared/i18n/use-translation';
import type { DraftItem } from '../../stores/routine-drafts-store';
import type { FieldErrors } from './check-draft';
import { RoutineItemEditor, type ItemMove } from './routine-item-editor';
import { moveItem } from './routine-draft';
import { useDragReorder } from './use-drag-reorder';

interface RoutineItemsListProps {
  readonly items: readonly DraftItem[];
  readonly exercisesById: ReadonlyMap<string, Exercise>;
  readonly plan: Plan | null;
  readonly errors: FieldErrors;
  readonly defaultRestSeconds: number;
  readonly onItemsChange: (change: (items: readonly DraftItem[]) => readonly DraftItem[]) => void;
  /** Says something politely to screen readers ("Pelvic lift moved to position 2 of 3"). */
  readonly announce: (message: string) => void;
}

/** The routine's exercises in order, reorderable by drag and by the Move buttons. */
export function RoutineItemsList({ items, exercisesById, plan, errors, defaultRestSeconds, onItemsChange, announce }: RoutineItemsListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // After a keyboard move the item's DOM node moves, which drops focus: put it back on its button.
  const pendingFocus = useRef<{ key: string; direction: ItemMove } | null>(null);
  const t = useT();

  const nameOf = useCallback((item: DraftItem) => exercisesById.get(item.exerciseId)?.name ?? item.exerciseId, [exercisesById]);

  const itemMoved = useCallback(
    (fromIndex: number, toIndex: number) => {
      const item = items[fromIndex];
      if (!item || toIndex < 0 || toIndex >= items.length || toIndex === fromIndex) return;
      onItemsChange((current) => moveItem(current, fromIndex, toIndex));
      announce(t('manage.builder.moved', { name: nameOf(item), position: toIndex + 1, count: items.length }));
    },
    [announce, items, nameOf, onItemsChange, t],
  );

  const { drag, dragStarted } = useDragReorder(listRef, itemMoved);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !listRef.current) return;
    pendingFocus.current = null;
    const itemNode = listRef.current.querySelector(`[data-item-key="${CSS.escape(pending.key)}"]`);
    const preferred = itemNode?.querySelector<HTMLButtonElement>(`button[data-move="${pending.direction}"]:not(:disabled)`);
    (preferred ?? itemNode?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)'))?.focus();
  }, [items]);

  const itemRemoved = (index: number) => {
    const item = items[index];
    if (!item) return;
    onItemsChange((current) => current.filter((_, position) => position !== index));
    announce(t('manage.builder.removed', { name: nameOf(item), count: items.length - 1 }));
  };

  return (
    <ol ref={listRef} className={`builder-items${drag ? ' is-reordering' : ''}`}>
      {items.map((item, index) => (
        <RoutineItemEditor
          key={item.key}
          item={item}
          index={index}
          count={items.length}
          exercise={exercisesById.get(item.exerciseId)}
          outline={plan?.outline[index]}
          errors={errors}
          defaultRestSeconds={defaultRestSeconds}
          dragging={drag?.fromIndex === index}
          dropTarget={drag !== null && drag.fromIndex !== index && drag.toIndex === index ? (drag.toIndex < drag.fromIndex ? 'before' : 'after') : null}
          onChange={(change) => onItemsChange((current) => current.map((existing) => (existing.key === item.key ? { ...existing, ...change } : existing)))}
          onMove={(direction) => {
            pendingFocus.current = { key: item.key, direction };
            itemMoved(index, direction === 'up' ? index - 1 : index + 1);
          }}
          onRemove={() => itemRemoved(index)}
          onDragStart={dragStarted(index)}
        />
      ))}
    </ol>
  );
}
