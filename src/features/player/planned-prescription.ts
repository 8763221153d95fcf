import type { Plan, PlanExerciseOutline, PrescriptionDescriptor } from '../../engine/types';

/**
 * The outline item's prescription with the seconds its steps really last. The outline describes
 * the exercise as written ("raise 2 s, hold 2 s"); the plan has the pace setting applied
 * ("Slower" makes each phase 1.5 times as long), and the pre-start text must say what will run.
 */
export function plannedPrescription(plan: Plan, item: PlanExerciseOutline): PrescriptionDescriptor {
  const { prescription } = item;
  if (prescription.parts.length === 0) return prescription;
  const plannedSeconds = new Map<number, number>();
  for (const step of plan.steps) {
    if (step.itemIndex !== item.itemIndex || step.kind !== 'work' || step.partIndex === null || step.durationMs === null) continue;
    if (!plannedSeconds.has(step.partIndex)) plannedSeconds.set(step.partIndex, step.durationMs / 1000);
  }
  return { ...prescription, parts: prescription.parts.map((part) => ({ ...part, seconds: plannedSeconds.get(part.part) ?? part.seconds })) };
}
