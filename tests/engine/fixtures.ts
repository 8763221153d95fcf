/** Small exercises that mirror the article, so the engine's tests do not depend on the shipped data. */
import type { Exercise, Prescription, Routine, RoutineItem } from '../../src/catalog/schema';

const article = (value: number) => ({ value, source: 'article' as const, quote: 'from the article' });
const chosen = (value: number) => ({ value, source: 'default' as const, note: 'chosen here' });

function exercise(id: string, name: string, setup: string[], prescription: Prescription): Exercise {
  return {
    id, name, articleName: name, region: 'lumbar', level: 'beginner', summary: `${name}.`,
    muscles: [{ id: 'erector-spinae', name: 'Erector spinae' }], equipment: [], setup, cues: ['Breathe.'],
    cautions: ['Stop if it hurts.'], cautionIds: ['stop-if-it-hurts'], prescription,
  };
}

export const quadrupedLegRaise = exercise('quadruped-leg-raise', 'Quadruped leg raise', ['Kneel on all fours.', 'Back straight.'], {
  kind: 'timed', sides: 'per-side', firstSide: 'right', sideLabels: { right: 'Right leg', left: 'Left leg' },
  switch: { seconds: chosen(5), cue: 'Change legs.' }, sets: article(1), restBetweenSetsSeconds: chosen(20),
  parts: [
    { role: 'bent-knee', name: 'Bent knee', seconds: article(25), cues: ['Lift the leg and bend the knee.', 'Keep changing.'] },
    { role: 'straight-leg', name: 'Straight leg', seconds: article(25), cues: ['Stretch the leg back.', 'Small movements.'] },
  ],
});

export const proneReverseFly = exercise('prone-reverse-fly', 'Prone reverse fly', ['Lie on your stomach.'], {
  kind: 'reps', sides: 'bilateral', sets: chosen(1), restBetweenSetsSeconds: chosen(30), reps: article(6),
  phases: [
    { role: 'raise', name: 'Raise', seconds: chosen(1), cue: 'Raise.' },
    { role: 'hold', name: 'Hold', seconds: chosen(3), cue: 'Hold.' },
    { role: 'lower', name: 'Lower', seconds: chosen(1), cue: 'Lower.' },
  ],
});

export const diagonalRaise = exercise('diagonal-raise', 'Diagonal arm and leg raise', ['Lie face down, arms overhead.'], {
  kind: 'reps', sides: 'alternating', firstSide: 'right', sideLabels: { right: 'Right arm and left leg', left: 'Left arm and right leg' },
  sets: chosen(1), restBetweenSetsSeconds: chosen(30), reps: article(10),
  phases: [
    { role: 'raise', name: 'Raise', seconds: chosen(1), cue: 'Raise.' },
    { role: 'lower', name: 'Lower', seconds: chosen(1), cue: 'Lower.' },
  ],
});

export const chestRaise = exercise('chest-raise', 'Prone chest raise', ['Lie face down, arms out to the sides.'], {
  kind: 'max-hold', sides: 'bilateral', sets: chosen(1), restBetweenSetsSeconds: chosen(30),
  targetSeconds: chosen(10), capSeconds: chosen(60), cues: ['Lift chest and arms.', 'Eyes to the floor.'],
});

export const fixtureExercises: readonly Exercise[] = [quadrupedLegRaise, proneReverseFly, diagonalRaise, chestRaise];

export const fixtureCatalog = { exercisesById: new Map(fixtureExercises.map((item) => [item.id, item])) };

/** A routine of the given items (exercise ids or full items). */
export function routineOf(...items: (string | RoutineItem)[]): Routine {
  return {
    id: 'test-routine', name: 'Test routine', purpose: 'Testing.', region: 'lumbar', level: 'beginner',
    items: items.map((item) => (typeof item === 'string' ? { exerciseId: item } : item)),
  };
}
