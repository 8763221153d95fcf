import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue, formatIssue, formatIssuePath, formatPath } from '../../src/catalog/issue-path';
import { routineSchema } from '../../src/catalog/schema';

const routine = {
  id: 'my-routine',
  name: 'My routine',
  purpose: 'A test.',
  region: 'full',
  level: 'beginner',
  items: [{ exerciseId: 'pelvic-lift' }, { exerciseId: 'chair-stretch' }],
};
const routineWithBadItem = { ...routine, items: [...routine.items, { exerciseId: 'Plank X' }] };

function firstIssue(input: unknown) {
  const result = v.safeParse(routineSchema, input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.issues[0];
}

describe('formatting valibot issues for people', () => {
  it('writes a path the way it reads in JSON', () => {
    expect(formatPath(['items', 2, 'exerciseId'])).toBe('items[2].exerciseId');
    expect(formatPath([0, 'name'])).toBe('[0].name');
    expect(formatPath([])).toBe('');
  });

  it('gives the path and the problem of a rejected routine item', () => {
    const issue = firstIssue(routineWithBadItem);

    expect(formatIssuePath(issue)).toBe('items[2].exerciseId');
    expect(formatIssue(issue)).toBe('items[2].exerciseId: must be kebab-case (a-z, 0-9 and single dashes) (got "Plank X")');
  });

  it('drops leading keys so a caller can speak of "item 3" in its own words', () => {
    const issue = firstIssue(routineWithBadItem);

    expect(formatIssuePath(issue, 2)).toBe('exerciseId');
  });

  it('says a required field is missing rather than quoting valibot', () => {
    const { purpose: _purpose, ...withoutPurpose } = routine;

    expect(describeIssue(firstIssue(withoutPurpose))).toBe('is missing');
  });

  it('says an unexpected field is not known', () => {
    expect(formatIssue(firstIssue({ ...routine, colour: 'blue' }))).toBe('colour: is not a known field (check the spelling)');
  });

  it('shortens a long offending value', () => {
    const description = describeIssue(firstIssue({ ...routine, level: 'x'.repeat(500) }));

    expect(description.length).toBeLessThan(150);
    expect(description).toMatch(/…\)$/);
  });
});
