import { describe, expect, it } from 'vitest';
import { isPlayerPath } from '../../../src/features/pwa/is-player-path';
import { paths } from '../../../src/shared/paths';

describe('isPlayerPath', () => {
  it('recognises a routine being played and a single exercise being tried', () => {
    expect(isPlayerPath(paths.player('gentle-start'))).toBe(true);
    expect(isPlayerPath(paths.playExercise('bird-dog'))).toBe(true);
  });

  it('leaves every other screen free for the update prompt', () => {
    for (const pathname of [paths.home(), paths.routine('play'), paths.exercises(), paths.settings(), '/player', '/play']) {
      expect(isPlayerPath(pathname), pathname).toBe(false);
    }
  });
});
