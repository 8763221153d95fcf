import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { errorLines, exerciseIn, routineIn, shippedFiles } from './catalog-fixtures';

describe('validateCatalog on broken data', () => {
  it('accepts the shipped data files', () => {
    expect(errorLines(validateCatalog(shippedFiles()))).toEqual([]);
  });

  it('names the file, routine, item and exercise when a routine names an exercise that does not exist', () => {
    const files = shippedFiles();
    routineIn(files, 'upper-back').items[2].exerciseId = 'plank-x';

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/routines.json: routine "upper-back", items[2].exerciseId: unknown exercise "plank-x"',
    ]);
  });

  it('reports two exercises sharing an id at the second one', () => {
    const files = shippedFiles();
    files.exercises.exercises[4].id = 'pelvic-lift';

    expect(errorLines(validateCatalog(files))).toContain(
      'data/exercises.json: exercise "pelvic-lift", id: "pelvic-lift" is already used by item #2: ids must be unique in the file',
    );
  });

  it('reports two routines or two sports sharing an id', () => {
    const files = shippedFiles();
    files.routines.routines[1].id = 'lower-back-beginner';
    files.sports.sports[1].id = 'cycling';

    const lines = errorLines(validateCatalog(files));
    expect(lines).toContain('data/routines.json: routine "lower-back-beginner", id: "lower-back-beginner" is already used by item #1: ids must be unique in the file');
    expect(lines).toContain('data/sports.json: sport "cycling", id: "cycling" is already used by item #1: ids must be unique in the file');
  });

  it.each([
    ['negative', -25, 'must be at least 0.5 (got -25)'],
    ['zero', 0, 'must be at least 0.5 (got 0)'],
    ['non-numeric', '25', 'must be a number (got "25")'],
    ['null', null, 'must be a number (got null)'],
  ])('rejects a %s duration with the field and what is wrong', (_label, seconds, message) => {
    const files = shippedFiles();
    exerciseIn(files, 'quadruped-leg-raise').prescription.parts[1].seconds.value = seconds;

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/exercises.json: exercise "quadruped-leg-raise", prescription.parts[1].seconds.value: ${message}`,
    ]);
  });

  it('rejects a duration given as a bare number instead of a sourced number', () => {
    const files = shippedFiles();
    exerciseIn(files, 'prone-reverse-fly').prescription.phases[1].seconds = 3;

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/exercises.json: exercise "prone-reverse-fly", prescription.phases[1].seconds: must be a sourced number { value, source, quote?, note? } (got 3)',
    ]);
  });

  it('reports a missing cue list', () => {
    const files = shippedFiles();
    delete exerciseIn(files, 'chair-stretch').cues;

    expect(errorLines(validateCatalog(files))).toEqual(['data/exercises.json: exercise "chair-stretch", cues: is missing']);
  });

  it('reports an empty cue list', () => {
    const files = shippedFiles();
    exerciseIn(files, 'chair-stretch').setup = [];

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/exercises.json: exercise "chair-stretch", setup: must list at least one cue (got 0)',
    ]);
  });

  it('reports an unknown prescription kind with the kinds it accepts', () => {
    const files = shippedFiles();
    exerciseIn(files, 'pelvic-lift').prescription.kind = 'hold-forever';

    expect(errorLines(validateCatalog(files))).toEqual([
      `data/exercises.json: exercise "pelvic-lift", prescription.kind: must have kind 'timed', 'reps' or 'max-hold' (got "hold-forever")`,
    ]);
  });

  it('reports a per-side exercise without a side-switch rule', () => {
    const files = shippedFiles();
    delete exerciseIn(files, 'quadruped-leg-raise').prescription.switch;

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/exercises.json: exercise "quadruped-leg-raise", prescription.switch: is missing: a per-side exercise needs a switch rule ({ seconds, cue }) between the sides',
    ]);
  });

  it('names an item without a usable id by its position', () => {
    const files = shippedFiles();
    delete files.sports.sports[2].id;

    expect(errorLines(validateCatalog(files))).toEqual(['data/sports.json: sport #3 (no valid id), id: is missing']);
  });

  it('reports a misspelt field rather than ignoring it', () => {
    const files = shippedFiles();
    const routine = routineIn(files, 'desk-break');
    routine.purpse = routine.purpose;

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/routines.json: routine "desk-break", purpse: is not a known field (check the spelling)',
    ]);
  });

  it('reports a file that is not the expected shape as a whole', () => {
    const files = shippedFiles();
    files.sports = 'sports go here';

    expect(errorLines(validateCatalog(files))).toEqual([
      'data/sports.json: must be an object { "version": 1, "sports": [...] } (got "sports go here")',
    ]);
  });

  it('reports a file of another version', () => {
    const files = shippedFiles();
    files.routines.version = 2;

    expect(errorLines(validateCatalog(files))).toEqual(['data/routines.json: version: must be 1 (the only file version this app reads) (got 2)']);
  });

  it('reports every broken item, not only the first', () => {
    const files = shippedFiles();
    exerciseIn(files, 'pelvic-lift').level = 'expert';
    exerciseIn(files, 'chair-stretch').region = 'neck';
    routineIn(files, 'full-back').items[0].exerciseId = 'nope';

    expect(errorLines(validateCatalog(files))).toHaveLength(3);
  });
});
