import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sampleRoutine } from '../shared/routine-transfer/transfer-fixtures';
import { useTabs } from './history-fixtures';

const tab = useTabs();

const { id: _id, ...unsaved } = sampleRoutine();

describe('the custom routines store', () => {
  it('gives a new routine an id of its own, never a built-in or reserved one', async () => {
    const { customRoutineActions } = await tab();
    const first = await customRoutineActions.routineCreated({ ...unsaved, name: 'Upper back' });
    const second = await customRoutineActions.routineCreated({ ...unsaved, name: 'Upper back' });
    const shared = await customRoutineActions.routineCreated({ ...unsaved, name: 'Shared' });
    expect([first.id, second.id, shared.id]).toEqual(['my-upper-back', 'my-upper-back-2', 'my-shared']);
    const imported = await customRoutineActions.routinesImported([{ routine: sampleRoutine({ id: 'upper-back' }), keepBoth: false }, { routine: sampleRoutine({ id: 'shared' }), keepBoth: false }]);
    expect(imported.map((routine) => routine.id)).not.toContain('upper-back');
    expect(imported.map((routine) => routine.id)).not.toContain('shared');
  });

  it('keeps the routines that two open tabs save, and shows each in the other without a reload', async () => {
    const tabA = await tab();
    const tabB = await tab();
    await tabA.customRoutineActions.routinesImported([{ routine: sampleRoutine({ id: 'from-link-a', name: 'From A' }), keepBoth: true }]);
    await tabB.customRoutineActions.routinesImported([{ routine: sampleRoutine({ id: 'from-link-b', name: 'From B' }), keepBoth: true }]);
    await vi.waitFor(() => expect(tabA.getCustomRoutines().map((routine) => routine.name)).toEqual(['From A', 'From B']));
    expect(tabB.getCustomRoutines().map((routine) => routine.name)).toEqual(['From A', 'From B']);
    expect((await tab()).getCustomRoutines().map((routine) => routine.name)).toEqual(['From A', 'From B']);
  });

  it('lets the later save of the same routine win, touches no other, and tells the other tab', async () => {
    const tabA = await tab();
    await tabA.customRoutineActions.routinesImported([
      { routine: sampleRoutine({ id: 'mine', name: 'Mine' }), keepBoth: false },
      { routine: sampleRoutine({ id: 'other', name: 'Other' }), keepBoth: false },
    ]);
    const tabB = await tab();
    await tabA.customRoutineActions.routineUpdated(sampleRoutine({ id: 'mine', name: 'Mine, from A' }));
    await tabB.customRoutineActions.routineUpdated(sampleRoutine({ id: 'mine', name: 'Mine, from B' }));
    await vi.waitFor(() => expect(tabA.getCustomRoutines().map((routine) => routine.name)).toEqual(['Mine, from B', 'Other']));
    const { result } = renderHook(() => tabA.useRoutineChangedElsewhere('mine'));
    expect(result.current).toEqual({ routineId: 'mine', name: 'Mine, from B', revision: tabB.getRoutineRevision('mine') });
    expect(renderHook(() => tabA.useRoutineChangedElsewhere('other')).result.current).toBeNull();
  });

  it('puts a copy right after its original and a deleted routine back where it was', async () => {
    const { customRoutineActions, getCustomRoutines } = await tab();
    await customRoutineActions.routinesImported(['One', 'Two', 'Three'].map((name) => ({ routine: sampleRoutine({ id: name.toLowerCase(), name }), keepBoth: false })));
    await customRoutineActions.routineDuplicated('one', 'One (copy)');
    expect(getCustomRoutines().map((routine) => routine.name)).toEqual(['One', 'One (copy)', 'Two', 'Three']);
    const deleted = await customRoutineActions.routineDeleted('two');
    expect(getCustomRoutines().map((routine) => routine.name)).toEqual(['One', 'One (copy)', 'Three']);
    await customRoutineActions.routineRestored(deleted!);
    expect(getCustomRoutines().map((routine) => routine.name)).toEqual(['One', 'One (copy)', 'Two', 'Three']);
  });

  it('renames inside the stored row, keeping what another tab changed meanwhile', async () => {
    const tabA = await tab();
    await tabA.customRoutineActions.routinesImported([{ routine: sampleRoutine({ id: 'mine', name: 'Mine' }), keepBoth: false }]);
    const tabB = await tab();
    await tabB.customRoutineActions.routineUpdated(sampleRoutine({ id: 'mine', name: 'Mine', purpose: 'Changed in B' }));
    await tabA.customRoutineActions.routineRenamed('mine', 'Renamed in A');
    expect(tabA.getCustomRoutines()[0]).toMatchObject({ name: 'Renamed in A', purpose: 'Changed in B' });
  });
});

describe('the drafts store', () => {
  it('keeps a draft typed in each tab and shows both in both', async () => {
    const tabA = await tab();
    const tabB = await tab();
    const draft = (name: string) => ({ draft: { name, purpose: '', region: 'lumbar' as const, level: 'beginner' as const, notes: [], items: [] }, baseline: '{}' });
    tabA.routineDraftActions.draftEdited('new', draft('Typed in A'));
    tabB.routineDraftActions.draftEdited('my-evening', draft('Typed in B'));
    await Promise.all([tabA.draftWritesSettled(), tabB.draftWritesSettled()]);
    await vi.waitFor(() => expect(tabA.getRoutineDraft('my-evening')?.draft.name).toBe('Typed in B'));
    await vi.waitFor(() => expect(tabB.getRoutineDraft('new')?.draft.name).toBe('Typed in A'));
    const third = await tab();
    expect([third.getRoutineDraft('new')?.draft.name, third.getRoutineDraft('my-evening')?.draft.name]).toEqual(['Typed in A', 'Typed in B']);
  });
});
