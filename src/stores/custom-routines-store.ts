import type { IDBPObjectStore } from 'idb';
import { create } from 'zustand';
import { catalog } from '../catalog/catalog';
import type { Routine } from '../catalog/schema';
import { RESERVED_ROUTINE_IDS } from '../shared/paths';
import { routineFormat } from './formats/routine-format';
import { uniqueRoutineId } from './formats/routine-id';
import { dataChanges } from './persistence/data-changes';
import { userDatabase, type RoutineRow, type UprightDatabase, type UprightSchema } from './persistence/user-database';
import { decodeVersioned } from './persistence/versioned-format';
import { tabId } from './persistence/tab-id';

/**
 * The user's own routines, one IndexedDB row each. Every action is a transaction on the rows it
 * concerns, so two tabs that save different routines both keep theirs; the same routine saved
 * in two tabs ends as the later save, and the other tab is told. The store assigns ids itself
 * (inside the transaction, against every id stored, built in or reserved), so no caller can
 * pick one that is taken.
 */
interface StoredRoutine {
  readonly routine: Routine;
  readonly position: number;
  readonly revision: string;
}

export interface RoutineChangedElsewhere {
  readonly routineId: string;
  readonly name: string | null;
  /** Its revision now; a builder that began from another one is out of date. */
  readonly revision: string | null;
}

interface CustomRoutinesState {
  readonly ready: boolean;
  /** In the user's order. */
  readonly stored: readonly StoredRoutine[];
  readonly routines: readonly Routine[];
  /** Routines another tab saved or deleted since this tab loaded them. */
  readonly changedElsewhere: Readonly<Record<string, RoutineChangedElsewhere>>;
}

const useCustomRoutinesStore = create<CustomRoutinesState>()(() => ({ ready: false, stored: [], routines: [], changedElsewhere: {} }));

/** A routine that was deleted, with what undo needs to put it back where it was. */
export interface DeletedRoutine {
  readonly routine: Routine;
  readonly position: number;
}

export type ImportChoice = { readonly routine: Routine; readonly keepBoth: boolean };

async function readAll(database: UprightDatabase): Promise<StoredRoutine[]> {
  const rows = await database.getAll('routines');
  return rows
    .flatMap((row) => {
      const decoded = decodeVersioned(routineFormat, row.v, row.data);
      return decoded.kind === 'ok' ? [{ routine: { ...decoded.value, id: row.id }, position: row.position, revision: row.revision }] : [];
    })
    .sort((a, b) => a.position - b.position);
}

async function reload(changedByOthers: readonly string[] = []): Promise<void> {
  const { database } = await userDatabase();
  const stored = await readAll(database);
  useCustomRoutinesStore.setState((state) => {
    const changedElsewhere = { ...state.changedElsewhere };
    for (const routineId of changedByOthers) {
      const now = stored.find((entry) => entry.routine.id === routineId);
      changedElsewhere[routineId] = { routineId, name: now?.routine.name ?? null, revision: now?.revision ?? null };
    }
    return { ready: true, stored, routines: stored.map((entry) => entry.routine), changedElsewhere };
  });
}

const newRevision = () => `${tabId}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}`;

function row(routine: Routine, position: number): RoutineRow {
  return { id: routine.id, position, savedAtMs: Date.now(), revision: newRevision(), v: routineFormat.version, data: routine };
}

type RoutinesStore = IDBPObjectStore<UprightSchema, ['routines'], 'routines', 'readwrite'>;

/** Runs `work` in one readwrite transaction on the routines, then tells this tab and the others. */
async function change<T>(work: (routines: RoutinesStore) => Promise<{ result: T; ids: readonly string[] }>): Promise<T> {
  const { database } = await userDatabase();
  const tx = database.transaction('routines', 'readwrite');
  const { result, ids } = await work(tx.objectStore('routines'));
  await tx.done;
  await reload();
  if (ids.length > 0) dataChanges.announce({ store: 'routines', ids });
  return result;
}

async function freeId(routines: RoutinesStore, name: string, extraTaken: Iterable<string> = []): Promise<string> {
  const taken = new Set<string>([...catalog.routinesById.keys(), ...RESERVED_ROUTINE_IDS, ...(await routines.getAllKeys()), ...extraTaken]);
  return uniqueRoutineId(name, taken);
}

async function lastPosition(routines: RoutinesStore): Promise<number> {
  return Math.max(0, ...(await routines.getAll()).map((existing) => existing.position));
}

/** Actions are events: what happened, not which field to set. Each resolves once it is stored. */
export const customRoutineActions = {
  /** A new routine (its id is made here from its name): resolves to it as saved. */
  routineCreated(routine: Omit<Routine, 'id'>): Promise<Routine> {
    return change(async (routines) => {
      const created: Routine = { ...routine, id: await freeId(routines, routine.name) };
      await routines.add(row(created, (await lastPosition(routines)) + 1));
      return { result: created, ids: [created.id] };
    });
  },
  /** The routine's new content; the later save wins for this routine, and no other is touched. */
  routineUpdated(routine: Routine): Promise<void> {
    return change(async (routines) => {
      const existing = await routines.get(routine.id);
      await routines.put(row(routine, existing?.position ?? (await lastPosition(routines)) + 1));
      return { result: undefined, ids: [routine.id] };
    });
  },
  /** A new name for a saved routine; its id (and so its links and history) stays. */
  routineRenamed(routineId: string, name: string): Promise<void> {
    return change(async (routines) => {
      const existing = await routines.get(routineId);
      const decoded = existing ? decodeVersioned(routineFormat, existing.v, existing.data) : null;
      if (!existing || decoded?.kind !== 'ok') return { result: undefined, ids: [] };
      await routines.put(row({ ...decoded.value, name }, existing.position));
      return { result: undefined, ids: [routineId] };
    });
  },
  /** A copy with its own id, placed right after the original; null when the original is gone. */
  routineDuplicated(sourceId: string, copyName: string): Promise<Routine | null> {
    return change(async (routines) => {
      const source = await routines.get(sourceId);
      const decoded = source ? decodeVersioned(routineFormat, source.v, source.data) : null;
      if (!source || decoded?.kind !== 'ok') return { result: null, ids: [] };
      const after = (await routines.getAll()).map((existing) => existing.position).filter((position) => position > source.position);
      const position = after.length > 0 ? (source.position + Math.min(...after)) / 2 : source.position + 1;
      const copy: Routine = { ...decoded.value, name: copyName, id: await freeId(routines, copyName) };
      await routines.add(row(copy, position));
      return { result: copy, ids: [copy.id] };
    });
  },
  /** Resolves to what undo needs, or null when it was already gone. */
  routineDeleted(routineId: string): Promise<DeletedRoutine | null> {
    const before = useCustomRoutinesStore.getState().stored.find((entry) => entry.routine.id === routineId);
    return change(async (routines) => {
      const existing = await routines.get(routineId);
      if (!existing) return { result: null, ids: [] };
      await routines.delete(routineId);
      return { result: before ? { routine: before.routine, position: before.position } : null, ids: [routineId] };
    });
  },
  /** Undo of a delete: the routine comes back where it was, unless its id was taken meanwhile. */
  routineRestored(deleted: DeletedRoutine): Promise<void> {
    return change(async (routines) => {
      if ((await routines.getKey(deleted.routine.id)) !== undefined) return { result: undefined, ids: [] };
      await routines.add(row(deleted.routine, deleted.position));
      return { result: undefined, ids: [deleted.routine.id] };
    });
  },
  /**
   * Saves several at once (an import or a shared link). `keepBoth` (or an id that is built in,
   * reserved or malformed) gets a fresh id; otherwise the routine replaces its namesake. Resolves
   * to the routines as saved.
   */
  routinesImported(choices: readonly ImportChoice[]): Promise<readonly Routine[]> {
    return change(async (routines) => {
      const saved: Routine[] = [];
      let position = await lastPosition(routines);
      for (const { routine, keepBoth } of choices) {
        const idUsable = !catalog.routinesById.has(routine.id) && !RESERVED_ROUTINE_IDS.has(routine.id) && !saved.some((done) => done.id === routine.id);
        const existing = idUsable ? await routines.get(routine.id) : undefined;
        const id = idUsable && (!existing || !keepBoth) ? routine.id : await freeId(routines, routine.name, saved.map((done) => done.id));
        const final: Routine = { ...routine, id };
        position += 1;
        await routines.put(row(final, existing && id === routine.id ? existing.position : position));
        saved.push(final);
      }
      return { result: saved, ids: saved.map((routine) => routine.id) };
    });
  },
  /** The user has seen that another tab changed this routine. */
  changeElsewhereSeen(routineId: string): void {
    useCustomRoutinesStore.setState((state) => {
      if (!(routineId in state.changedElsewhere)) return state;
      const { [routineId]: _seen, ...rest } = state.changedElsewhere;
      return { changedElsewhere: rest };
    });
  },
};

export const useCustomRoutinesReady = (): boolean => useCustomRoutinesStore((state) => state.ready);
export const useCustomRoutines = (): readonly Routine[] => useCustomRoutinesStore((state) => state.routines);
export const useCustomRoutine = (routineId: string | undefined): Routine | undefined =>
  useCustomRoutinesStore((state) => state.routines.find((routine) => routine.id === routineId));
/** The routine's current revision, to tell later whether another tab saved it meanwhile. */
export const getRoutineRevision = (routineId: string): string | null =>
  useCustomRoutinesStore.getState().stored.find((entry) => entry.routine.id === routineId)?.revision ?? null;
export const useRoutineChangedElsewhere = (routineId: string | null): RoutineChangedElsewhere | null =>
  useCustomRoutinesStore((state) => (routineId ? (state.changedElsewhere[routineId] ?? null) : null));
/** For code outside React (the player's routine lookup, import collision checks). */
export const getCustomRoutines = (): readonly Routine[] => useCustomRoutinesStore.getState().routines;

/** For tests: no routines, in the database and in memory. */
export async function resetCustomRoutinesStore(): Promise<void> {
  const { database } = await userDatabase();
  await database.clear('routines');
  useCustomRoutinesStore.setState({ changedElsewhere: {} });
  await reload();
}

/** Loaded when the module is first used; then kept in step with other tabs. */
export const customRoutinesLoaded: Promise<void> = reload().catch(() => useCustomRoutinesStore.setState({ ready: true }));
dataChanges.subscribe((change) => {
  if (change.store === 'routines') void reload(change.ids);
});
