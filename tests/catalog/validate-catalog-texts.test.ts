import { describe, expect, it } from 'vitest';
import { catalogSourceProblemLines, validateCatalogSources } from '../../src/catalog/validate-catalog-sources';
import { shippedSources, type MutableSources } from './catalog-fixtures';

const lines = (sources: MutableSources) => catalogSourceProblemLines(sources);
const exerciseStructure = (sources: MutableSources, id: string) => sources.structure.exercises.exercises.find((item: { id: string }) => item.id === id);

describe('validateCatalogSources: the structure and the texts of every language', () => {
  it('accepts the shipped structure with its English and German texts', () => {
    const result = validateCatalogSources(shippedSources());

    expect(result.ok && Object.keys(result.catalogs)).toEqual(['en', 'de']);
  });

  it('names the German file, the exercise and the cue when a German cue is missing', () => {
    const sources = shippedSources();
    sources.texts.de.exercises.exercises['quadruped-leg-raise'].cues.splice(2, 1);

    expect(lines(sources)).toEqual(['data/locales/de/exercises.json: exercise "quadruped-leg-raise", cues[3]: missing German text']);
  });

  it('fails on a missing German name, and on an English text the structure needs', () => {
    const sources = shippedSources();
    delete sources.texts.de.exercises.exercises['pelvic-lift'].name;
    delete sources.texts.en.routines.routines['upper-back'].purpose;

    expect(lines(sources)).toEqual([
      'data/locales/en/routines.json: routine "upper-back", purpose: missing English text',
      'data/locales/de/exercises.json: exercise "pelvic-lift", name: missing German text',
    ]);
  });

  it('fails on a caution whose German text is missing', () => {
    const sources = shippedSources();
    delete sources.texts.de.exercises.cautions['stable-chair'];

    expect(lines(sources)).toEqual(['data/locales/de/exercises.json: caution "stable-chair": missing German text']);
  });

  it('reports a German text the English texts do not have', () => {
    const sources = shippedSources();
    sources.texts.de.exercises.exercises['chair-stretch'].cues.push('Atmen.');

    expect(lines(sources)).toEqual(['data/locales/de/exercises.json: exercise "chair-stretch", cues[6]: is not in the English texts']);
  });

  it('reports texts for an item the structure does not have, once for the whole item', () => {
    const sources = shippedSources();
    sources.texts.en.sports.sports.curling = { name: 'Curling', articleName: 'curling', benefits: ['Fun.'] };
    sources.texts.de.exercises.muscles.biceps = 'Bizeps';

    expect(lines(sources)).toEqual([
      'data/locales/en/sports.json: sport "curling": is not used: data/sports.json has no such item or field',
      'data/locales/de/exercises.json: muscle "biceps": is not used: data/exercises.json has no such item or field',
    ]);
  });

  it('reports placeholders that differ between the languages', () => {
    const sources = shippedSources();
    sources.texts.en.routines.routines['desk-break'].notes[2] = 'One set each keeps the break to {minutes} minutes.';
    sources.texts.de.routines.routines['desk-break'].notes[2] = 'Je ein Satz hält die Pause bei {minuten} Minuten.';

    expect(lines(sources)).toEqual([
      'data/locales/de/routines.json: routine "desk-break", notes[2]: has placeholders {minuten} but the English text has {minutes}',
    ]);
  });

  it('asks for a German explanation beside every quote from the (English) source text', () => {
    const sources = shippedSources();
    delete sources.texts.de.exercises.exercises['prone-reverse-fly'].prescription.reps.quoteMeaning;

    expect(lines(sources)).toEqual([
      `data/locales/de/exercises.json: exercise "prone-reverse-fly", prescription.reps.quoteMeaning: missing German explanation of the article's (English) quote`,
    ]);
  });

  it('rejects an unknown phase role with the roles it accepts', () => {
    const sources = shippedSources();
    exerciseStructure(sources, 'pelvic-lift').prescription.phases[1].role = 'halten';

    const [line] = lines(sources);
    expect(line).toMatch(/^data\/exercises\.json: exercise "pelvic-lift", prescription\.phases\[1\]\.role: must be one of 'raise', 'hold', .* \(got "halten"\)$/);
  });

  it('rejects two phases with one role, since logic finds a phase by its role', () => {
    const sources = shippedSources();
    exerciseStructure(sources, 'pelvic-lift').prescription.phases[2].role = 'raise';

    expect(lines(sources)).toEqual([`data/exercises.json: exercise "pelvic-lift", prescription.phases[2].role: 'raise' is used twice: each phase needs its own role`]);
  });

  it('rejects an unknown caution id, and checks no texts against the broken structure', () => {
    const sources = shippedSources();
    exerciseStructure(sources, 'chair-stretch').cautions.push('mind-the-cat');

    expect(lines(sources)).toEqual([
      `data/exercises.json: exercise "chair-stretch", cautions[3]: unknown caution "mind-the-cat": add it to the file's "cautions" list`,
    ]);
  });

  it('reports a problem in the words of one language in that language’s file', () => {
    const sources = shippedSources();
    sources.texts.de.exercises.exercises['prone-reverse-fly'].prescription.phases[2].name = 'anheben';

    expect(lines(sources)).toEqual([
      'data/locales/de/exercises.json: exercise "prone-reverse-fly", prescription.phases[2].name: "anheben" is used twice: each phase needs its own name',
    ]);
  });

  it('reports a structure problem once, not once per language', () => {
    const sources = shippedSources();
    sources.structure.routines.routines[0].items[0].exerciseId = 'plank-x';

    expect(lines(sources)).toEqual(['data/routines.json: routine "lower-back-beginner", items[0].exerciseId: unknown exercise "plank-x"']);
  });
});
