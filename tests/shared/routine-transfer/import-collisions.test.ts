// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findCollisions, resolveImport } from '../../../src/shared/routine-transfer/import-collisions';
import { sampleRoutine } from './transfer-fixtures';

describe('import collisions', () => {
  const incoming = [sampleRoutine({ id: 'mine' }), sampleRoutine({ id: 'upper-back', name: 'Upper back' }), sampleRoutine({ id: 'fresh' })];
  const entries = findCollisions(incoming, new Set(['mine']), new Set(['upper-back']));

  it('tells a collision with my routine from one with a built-in routine', () => {
    expect(entries.map((entry) => entry.collision)).toEqual(['custom', 'built-in', 'none']);
  });

  it('keeps both by default: a taken id is saved beside the existing routine', () => {
    expect(resolveImport(entries, new Map()).map((choice) => [choice.routine.id, choice.keepBoth])).toEqual([
      ['mine', true],
      ['upper-back', true],
      ['fresh', false],
    ]);
  });

  it('replaces my routine when asked, but never a built-in one', () => {
    const choices = resolveImport(entries, new Map([['mine', 'replace'], ['upper-back', 'replace']]));
    expect(choices.map((choice) => choice.keepBoth)).toEqual([false, true, false]);
  });

  it('treats the id the player uses for unsaved shared routines as built in', () => {
    const reserved = findCollisions([sampleRoutine({ id: 'shared' })], new Set(), new Set());
    expect(reserved[0]!.collision).toBe('built-in');
    expect(resolveImport(reserved, new Map())[0]!.keepBoth).toBe(true);
  });
});
