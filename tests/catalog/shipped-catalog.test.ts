import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-types';
import type { Exercise } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { shippedFiles } from './catalog-fixtures';

function shippedCatalog(): Catalog {
  const result = validateCatalog(shippedFiles());
  if (!result.ok) throw new Error('the shipped catalog is invalid; see validate-catalog-bad-input.test.ts');
  return result.catalog;
}

const catalog = shippedCatalog();
const exercise = (id: string): Exercise => {
  const found = catalog.exercisesById.get(id);
  if (found === undefined) throw new Error(`no exercise ${id}`);
  return found;
};
const routineExerciseIds = (routineId: string): string[] => catalog.routinesById.get(routineId)?.items.map((item) => item.exerciseId) ?? [];

/** Everything the app speaks from an exercise. */
function spokenCues(item: Exercise): string[] {
  const { prescription } = item;
  const parts = prescription.kind === 'timed' ? prescription.parts.flatMap((part) => part.cues) : [];
  const phases = prescription.kind === 'reps' ? prescription.phases.map((phase) => phase.cue) : [];
  const holds = prescription.kind === 'max-hold' ? prescription.cues : [];
  return [...item.setup, ...item.cues, ...parts, ...phases, ...holds, ...(prescription.switch ? [prescription.switch.cue] : [])];
}

/** About 150 words a minute, a calm speaking pace. */
const WORDS_PER_SECOND = 2.5;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the shipped catalog', () => {
  it('has the nine exercises of the article: five for the lower back, four for the upper back', () => {
    const idsByRegion = (region: string) => catalog.exercises.filter((item) => item.region === region).map((item) => item.id);

    expect(idsByRegion('lumbar')).toEqual(['quadruped-leg-raise', 'pelvic-lift', 'diagonal-arm-leg-raise', 'prone-chest-raise-t', 'back-stretch-countermovement']);
    expect(idsByRegion('thoracic')).toEqual(['prone-reverse-fly', 'overhead-band-pull-apart', 'bent-over-reverse-fly', 'chair-stretch']);
  });

  it('has the thirteen back-friendly sports of the article', () => {
    expect(catalog.sports.map((sport) => sport.id)).toEqual([
      'cycling', 'canoeing', 'swimming', 'nordic-walking', 'yoga', 'pilates', 'cross-country-skiing',
      'jogging', 'horse-riding', 'aerobics', 'spine-mobility-exercises', 'dancing', 'inline-skating',
    ]);
  });

  it('keeps every spoken cue short enough to say in about four seconds', () => {
    const tooLong = catalog.exercises.flatMap((item) => spokenCues(item).filter((cue) => wordCount(cue) > 4 * WORDS_PER_SECOND).map((cue) => `${item.id}: ${cue}`));

    expect(tooLong).toEqual([]);
  });

  it('keeps each phase cue short enough to finish within its phase', () => {
    const overrun = catalog.exercises.flatMap((item) =>
      item.prescription.kind === 'reps'
        ? item.prescription.phases.filter((phase) => wordCount(phase.cue) / WORDS_PER_SECOND > phase.seconds.value).map((phase) => `${item.id}: ${phase.cue}`)
        : [],
    );

    expect(overrun).toEqual([]);
  });

  it('tells the user to stop on sharp pain in every exercise', () => {
    const withoutPainStop = catalog.exercises.filter((item) => !item.cautions.some((caution) => /stop/i.test(caution) && /sharp/i.test(caution)));

    expect(withoutPainStop.map((item) => item.id)).toEqual([]);
  });

  it('names the muscles properly next to the article’s words for them', () => {
    const terms = new Map(catalog.exercises.flatMap((item) => item.muscles.map((muscle) => [muscle.articleTerm ?? '', muscle.name] as const)));

    expect(terms.get('hood muscles')).toBe('Trapezius');
    expect(terms.get('broad back muscles')).toBe('Latissimus dorsi');
    expect(terms.get('subbone muscle')).toBe('Infraspinatus');
    expect(terms.get('small and large round muscles')).toBe('Teres minor and teres major');
    expect(terms.get('back extensors')).toBe('Erector spinae');
  });

  it('builds the beginners’ lower-back routine only from exercises the article calls easy or suitable for beginners', () => {
    expect(routineExerciseIds('lower-back-beginner')).toEqual(['quadruped-leg-raise', 'back-stretch-countermovement']);
  });

  it('puts all five lower-back exercises in the full routine, the demanding ones last, with the article’s note on the chest raise', () => {
    const ids = routineExerciseIds('lower-back-full');
    const lumbarIds = catalog.exercises.filter((item) => item.region === 'lumbar').map((item) => item.id);

    expect([...ids].sort()).toEqual([...lumbarIds].sort());
    expect(ids.slice(-2)).toEqual(['prone-chest-raise-t', 'diagonal-arm-leg-raise']);
    expect(catalog.routinesById.get('lower-back-full')?.notes?.join(' ')).toMatch(/chest raise.*only after a few sessions/i);
  });

  it('ends the upper-back and full-back routines with the chair stretch, as the article suggests', () => {
    const upper = routineExerciseIds('upper-back');

    expect([...upper].sort()).toEqual(['bent-over-reverse-fly', 'chair-stretch', 'overhead-band-pull-apart', 'prone-reverse-fly']);
    expect(upper.at(-1)).toBe('chair-stretch');
    expect(routineExerciseIds('full-back').at(-1)).toBe('chair-stretch');
    expect(new Set(routineExerciseIds('full-back'))).toEqual(new Set(catalog.exercises.map((item) => item.id)));
  });

  it('gives every routine a name, a one-line purpose and a level, and no hand-written duration', () => {
    for (const routine of catalog.routines) {
      expect(routine.name.length).toBeGreaterThan(0);
      expect(routine.purpose).not.toMatch(/\n/);
      expect(['beginner', 'intermediate', 'advanced']).toContain(routine.level);
      expect(Object.keys(routine)).not.toContain('durationSeconds');
    }
    expect(catalog.routines.map((routine) => routine.id)).toEqual(['lower-back-beginner', 'lower-back-full', 'upper-back', 'full-back', 'desk-break']);
  });

  it('marks the demanding exercises as such and the article’s easy ones as beginner', () => {
    expect(exercise('diagonal-arm-leg-raise').level).toBe('advanced');
    expect(exercise('prone-chest-raise-t').level).not.toBe('beginner');
    expect(['quadruped-leg-raise', 'back-stretch-countermovement', 'prone-reverse-fly'].map((id) => exercise(id).level)).toEqual(['beginner', 'beginner', 'beginner']);
  });
});
