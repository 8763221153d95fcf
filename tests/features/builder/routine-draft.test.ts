// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { compile } from '../../../src/engine/compile';
import { checkDraft } from '../../../src/features/builder/check-draft';
import { draftFromRoutine, emptyDraft, moveItem, newDraftItem, withItems } from '../../../src/features/builder/routine-draft';
import { sampleRoutine } from '../../shared/routine-transfer/transfer-fixtures';

const context = { exercisesById: catalog.exercisesById, checkRoutine: (routine: Parameters<typeof compile>[0]) => compile(routine, catalog), defaultRestSeconds: 20 };

describe('the builder draft', () => {
  it('turns a routine into a draft and back into the same routine', () => {
    const routine = sampleRoutine();
    const check = checkDraft(draftFromRoutine(routine), routine.id, context);
    expect(check.errors).toEqual(new Map());
    expect(check.routine).toEqual(routine);
    expect(check.plan?.totalDurationMs).toBeGreaterThan(0);
  });

  it('still times the routine while its name is empty', () => {
    const draft = { ...draftFromRoutine(sampleRoutine()), name: '' };
    const check = checkDraft(draft, 'x', context);
    expect(check.routine).toBeNull();
    expect(check.errors.get('name')).toBe('Name must not be empty.');
    expect(check.plan).not.toBeNull();
  });

  it('refuses a name of only zero-width characters, saying why in a sentence', () => {
    const draft = { ...draftFromRoutine(sampleRoutine()), name: '\u200b\u200d\u2060' };
    const check = checkDraft(draft, 'x', context);
    expect(check.routine).toBeNull();
    expect(check.errors.get('name')).toBe('Name needs at least one visible letter, digit or symbol.');
  });

  it('saves a name, purpose and notes with right-to-left overrides, NULs and zero-width spaces removed', () => {
    const draft = { ...draftFromRoutine(sampleRoutine()), name: ' \u202eMorning\u0000  back\u200b', purpose: 'Wake\tup\u2066', notes: ['One\u00ad\r\ntwo', '\u200b'] };
    const check = checkDraft(draft, sampleRoutine().id, context);
    expect(check.errors).toEqual(new Map());
    expect(check.routine).toEqual(sampleRoutine({ name: 'Morning back', purpose: 'Wake up', notes: ['One\ntwo'] }));
  });

  it('counts the 100-character limit on the cleaned name', () => {
    const padded = { ...draftFromRoutine(sampleRoutine()), name: `${'x'.repeat(100)}\u200b\u200b` };
    expect(checkDraft(padded, 'x', context).routine?.name).toBe('x'.repeat(100));
    const long = { ...draftFromRoutine(sampleRoutine()), name: 'x'.repeat(101) };
    expect(checkDraft(long, 'x', context).errors.get('name')).toBe('Name must be at most 100 characters; this one has 101.');
  });

  it('reads "1,5" as one and a half and leaves an empty field to the default', () => {
    const draft = draftFromRoutine(sampleRoutine());
    const items = draft.items.map((item, index) => (index === 1 ? { ...item, holdSeconds: '1,5', reps: '' } : item));
    expect(checkDraft({ ...draft, items }, 'x', context).routine?.items[1]).toEqual({ exerciseId: 'pelvic-lift', overrides: { holdSeconds: 1.5 } });
  });

  it('names the field in every message: "Sets must be at most 20.", "The routine must have at least one exercise."', () => {
    const draft = draftFromRoutine(sampleRoutine());
    const items = draft.items.map((item, index) => (index === 0 ? { ...item, sets: '25' } : item));
    const check = checkDraft({ ...draft, items }, 'x', context);
    expect(check.errors.get(`${items[0]?.key}.sets`)).toBe('Sets must be at most 20.');
    expect(checkDraft({ ...draft, items: [] }, 'x', context).errors.get('items')).toBe('The routine must have at least one exercise.');
  });

  it('lets the region follow the exercises while it matches them, and keeps a region the user chose', () => {
    const lumbar = withItems(emptyDraft(), [newDraftItem('pelvic-lift')], catalog.exercisesById);
    expect(lumbar.region).toBe('lumbar');
    expect(withItems(emptyDraft(), [newDraftItem('chair-stretch')], catalog.exercisesById).region).toBe('thoracic');
    expect(withItems(lumbar, [...lumbar.items, newDraftItem('chair-stretch')], catalog.exercisesById).region).toBe('full');
    const chosen = { ...lumbar, region: 'thoracic' as const };
    expect(withItems(chosen, [...chosen.items, newDraftItem('quadruped-leg-raise')], catalog.exercisesById).region).toBe('thoracic');
  });

  it('moves an item to a new position and leaves the list alone for a move out of range', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
});
