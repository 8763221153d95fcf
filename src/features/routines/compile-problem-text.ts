import type { Routine } from '../../catalog/schema';
import type { CompileError } from '../../engine/compile-error';
import { MAX_PLAN_STEPS } from '../../engine/compile';
import type { Translate } from '../../shared/i18n/i18n';

/** Why a saved routine cannot be planned, in the active language, read from the error's code (never its English message). */
export function compileProblemText(error: CompileError, routine: Routine, t: Translate): string {
  const position = (error.itemIndex ?? 0) + 1;
  switch (error.code) {
    case 'unknown-exercise':
      return t('browse.problem.unknownExercise', { position, id: String(routine.items[error.itemIndex ?? 0]?.exerciseId ?? '') });
    case 'invalid-item':
      return t('browse.problem.invalidItem', { position });
    case 'invalid-duration':
      return t('browse.problem.invalidDuration', { position });
    case 'too-many-steps':
      return t('browse.problem.tooManySteps', { max: MAX_PLAN_STEPS });
    case 'empty-routine':
      return t('browse.problem.empty');
  }
}
