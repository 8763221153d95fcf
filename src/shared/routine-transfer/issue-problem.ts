/**
 * What a schema issue says is wrong, in the active language, as a fragment that follows the
 * field's name or place: "must be at most 1 hour" ("darf höchstens 1 Stunde sein"). Read from the
 * issue's kind and its requirement (the limit), never from the schema's English message, so the
 * same check reads right in every language. Used by imports, share links and the builder.
 */
import type * as v from 'valibot';
import { MAX_STEP_SECONDS } from '../../catalog/schema';
import { formatList } from '../i18n/format';
import { currentLanguage, translate } from '../i18n/i18n';

/** Fields that hold seconds: their limits read as durations ("at least 1 second", "at most 1 hour"). */
const SECONDS_FIELDS = new Set(['seconds', 'holdSeconds', 'restBetweenSetsSeconds', 'restAfterSeconds']);

function fieldOf(issue: v.BaseIssue<unknown>): string | null {
  const keys = (issue.path ?? []).map((item) => item.key);
  const last = keys.findLast((key) => typeof key === 'string');
  return typeof last === 'string' ? last : null;
}

/** valibot's expected `("both" | "right" | "left")` as "'both', 'right' or 'left'". */
function optionsOf(issue: v.BaseIssue<unknown>): string | null {
  const options = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((match) => `'${match[1] ?? ''}'`);
  return options.length > 0 ? formatList(options, currentLanguage(), 'disjunction') : null;
}

function limitProblem(issue: v.BaseIssue<unknown>, field: string | null): string {
  const limit = Number(issue.requirement);
  const isSeconds = field !== null && SECONDS_FIELDS.has(field);
  const isList = Array.isArray(issue.input);
  switch (issue.type) {
    case 'min_value':
      if (limit === 0) return translate('manage.problem.notNegative');
      return translate(isSeconds ? 'manage.problem.atLeastSeconds' : 'manage.problem.atLeast', { min: limit });
    case 'max_value':
      if (isSeconds && limit === MAX_STEP_SECONDS) return translate('manage.problem.atMostOneHour');
      return translate(isSeconds ? 'manage.problem.atMostSeconds' : 'manage.problem.atMost', { max: limit });
    case 'min_length':
      if (!isList) return translate('manage.problem.notEmpty');
      if (field === 'items') return translate('manage.problem.noExercises');
      if (field === 'routines') return translate('manage.problem.noRoutines');
      return translate('manage.problem.atLeastEntries', { min: limit });
    default:
      if (!isList) return translate('manage.problem.atMostChars', { max: limit });
      if (field === 'items') return translate('manage.problem.atMostItems', { max: limit });
      if (field === 'routines') return translate('manage.problem.atMostRoutines', { max: limit });
      return translate('manage.problem.atMostEntries', { max: limit });
  }
}

/** The fragment for one issue (its place is said by the caller). */
export function problemOf(issue: v.BaseIssue<unknown>): string {
  const field = fieldOf(issue);
  switch (issue.type) {
    case 'min_value':
    case 'max_value':
    case 'min_length':
    case 'max_length':
      return limitProblem(issue, field);
    case 'integer':
      return translate('manage.problem.wholeNumber');
    case 'finite':
      return translate('manage.problem.finiteNumber');
    case 'number':
      return translate('manage.problem.number');
    case 'string':
      return translate('manage.problem.text');
    case 'boolean':
      return translate('manage.problem.trueOrFalse');
    case 'object':
    case 'strict_object':
      return translate('manage.problem.object');
    case 'array':
      return translate('manage.problem.list');
    case 'regex':
      return translate('manage.problem.idFormat');
    case 'picklist':
    case 'literal': {
      const options = optionsOf(issue);
      return options ? translate('manage.problem.oneOf', { options }) : translate('manage.problem.fixedValue');
    }
    default:
      return translate('manage.problem.notValid');
  }
}
