import { translate } from '../../shared/i18n/i18n';

/**
 * A problem with a field, in the active language: a fragment written to follow the field's name
 * ("must not be empty"), or a sentence of its own (the text checks', the engine's).
 */
export interface FieldProblem {
  readonly text: string;
  readonly sentence: boolean;
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Next to a field, the user reads a full sentence that names it: "Name must not be empty."
 * ("„Sätze“ darf höchstens 20 sein."). Sentences only get a capital and a stop.
 */
export function asSentence(subject: string | null, problem: FieldProblem): string {
  const trimmed = problem.text.trim();
  if (subject && !problem.sentence) return translate('manage.builder.fieldProblem', { field: subject, problem: trimmed });
  const text = capitalized(trimmed);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
