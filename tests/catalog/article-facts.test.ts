import { describe, expect, it } from 'vitest';
import type { Exercise, Sport } from '../../src/catalog/schema';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { shippedFiles } from './catalog-fixtures';

const result = validateCatalog(shippedFiles());
if (!result.ok) throw new Error('the shipped catalog is invalid');
const { catalog } = result;

function exercise(id: string): Exercise {
  const found = catalog.exercisesById.get(id);
  if (found === undefined) throw new Error(`no exercise ${id}`);
  return found;
}
function sport(id: string): Sport {
  const found = catalog.sportsById.get(id);
  if (found === undefined) throw new Error(`no sport ${id}`);
  return found;
}
const sportText = (id: string) => [...sport(id).cautions, ...(sport(id).avoidIf ?? [])].join(' ');

describe('the article’s facts, as a reader who knows the article looks for them', () => {
  it('runs the quadruped leg raise as two 25-second parts per side, then the other side', () => {
    const { prescription } = exercise('quadruped-leg-raise');
    if (prescription.kind !== 'timed') throw new Error('expected a timed exercise');

    expect(prescription.parts.map((part) => [part.name, part.seconds.value, part.seconds.source])).toEqual([
      ['Bent knee', 25, 'article'],
      ['Straight leg', 25, 'article'],
    ]);
    expect(prescription.sides).toBe('per-side');
    expect(prescription.switch?.cue).toMatch(/other leg/i);
  });

  it('alternates the diagonal arm and leg raise at least ten times per side', () => {
    const { prescription } = exercise('diagonal-arm-leg-raise');
    if (prescription.kind !== 'reps') throw new Error('expected repetitions');

    expect(prescription.sides).toBe('alternating');
    expect(prescription.reps).toMatchObject({ value: 10, source: 'article' });
    expect(prescription.sideLabels).toEqual({ right: 'Right arm and left leg', left: 'Left arm and right leg' });
  });

  it('repeats the prone reverse fly six times, raising, holding and lowering without touching the floor', () => {
    const { prescription } = exercise('prone-reverse-fly');
    if (prescription.kind !== 'reps') throw new Error('expected repetitions');

    expect(prescription.reps).toMatchObject({ value: 6, source: 'article' });
    expect(prescription.phases.map((phase) => phase.name)).toEqual(['Raise', 'Hold', 'Lower']);
    expect(prescription.phases[2]?.cue).toMatch(/not onto the floor/i);
  });

  it('gives the bent-over reverse fly weights of 1 to 5 kg', () => {
    const facts = exercise('bent-over-reverse-fly').facts ?? [];

    expect(facts.map((fact) => [fact.value.value, fact.unit, fact.value.source])).toEqual([
      [1, 'kg', 'article'],
      [5, 'kg', 'article'],
    ]);
    expect(exercise('bent-over-reverse-fly').equipment[0]?.detail).toMatch(/1 to 5 kg/);
  });

  it('places the chair about a metre (the article’s three feet) ahead in the chair stretch', () => {
    const [distance] = exercise('chair-stretch').facts ?? [];

    expect(distance).toMatchObject({ unit: 'm', value: { value: 1, source: 'article' } });
    expect(distance?.value.quote).toMatch(/three feet/);
    expect(exercise('chair-stretch').setup.join(' ')).toMatch(/about a metre/);
  });

  it('holds the prone chest raise as long as possible, counting up from a first goal', () => {
    const { prescription } = exercise('prone-chest-raise-t');
    if (prescription.kind !== 'max-hold') throw new Error('expected a max-hold');

    expect(prescription.capSeconds.quote).toMatch(/as long as possible/);
    expect(prescription.targetSeconds.source).toBe('default');
    expect(exercise('prone-chest-raise-t').cautions.join(' ')).toMatch(/only .* after a few sessions/i);
  });

  it('works the back stretch in a stretch position and a flexion position, one side then the other', () => {
    const { prescription } = exercise('back-stretch-countermovement');
    if (prescription.kind !== 'reps') throw new Error('expected repetitions');

    expect(prescription.phases.map((phase) => phase.name)).toEqual(['Stretch position', 'Flexion position']);
    expect(prescription.sides).toBe('per-side');
    expect(prescription.phases[0]?.seconds.quote).toMatch(/at least a few seconds/);
  });

  it('recommends backstroke and front crawl and advises against breaststroke and butterfly', () => {
    const verdicts = Object.fromEntries((sport('swimming').variants ?? []).map((variant) => [variant.name, variant.verdict]));

    expect(verdicts).toEqual({ Backstroke: 'recommended', 'Front crawl': 'recommended', Breaststroke: 'advised-against', Butterfly: 'advised-against' });
    expect(sportText('swimming')).toMatch(/hollow back/);
  });

  it('keeps people with a herniated disc or other spinal damage away from Pilates', () => {
    expect(sport('pilates').avoidIf?.join(' ')).toMatch(/herniated/i);
    expect(sport('pilates').avoidIf?.join(' ')).toMatch(/spine/i);
  });

  it('warns markedly overweight joggers and recommends soft ground', () => {
    expect(sportText('jogging')).toMatch(/overweight/i);
    expect(sportText('jogging')).toMatch(/soft ground.*forest or field paths/i);
  });

  it('limits aerobics to low-impact without jumps for people with back pain', () => {
    expect(sportText('aerobics')).toMatch(/low-impact/i);
    expect(sportText('aerobics')).toMatch(/jumps/i);
  });

  it('gives the set-up and technique cautions for cycling, Nordic walking and riding', () => {
    expect(sportText('cycling')).toMatch(/saddle and the handlebars/);
    expect(sportText('nordic-walking')).toMatch(/poles correctly/);
    expect(sportText('horse-riding')).toMatch(/upright posture/);
  });

  it('recommends the chair stretch at the end of the programme', () => {
    expect(exercise('chair-stretch').summary).toMatch(/end of your programme/i);
  });
});
