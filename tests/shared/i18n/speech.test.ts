// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { catalog as englishCatalog } from '../../../src/catalog/catalog';
import type { Catalog } from '../../../src/catalog/catalog-types';
import { loadLocalizedCatalog } from '../../../src/catalog/localized-catalog';
import type { Routine } from '../../../src/catalog/schema';
import { compile } from '../../../src/engine/compile';
import { advance, start } from '../../../src/engine/session';
import type { Effect, Plan, Session } from '../../../src/engine/types';
import { spokenText, withoutBrackets } from '../../../src/shared/i18n/engine-text';
import { activateLanguage, translate } from '../../../src/shared/i18n/i18n';
import type { Language } from '../../../src/shared/i18n/languages';
import { CHARACTERS_PER_SECOND_AT_RATE_1, estimateSpeechMs, SENTENCE_PAUSE_MS, speechDurationEstimator } from '../../../src/shared/i18n/speech-duration';

afterAll(() => activateLanguage('en'));

async function catalogIn(language: Language): Promise<Catalog> {
  await activateLanguage(language);
  return language === 'en' ? englishCatalog : loadLocalizedCatalog(language);
}

const oneExercise = (exerciseId: string): Routine => ({ id: 'try', name: 'Try', purpose: 'Try it.', region: 'lumbar', level: 'beginner', items: [{ exerciseId }] });

function planOf(routine: Routine, catalog: Catalog, language: Language, rate = 1): Plan {
  const result = compile(routine, catalog, { speechDurationMs: speechDurationEstimator({ t: translate, catalog, language, rate }) });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

/** Runs the plan on a simulated clock (ticks every 250 ms) up to `untilMs`; the speech meant for before `untilMs`, as [atMs, words]. */
function speechUntil(plan: Plan, untilMs: number, catalog: Catalog): [number, string][] {
  let { session, effects } = start(plan, 0) as { session: Session; effects: readonly Effect[] };
  const all: Effect[] = [...effects];
  for (let nowMs = 250; nowMs <= untilMs; nowMs += 250) {
    ({ session, effects } = advance(session, { type: 'tick' }, nowMs));
    all.push(...effects);
  }
  return all.flatMap((effect) => (effect.type === 'speak' && effect.atMs < untilMs ? [[effect.atMs, spokenText(effect.phrases, translate, catalog)] as [number, string]] : []));
}

describe('the speech estimate', () => {
  it('counts characters at the language\'s rate, a pause between sentences, and digits as words', () => {
    expect(estimateSpeechMs('', 'en', 1)).toBe(0);
    const fourteen = 'abcdefghijklmn';
    expect(estimateSpeechMs(fourteen, 'en', 1)).toBe(Math.round((14 / CHARACTERS_PER_SECOND_AT_RATE_1.en) * 1000));
    expect(estimateSpeechMs(`${fourteen}. ${fourteen}.`, 'en', 1)).toBe(Math.round((31 / CHARACTERS_PER_SECOND_AT_RATE_1.en) * 1000 + SENTENCE_PAUSE_MS));
    expect(estimateSpeechMs('4', 'en', 1)).toBeGreaterThan(estimateSpeechMs('a', 'en', 1));
    expect(estimateSpeechMs(fourteen, 'de', 1)).toBeGreaterThan(estimateSpeechMs(fourteen, 'en', 1));
  });

  it('scales with the voice rate setting: rate 2 takes half the time, 0.5 twice', () => {
    const text = 'Kneel on all fours. Hands on the floor, about shoulder-width apart.';
    const atOne = estimateSpeechMs(text, 'en', 1);
    expect(estimateSpeechMs(text, 'en', 2)).toBe(Math.round(atOne / 2));
    expect(Math.abs(estimateSpeechMs(text, 'en', 0.5) - atOne * 2)).toBeLessThanOrEqual(1);
    expect(estimateSpeechMs(text, 'en', Number.NaN)).toBe(atOne);
  });

  it('makes a get-ready longer at a slower voice', async () => {
    const catalog = await catalogIn('en');
    const lengths = [2, 1, 0.5].map((rate) => planOf(oneExercise('quadruped-leg-raise'), catalog, 'en', rate).steps[0]?.durationMs);
    expect(lengths).toEqual([14000, 25000, 46000]);
  });
});

describe('brackets are not said', () => {
  it('drops parenthesised parts and the space before them, keeping the punctuation', () => {
    expect(withoutBrackets('Pelvic lift (glute bridge)')).toBe('Pelvic lift');
    expect(withoutBrackets('Hold (a few seconds), then lower (slowly).')).toBe('Hold, then lower.');
    expect(withoutBrackets('(all of it)')).toBe('');
  });

  it.each([
    ['en', 'Pelvic lift (glute bridge)', 'Pelvic lift.'],
    ['de', 'Beckenheben (Brücke)', 'Beckenheben.'],
  ] as const)('in %s says "%s" as "%s", while the catalog (and the screen) keeps the full name', async (language, shown, said) => {
    const catalog = await catalogIn(language);
    expect(catalog.exercisesById.get('pelvic-lift')?.name).toBe(shown);
    expect(spokenText([{ ref: 'exercise-name', exerciseId: 'pelvic-lift' }], translate, catalog)).toBe(said);
    expect(spokenText([{ key: 'engine.nextExercise', values: { exerciseId: 'pelvic-lift' } }], translate, catalog)).toBe(language === 'en' ? 'Next: Pelvic lift.' : 'Als Nächstes: Beckenheben.');
  });
});

describe('the chair stretch, with the shipped catalog', () => {
  it.each([
    ['en', ['Chair stretch.', 'You need: Chair.', 'Kneel on a pillow.', 'Place a chair about a metre in front of you.']],
    ['de', ['Dehnung am Stuhl.', 'Sie brauchen: Stuhl.', 'Auf einem Kissen knien.', 'Einen Stuhl etwa einen Meter vor sich stellen.']],
  ] as const)('in %s says its whole setup, the chair included, before its work starts, and ends the words before the countdown', async (language, sentences) => {
    const catalog = await catalogIn(language);
    const plan = planOf(oneExercise('chair-stretch'), catalog, language);
    const getReady = plan.steps[0]!;
    const workStartMs = getReady.durationMs!;
    const said = speechUntil(plan, workStartMs, catalog);
    expect(said).toEqual([[0, sentences.join(' ')]]);
    const estimate = speechDurationEstimator({ t: translate, catalog, language, rate: 1 })(getReady.announcement);
    // The words end before the first countdown pip, 3 s before the work.
    expect(estimate).toBeLessThanOrEqual(workStartMs - 3000);
  });

  it('after another exercise: the rest before it says the chair, and its get-ready the whole setup', async () => {
    const catalog = await catalogIn('en');
    const routine: Routine = { ...oneExercise('prone-reverse-fly'), items: [{ exerciseId: 'prone-reverse-fly' }, { exerciseId: 'chair-stretch' }] };
    const plan = planOf(routine, catalog, 'en');
    const chairWork = plan.steps.find((step) => step.exerciseId === 'chair-stretch' && step.kind === 'work')!;
    const workStartMs = plan.steps.slice(0, chairWork.index).reduce((sum, step) => sum + (step.durationMs ?? 0), 0);
    const said = speechUntil(plan, workStartMs, catalog).map(([, words]) => words);
    expect(said).toContain('Rest. Next: Chair stretch. You need: Chair.');
    expect(said.at(-1)).toBe('Chair stretch. Kneel on a pillow. Place a chair about a metre in front of you.');
  });

  it('every exercise\'s get-ready, in both languages, lasts its set 10 s or its words and the countdown, whichever is longer', async () => {
    for (const language of ['en', 'de'] as const) {
      const catalog = await catalogIn(language);
      const estimate = speechDurationEstimator({ t: translate, catalog, language, rate: 1 });
      for (const exercise of catalog.exercises) {
        const getReady = planOf(oneExercise(exercise.id), catalog, language).steps[0]!;
        const setupSaid = exercise.setup.every((cue) => spokenText(getReady.announcement, translate, catalog).includes(withoutBrackets(cue)));
        expect([exercise.id, setupSaid, getReady.durationMs]).toEqual([exercise.id, true, Math.max(10000, Math.ceil((estimate(getReady.announcement) + 3000) / 1000) * 1000)]);
      }
    }
  });
});
