import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { routineEquipment } from '../../src/catalog/routine-equipment';

const equipmentOf = (exerciseIds: string[]) =>
  routineEquipment({ items: exerciseIds.map((exerciseId) => ({ exerciseId })) }, catalog.exercisesById).map((piece) => `${piece.id}${piece.optional ? ' (optional)' : ''}`);

describe('routineEquipment', () => {
  it('lists each piece once, in the order the exercises first need it', () => {
    expect(equipmentOf(['overhead-band-pull-apart', 'bent-over-reverse-fly', 'chair-stretch'])).toEqual([
      'deuser-band (optional)',
      'light-dumbbells (optional)',
      'chair',
      'pillow (optional)',
    ]);
  });

  it('needs nothing but an optional mat for the floor exercises', () => {
    expect(equipmentOf(['quadruped-leg-raise', 'pelvic-lift'])).toEqual(['exercise-mat (optional)']);
  });

  it('makes a piece required when any exercise requires it', () => {
    const exercisesById = new Map(catalog.exercisesById);
    const fly = catalog.exercisesById.get('bent-over-reverse-fly')!;
    exercisesById.set('heavy-fly', { ...fly, id: 'heavy-fly', equipment: [{ ...fly.equipment[0]!, optional: false }] });

    const equipment = routineEquipment({ items: [{ exerciseId: 'bent-over-reverse-fly' }, { exerciseId: 'heavy-fly' }] }, exercisesById);

    expect(equipment).toEqual([expect.objectContaining({ id: 'light-dumbbells', optional: false })]);
  });

  it('skips exercises it does not know', () => {
    expect(equipmentOf(['no-such-exercise'])).toEqual([]);
  });
});
