import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { errorLines, exerciseIn, routineIn, shippedFiles } from './catalog-fixtures';

describe('validateCatalog cross-references and rules beyond the schema', () => {
  it('gives the typed catalog with lookups by id when everything is valid', () => {
    const result = validateCatalog(shippedFiles());
    if (!result.ok) throw new Error('the shipped catalog should be valid');

    expect(result.catalog.exercisesById.get('chair-stretch')?.name).toBe('Chair stretch');
    expect(result.catalog.routinesById.get('upper-back')?.items).toHaveLength(4);
    expect(result.catalog.sportsById.get('swimming')?.variants).toHaveLength(4);
  });

  it('does not report a routine item twice when the exercise it names is itself invalid', () => {
    const files = shippedFiles();
    exerciseIn(files, 'chair-stretch').level = 'easy';

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/exercises.json: exercise "chair-stretch", level: must be 'beginner', 'intermediate' or 'advanced' (got "easy")`,
    ]);
  });

  it('requires repetitions for an exercise that alternates sides', () => {
    const files = shippedFiles();
    const prescription = exerciseIn(files, 'quadruped-leg-raise').prescription;
    prescription.sides = 'alternating';
    delete prescription.switch;

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/exercises.json: exercise "quadruped-leg-raise", prescription.sides: 'alternating' needs repetitions to alternate, but the kind is 'timed': use kind 'reps'`,
    ]);
  });

  it('rejects a max-hold whose cap is not above its target', () => {
    const files = shippedFiles();
    exerciseIn(files, 'prone-chest-raise-t').prescription.capSeconds.value = 3;

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/exercises.json: exercise "prone-chest-raise-t", prescription.capSeconds.value: must be above the target of 5 s, or the hold ends before its goal (got 3 s)',
    ]);
  });

  it('rejects side settings on an exercise that works both sides at once', () => {
    const files = shippedFiles();
    exerciseIn(files, 'pelvic-lift').prescription.sideLabels = { right: 'Right', left: 'Left' };

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/exercises.json: exercise "pelvic-lift", prescription.sideLabels: is not used: a 'bilateral' exercise works both sides at once; remove it`,
    ]);
  });

  it('rejects two phases of one repetition with the same name', () => {
    const files = shippedFiles();
    exerciseIn(files, 'prone-reverse-fly').prescription.phases[2].name = 'raise';

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/exercises.json: exercise "prone-reverse-fly", prescription.phases[2].name: "raise" is used twice: each phase needs its own name',
    ]);
  });

  it('rejects one equipment id with two different names', () => {
    const files = shippedFiles();
    exerciseIn(files, 'bent-over-reverse-fly').equipment[0].name = 'Dumbbells';

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/exercises.json: exercise "bent-over-reverse-fly", equipment[0].name: "Dumbbells" differs from "Light dumbbells", the name of equipment "light-dumbbells" in exercise "overhead-band-pull-apart": one id, one name',
    ]);
  });

  it('rejects an override that does not fit the exercise', () => {
    const files = shippedFiles();
    routineIn(files, 'desk-break').items[2].overrides = { seconds: 30, sides: 'left' };

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/routines.json: routine "desk-break", items[2].overrides.seconds: does not apply to "chair-stretch": it is a 'reps' exercise, without timed parts`,
      'data/routines.json: routine "desk-break", items[2].overrides.sides: does not apply to "chair-stretch": it works both sides at once',
    ]);
  });

  it('accepts a hold override on an exercise whose hold is its stretch position', () => {
    const files = shippedFiles();
    routineIn(files, 'lower-back-beginner').items[1].overrides = { holdSeconds: 8 };

    expect(errorLines(validateCatalog(files))).toEqual([]);
  });

  it('rejects a routine whose region does not match its exercises', () => {
    const files = shippedFiles();
    routineIn(files, 'upper-back').items.push({ exerciseId: 'pelvic-lift' });

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/routines.json: routine "upper-back", region: is 'thoracic' but "pelvic-lift" is not: use 'full' or remove it`,
    ]);
  });

  it('rejects a routine labelled easier than its hardest exercise', () => {
    const files = shippedFiles();
    routineIn(files, 'lower-back-beginner').items.push({ exerciseId: 'diagonal-arm-leg-raise' });

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/routines.json: routine "lower-back-beginner", level: is 'beginner' but it includes harder exercises: "diagonal-arm-leg-raise" (advanced)`,
    ]);
  });

  it('rejects a sport listing the same variant twice', () => {
    const files = shippedFiles();
    const swimming = files.sports.sports.find((sport: { id: string }) => sport.id === 'swimming');
    swimming.variants.push({ ...swimming.variants[0] });

    expect(errorLines(validateCatalog(files))).toEqual(['data/sports.json: sport "swimming", variants[4].name: "Backstroke" is listed twice']);
  });

  it('requires a quote for a number from the article and a note for a default', () => {
    const files = shippedFiles();
    delete exerciseIn(files, 'prone-reverse-fly').prescription.reps.quote;
    delete exerciseIn(files, 'chair-stretch').facts;
    delete exerciseIn(files, 'chair-stretch').prescription.sets.note;

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/exercises.json: exercise "prone-reverse-fly", prescription.reps: comes from the article but has no "quote": add the article's words for 6`,
      'data/exercises.json: exercise "chair-stretch", prescription.sets: is a default but has no "note": say why 1 is a safe choice',
    ]);
  });
});
