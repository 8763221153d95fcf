import * as v from 'valibot';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { routineSchema, type Routine } from '../catalog/schema';
import { validatedStorage } from './persistence/validated-storage';

/**
 * The user's own routines, saved on this device. Same schema as the built-in routines; ids are
 * unique among custom routines and never collide with a built-in id (callers make them with
 * `uniqueRoutineId`).
 */
interface CustomRoutinesState {
  readonly routines: readonly Routine[];
}

const persistedSchema = v.object({ routines: v.array(routineSchema) });
const STORAGE_VERSION = 1;

const useCustomRoutinesStore = create<CustomRoutinesState>()(
  persist(() => ({ routines: [] as readonly Routine[] }), {
    name: 'upright:custom-routines',
    version: STORAGE_VERSION,
    storage: validatedStorage({ schema: persistedSchema, version: STORAGE_VERSION, label: 'Your routines' }),
  }),
);

const set = useCustomRoutinesStore.setState;

/** Actions are events: what happened, not which field to set. */
export const customRoutineActions = {
  /** Creates the routine, or replaces the one with the same id. */
  routineSaved(routine: Routine): void {
    set((state) => {
      const exists = state.routines.some((existing) => existing.id === routine.id);
      return { routines: exists ? state.routines.map((existing) => (existing.id === routine.id ? routine : existing)) : [...state.routines, routine] };
    });
  },
  /** A new name for a saved routine; its id (and so its links and history) stays. */
  routineRenamed(routineId: string, name: string): void {
    set((state) => ({ routines: state.routines.map((routine) => (routine.id === routineId ? { ...routine, name } : routine)) }));
  },
  /** A copy (with its own id, made by the caller) placed right after the original. */
  routineDuplicated(sourceId: string, copy: Routine): void {
    set((state) => {
      const sourceIndex = state.routines.findIndex((routine) => routine.id === sourceId);
      const at = sourceIndex === -1 ? state.routines.length : sourceIndex + 1;
      return { routines: [...state.routines.slice(0, at), copy, ...state.routines.slice(at)] };
    });
  },
  /** Undo of a delete: the routine comes back where it was. */
  routineRestored(routine: Routine, atIndex: number): void {
    set((state) => {
      if (state.routines.some((existing) => existing.id === routine.id)) return state;
      const at = Math.min(Math.max(0, atIndex), state.routines.length);
      return { routines: [...state.routines.slice(0, at), routine, ...state.routines.slice(at)] };
    });
  },
  routineDeleted(routineId: string): void {
    set((state) => ({ routines: state.routines.filter((routine) => routine.id !== routineId) }));
  },
  /** Adds several at once (an import); each replaces a routine of the same id. */
  routinesImported(routines: readonly Routine[]): void {
    set((state) => {
      const incoming = new Map(routines.map((routine) => [routine.id, routine]));
      const kept = state.routines.filter((routine) => !incoming.has(routine.id));
      return { routines: [...kept, ...incoming.values()] };
    });
  },
};

export const useCustomRoutines = (): readonly Routine[] => useCustomRoutinesStore((state) => state.routines);
export const useCustomRoutine = (routineId: string | undefined): Routine | undefined =>
  useCustomRoutinesStore((state) => state.routines.find((routine) => routine.id === routineId));
/** For code outside React (the player's routine lookup, import collision checks). */
export const getCustomRoutines = (): readonly Routine[] => useCustomRoutinesStore.getState().routines;

/** An id not used by any of `takenIds`, made from a name ("My routine" → "my-routine-2"). */
export function uniqueRoutineId(name: string, takenIds: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'routine';
  const stem = `my-${base.replace(/^my-/, '')}`;
  if (!takenIds.has(stem)) return stem;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${stem}-${counter}`;
    if (!takenIds.has(candidate)) return candidate;
  }
}

/** For tests: back to an empty list. */
export function resetCustomRoutinesStore(): void {
  set({ routines: [] });
}
