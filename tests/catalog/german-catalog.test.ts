import { describe, expect, it } from 'vitest';
import { catalog as englishCatalog } from '../../src/catalog/catalog';
import type { Catalog } from '../../src/catalog/catalog-types';
import { loadLocalizedCatalog } from '../../src/catalog/localized-catalog';
import type { Exercise } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { compile } from '../../src/engine/compile';
import { describePrescription } from '../../src/engine/describe-prescription';
import { errorLines, shippedFiles } from './catalog-fixtures';
import { activateLanguage, translate } from '../../src/shared/i18n/i18n';
import { prescriptionText } from '../../src/shared/i18n/engine-text';

const german: Catalog = await loadLocalizedCatalog('de');

/** Everything the player speaks from an exercise. */
function spokenTexts(item: Exercise): string[] {
  const { prescription } = item;
  const parts = prescription.kind === 'timed' ? prescription.parts.flatMap((part) => [part.name, ...part.cues]) : [];
  const phases = prescription.kind === 'reps' ? prescription.phases.map((phase) => phase.cue) : [];
  const holds = prescription.kind === 'max-hold' ? prescription.cues : [];
  const sides = prescription.sideLabels ? [prescription.sideLabels.right, prescription.sideLabels.left] : [];
  return [...item.setup, ...item.cues, ...parts, ...phases, ...holds, ...sides, ...(prescription.switch ? [prescription.switch.cue] : [])];
}
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const allTexts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(allTexts) : typeof value === 'object' && value !== null ? Object.values(value).flatMap(allTexts) : [];

describe('the German catalog', () => {
  it('passes the same checks as the English one', () => {
    expect(errorLines(validateCatalog(shippedFiles('de')))).toEqual([]);
  });

  it('has the same exercises, routines and sports, numbers, roles and caution ids as the English one', () => {
    const structureOf = (catalog: Catalog) =>
      catalog.exercises.map((item) => ({
        id: item.id, level: item.level, cautionIds: item.cautionIds, equipment: item.equipment.map((piece) => [piece.id, piece.optional]),
        steps: item.prescription.kind === 'reps' ? item.prescription.phases.map((phase) => [phase.role, phase.seconds.value]) : item.prescription.kind === 'timed' ? item.prescription.parts.map((part) => [part.role, part.seconds.value]) : [],
      }));

    expect(structureOf(german)).toEqual(structureOf(englishCatalog));
    expect(german.routines.map((routine) => routine.items)).toEqual(englishCatalog.routines.map((routine) => routine.items));
    expect(german.sports.map((sport) => sport.id)).toEqual(englishCatalog.sports.map((sport) => sport.id));
  });

  it('gives every built-in routine the same duration in German, since the hold rule asks roles, not words', () => {
    const durations = (catalog: Catalog) => catalog.routines.map((routine) => {
      const compiled = compile(routine, catalog);
      return compiled.ok ? compiled.plan.steps.reduce((sum, step) => sum + (step.durationMs ?? 0), 0) : null;
    });

    expect(durations(german)).toEqual(durations(englishCatalog));
  });

  it('applies a hold override to the German stretch position as to the English one', async () => {
    const stretch = german.exercisesById.get('back-stretch-countermovement')!;
    await activateLanguage('de');
    try {
      expect(prescriptionText(describePrescription(stretch, { holdSeconds: 9 }), translate, 'de', german)).toMatch(/Streckposition 9 s/i);
    } finally {
      await activateLanguage('en');
    }
  });

  it('names exercises and muscles with the physiotherapist’s German terms', () => {
    const words = allTexts(german.exercises).join(' ');

    for (const term of ['Vierfüßlerstand', 'Beckenheben (Brücke)', 'Lendenwirbelsäule', 'Brustwirbelsäule', 'Rückenstrecker', 'Deuserband', 'Kapuzenmuskel', 'Bauchlage', 'Rückenlage', 'Untergrätenmuskel']) {
      expect(words).toContain(term);
    }
    expect(german.sports.map((sport) => sport.name)).toContain('Wirbelsäulengymnastik');
  });

  it('keeps every spoken German text short, speakable and without brackets', () => {
    const problems = german.exercises.flatMap((item) =>
      spokenTexts(item).filter((text) => wordCount(text) > 10 || /[()[\]{}]/.test(text)).map((text) => `${item.id}: ${text}`),
    );

    expect(problems).toEqual([]);
  });

  it('keeps each German phase cue short enough to finish within its phase', () => {
    const overrun = german.exercises.flatMap((item) =>
      item.prescription.kind === 'reps' ? item.prescription.phases.filter((phase) => wordCount(phase.cue) / 2.5 > phase.seconds.value).map((phase) => `${item.id}: ${phase.cue}`) : [],
    );

    expect(overrun).toEqual([]);
  });

  it('keeps the article’s quotes as the English source has them, each with a German explanation', () => {
    const numbers = (catalog: Catalog) => allNumbers(catalog.exercises);
    const quoted = numbers(german).filter((number) => number.quote !== undefined);

    expect(quoted.map((number) => number.quote)).toEqual(numbers(englishCatalog).filter((number) => number.quote !== undefined).map((number) => number.quote));
    expect(quoted.filter((number) => !number.quoteMeaning)).toEqual([]);
    expect(quoted.length).toBeGreaterThan(20);
  });

  it('has German words, not English ones, in every name and cue', () => {
    const same = german.exercises.flatMap((item) => {
      const english = englishCatalog.exercisesById.get(item.id)!;
      return [item.name === english.name ? item.name : null, ...item.cues.filter((cue, index) => cue === english.cues[index])].filter((text) => text !== null);
    });

    expect(same).toEqual([]);
    expect(allTexts(german.exercises).join(' ')).toMatch(/[äöüß]/);
  });
});

interface FoundNumber { readonly quote?: string; readonly quoteMeaning?: string }
function allNumbers(value: unknown): FoundNumber[] {
  if (Array.isArray(value)) return value.flatMap(allNumbers);
  if (typeof value !== 'object' || value === null) return [];
  if ('source' in value && 'value' in value) return [value as FoundNumber];
  return Object.values(value).flatMap(allNumbers);
}
