/**
 * The builder's working copy of a routine, as the user typed it, and the conversions between it
 * and a saved Routine. Numbers stay text until saving, so "1." mid-typing is not an error and an
 * empty field means "the exercise's default".
 */
import type { Exercise, Routine, RoutineItem, RoutineRegion } from '../../catalog/schema';
import type { DraftItem, RoutineDraft } from '../../stores/routine-drafts-store';

let keyCounter = 0;

/** A key unique within this page's life; drafts restored from storage keep their own keys. */
export function newItemKey(): string {
  keyCounter += 1;
  return `item-${Date.now().toString(36)}-${keyCounter}`;
}

const asText = (value: number | undefined): string => (value === undefined ? '' : String(value));

export function newDraftItem(exerciseId: string): DraftItem {
  return {
    key: newItemKey(),
    exerciseId,
    sets: '',
    seconds: '',
    reps: '',
    holdSeconds: '',
    restBetweenSetsSeconds: '',
    restAfterSeconds: '',
    sides: 'both',
  };
}

function draftItemFrom(item: RoutineItem): DraftItem {
  const overrides = item.overrides ?? {};
  return {
    ...newDraftItem(item.exerciseId),
    sets: asText(overrides.sets),
    seconds: asText(overrides.seconds),
    reps: asText(overrides.reps),
    holdSeconds: asText(overrides.holdSeconds),
    restBetweenSetsSeconds: asText(overrides.restBetweenSetsSeconds),
    restAfterSeconds: asText(item.restAfterSeconds),
    sides: overrides.sides ?? 'both',
  };
}

export function draftFromRoutine(routine: Routine): RoutineDraft {
  return {
    name: routine.name,
    purpose: routine.purpose,
    region: routine.region,
    level: routine.level,
    notes: [...(routine.notes ?? [])],
    items: routine.items.map(draftItemFrom),
  };
}

export function emptyDraft(): RoutineDraft {
  return { name: '', purpose: '', region: 'full', level: 'beginner', notes: [], items: [] };
}

/** The region the exercises work: lower back only, upper back only, or full back (both, or none yet). */
export function regionOfItems(items: readonly DraftItem[], exercisesById: ReadonlyMap<string, Exercise>): RoutineRegion {
  const regions = new Set(items.flatMap((item) => exercisesById.get(item.exerciseId)?.region ?? []));
  const [only] = regions;
  return regions.size === 1 && only ? only : 'full';
}

/**
 * The draft with new items. The region follows the exercises while it matches them, so a new
 * routine of lower-back exercises is a lower-back routine; once the user picks a region that
 * differs from what the exercises say, it is theirs and stays.
 */
export function withItems(draft: RoutineDraft, items: readonly DraftItem[], exercisesById: ReadonlyMap<string, Exercise>): RoutineDraft {
  const followsItems = draft.region === regionOfItems(draft.items, exercisesById);
  return { ...draft, items: [...items], region: followsItems ? regionOfItems(items, exercisesById) : draft.region };
}

/** The draft's content without the item keys: equal signatures mean nothing changed. */
export function draftSignature(draft: RoutineDraft): string {
  return JSON.stringify({ ...draft, items: draft.items.map(({ key: _key, ...content }) => content) });
}

/** The items with one moved from `fromIndex` to `toIndex` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], fromIndex: number, toIndex: number): readonly T[] {
  const moved = items[fromIndex];
  if (moved === undefined) return items;
  const target = Math.min(Math.max(0, toIndex), items.length - 1);
  if (target === fromIndex) return items;
  const without = items.filter((_, index) => index !== fromIndex);
  return [...without.slice(0, target), moved, ...without.slice(target)];
}
