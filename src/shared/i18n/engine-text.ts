/**
 * The engine's phrases and descriptors (src/engine/types.ts) in words: engine messages through
 * the app's texts, catalog references through the catalog in the same language (names, side
 * labels, cues, looked up by id). The screens and the speaker call these when a step changes or
 * is said, so a language switched mid-workout shows and speaks at the next step.
 */
import type { Catalog } from '../../catalog/catalog-types';
import type { Exercise, Side } from '../../catalog/schema';
import type { CatalogText, EngineMessage, Phrase, PlanStep, PrescriptionDescriptor } from '../../engine/types';
import type { MessageKey, MessageValues, Translate } from './i18n';
import { formatNumber } from './format';
import type { Language } from './languages';

export type ExerciseLookup = Pick<Catalog, 'exercisesById'>;

const isMessage = (phrase: Phrase): phrase is EngineMessage => 'key' in phrase;

/** An exercise's name; its id when the catalog does not have it (an exercise removed since). */
export const exerciseName = (exerciseId: string, catalog: ExerciseLookup): string => catalog.exercisesById.get(exerciseId)?.name ?? exerciseId;

/** What the side means for this exercise ("Right leg"), or "Right side". */
export function sideLabel(exerciseId: string | null, side: Side, t: Translate, catalog: ExerciseLookup): string {
  const labels = exerciseId === null ? undefined : catalog.exercisesById.get(exerciseId)?.prescription.sideLabels;
  return labels?.[side] ?? t('engine.side', { side });
}

function partName(exercise: Exercise | undefined, part: number): string | undefined {
  const prescription = exercise?.prescription;
  if (prescription?.kind === 'timed') return prescription.parts[part]?.name;
  if (prescription?.kind === 'reps') return prescription.phases[part]?.name;
  return undefined;
}

/** The words of a catalog reference ('' when the catalog no longer has them). */
export function catalogText(text: CatalogText, t: Translate, catalog: ExerciseLookup): string {
  const exercise = catalog.exercisesById.get(text.exerciseId);
  const prescription = exercise?.prescription;
  switch (text.ref) {
    case 'exercise-name':
      return exerciseName(text.exerciseId, catalog);
    case 'side-label':
      return sideLabel(text.exerciseId, text.side, t, catalog);
    case 'setup-cue':
      return exercise?.setup[text.index] ?? '';
    case 'part-cue':
      return prescription?.kind === 'timed' ? (prescription.parts[text.part]?.cues[text.index] ?? '') : '';
    case 'phase-cue':
      return prescription?.kind === 'reps' ? (prescription.phases[text.part]?.cue ?? '') : '';
    case 'hold-cue':
      return prescription?.kind === 'max-hold' ? (prescription.cues[text.index] ?? '') : '';
    case 'switch-cue':
      return prescription?.switch?.cue ?? t('engine.changeSides');
    case 'part-name':
      return partName(exercise, text.part) ?? '';
  }
}

/** "Right leg" inside a sentence: "Start with the right leg", "Zuerst: rechtes Bein" (a German noun after it keeps its capital). */
const inSentence = (label: string): string => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/** The exercise's equipment that is not optional, by name ("Chair"); optional pieces are not said. */
export function requiredEquipmentNames(exerciseId: string, catalog: ExerciseLookup): string[] {
  return (catalog.exercisesById.get(exerciseId)?.equipment ?? []).filter((piece) => !piece.optional).map((piece) => piece.name);
}

function messageText(message: EngineMessage, t: Translate, catalog: ExerciseLookup): string {
  const values: Record<string, string | number> = { ...message.values };
  // An exercise id among the values is said as the exercise's name, with a side as its side label.
  if (typeof values.exerciseId === 'string') {
    values.exercise = exerciseName(values.exerciseId, catalog);
    if (values.side === 'right' || values.side === 'left') values.sideLabel = inSentence(sideLabel(values.exerciseId, values.side, t, catalog));
    if (message.key === 'engine.needEquipment') {
      const names = requiredEquipmentNames(values.exerciseId, catalog);
      // Nothing to fetch (the catalog changed since the plan was made): nothing is said.
      if (names.length === 0) return '';
      values.equipment = names.join(', ');
    }
  }
  return t(message.key as MessageKey, values as MessageValues);
}

export const phraseText = (phrase: Phrase, t: Translate, catalog: ExerciseLookup): string =>
  isMessage(phrase) ? messageText(phrase, t, catalog) : catalogText(phrase, t, catalog);

/**
 * Words as they are said: parenthesised asides are left out ("Pelvic lift (glute bridge)" is said
 * "Pelvic lift", "Beckenheben (Brücke)" "Beckenheben"); a voice reads brackets flatly, as if part
 * of the sentence. The screen shows the full text.
 */
export const withoutBrackets = (text: string): string =>
  text
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+([.,!?;:…])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();

/** Phrases as sentences, as said: each ends with a full stop unless it has its own punctuation; no brackets. */
export function spokenText(phrases: readonly Phrase[], t: Translate, catalog: ExerciseLookup): string {
  return phrases
    .map((phrase) => withoutBrackets(phraseText(phrase, t, catalog)))
    .filter((text) => text.length > 0)
    .map((text) => (/[.!?…]$/.test(text) ? text : `${text}.`))
    .join(' ');
}

/** The name of a work step's part or phase ("Bent knee", "Hold"); null outside work. */
export function phaseName(step: PlanStep, t: Translate, catalog: ExerciseLookup): string | null {
  if (step.kind !== 'work') return null;
  if (step.partIndex !== null && step.exerciseId !== null) {
    const name = partName(catalog.exercisesById.get(step.exerciseId), step.partIndex);
    if (name) return name;
  }
  return step.role === 'hold' ? t('engine.holdPhase') : null;
}

/** The exercise and side a step is about, as shown: "Quadruped leg raise", "Right leg". */
export const stepExerciseName = (step: PlanStep, catalog: ExerciseLookup): string | null => (step.exerciseId === null ? null : exerciseName(step.exerciseId, catalog));
export const stepSideLabel = (step: PlanStep, t: Translate, catalog: ExerciseLookup): string | null => (step.side === null ? null : sideLabel(step.exerciseId, step.side, t, catalog));

/** English lists the phases in lower case ("raise, hold 3 s"); German keeps its capitals (nouns). */
const LOWER_CASE_PHASES: Readonly<Record<Language, boolean>> = { en: true, de: false };

/** "25 s", "2.5 s": seconds with at most one decimal, in the active language. */
export const formatSeconds = (seconds: number, t: Translate, language: Language): string =>
  t('duration.seconds', { seconds: formatNumber(Math.round(seconds * 10) / 10, language) });

/** "25 s + 25 s per side", "6 × raise, hold 3 s, lower", "10 per side, alternating", "hold as long as you can". */
export function prescriptionText(descriptor: PrescriptionDescriptor, t: Translate, language: Language, catalog: ExerciseLookup): string {
  const { sets, reps, sides } = descriptor.values;
  const exercise = catalog.exercisesById.get(descriptor.exerciseId);
  if (descriptor.key === 'engine.prescription.timed') {
    const parts = descriptor.parts.map((part) => formatSeconds(part.seconds, t, language)).join(' + ');
    const body = sets > 1 && descriptor.parts.length > 1 ? t('engine.prescription.group', { parts }) : parts;
    return t('engine.prescription.timed', { sets, body, sides });
  }
  if (descriptor.key === 'engine.prescription.reps') {
    const phases = descriptor.parts
      .map(({ part, seconds }) => {
        const name = partName(exercise, part) ?? '';
        const shown = LOWER_CASE_PHASES[language] ? name.toLocaleLowerCase(language) : name;
        // A 1 s movement goes without saying; longer phases say how long.
        return seconds > 1 ? t('engine.prescription.phaseTime', { phase: shown, duration: formatSeconds(seconds, t, language) }) : shown;
      })
      .join(', ');
    return t('engine.prescription.reps', { sets, reps: reps ?? 1, phases, sides });
  }
  if (descriptor.key === 'engine.prescription.alternatingReps') return t('engine.prescription.alternatingReps', { sets, reps: reps ?? 1 });
  return t('engine.prescription.maxHold', { sets, sides });
}

/**
 * A routine's name in the current language: a built-in routine's (or a one-exercise "try" routine's)
 * from the catalog, a user's routine as its owner named it (`savedName`).
 */
export function routineName(routineId: string, savedName: string, catalog: Pick<Catalog, 'exercisesById' | 'routinesById'>): string {
  const builtIn = catalog.routinesById.get(routineId);
  if (builtIn) return builtIn.name;
  const tried = routineId.startsWith(TRY_PREFIX) ? catalog.exercisesById.get(routineId.slice(TRY_PREFIX.length)) : undefined;
  return tried?.name ?? savedName;
}

/** The id of the one-exercise routine the player makes for "Try this exercise alone". */
export const TRY_PREFIX = 'try-';
