/**
 * Why the engine could not plan a routine, in the active language, as a fragment after its place
 * ("item 4: …"). Read from the error's code; an error without a known code (a test double, a new
 * kind) falls back to the engine's own message, without its "item N: " (the place says that).
 */
import { MAX_PLAN_STEPS } from '../../engine/compile';
import { translate } from '../i18n/i18n';
import type { RoutineCheckError } from './transfer-context';

export function compileProblem(error: RoutineCheckError): string {
  switch (error.code) {
    case 'too-many-steps':
      return translate('manage.problem.tooManySteps', { max: MAX_PLAN_STEPS });
    case 'empty-routine':
      return translate('manage.problem.noExercises');
    case 'invalid-duration':
      return translate('manage.problem.stepDuration');
    case 'unknown-exercise':
      return translate('manage.problem.exerciseNotInLibrary');
    case 'invalid-item':
      return translate('manage.problem.unreadableItem');
    default:
      return error.message.replace(/^item \d+: /, '');
  }
}
