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

  it('keeps both by default, giving the imported routine a new id', () => {
    const ids = resolveImport(entries, new Map(), new Set(['mine', 'upper-back'])).map((routine) => routine.id);
    expect(ids[0]).not.toBe('mine');
    expect(ids[1]).not.toBe('upper-back');
    expect(ids[2]).toBe('fresh');
    expect(new Set([...ids, 'mine', 'upper-back']).size).toBe(5);
  });

  it('replaces my routine when asked, but never a built-in one', () => {
    const ids = resolveImport(entries, new Map([['mine', 'replace'], ['upper-back', 'replace']]), new Set(['mine', 'upper-back'])).map((routine) => routine.id);
    expect(ids[0]).toBe('mine');
    expect(ids[1]).not.toBe('upper-back');
  });

  it('never saves an import under the id the player uses for unsaved shared routines', () => {
    const reserved = findCollisions([sampleRoutine({ id: 'shared' })], new Set(), new Set());
    expect(reserved[0]!.collision).toBe('built-in');
    expect(resolveImport(reserved, new Map(), new Set())[0]!.id).not.toBe('shared');
  });
});
