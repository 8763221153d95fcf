// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createWorkoutLock } from '../../src/platform/workout-lock';

/**
 * A LockManager for one exclusive lock shared by several "tabs" in this process, with
 * ifAvailable, steal and query as the Web Locks API defines them.
 */
function fakeLockManager() {
  let holder: { release: () => void; abort: (reason: unknown) => void } | null = null;
  const manager = {
    request(_name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void> | undefined): Promise<void> {
      if (holder && options.ifAvailable) return Promise.resolve(callback(null)).then(() => undefined);
      if (holder && options.steal) {
        holder.abort(new DOMException('stolen', 'AbortError'));
        holder = null;
      }
      return new Promise<void>((resolve, reject) => {
        const held = callback({ name: 'upright:workout', mode: 'exclusive' } as Lock) ?? Promise.resolve();
        holder = { release: resolve, abort: reject };
        void held.then(() => {
          holder = null;
          resolve();
        });
      });
    },
    query: () => Promise.resolve({ held: holder ? [{ name: 'upright:workout', mode: 'exclusive' as const }] : [], pending: [] }),
  };
  return manager as unknown as LockManager;
}

describe('the workout lock', () => {
  it('is taken by the first tab; a second sees it held elsewhere', async () => {
    const locks = fakeLockManager();
    const tabA = createWorkoutLock(locks);
    const tabB = createWorkoutLock(locks);
    expect(await tabA.acquireIfFree()).toBe(true);
    expect(await tabB.acquireIfFree()).toBe(false);
    expect(await tabB.heldElsewhere()).toBe(true);
    expect(await tabA.heldElsewhere()).toBe(false);
  });

  it('moves to the tab that steals it, and the first tab is told it lost it', async () => {
    const locks = fakeLockManager();
    const tabA = createWorkoutLock(locks);
    const tabB = createWorkoutLock(locks);
    const lost = vi.fn();
    tabA.onLost(lost);
    await tabA.acquireIfFree();
    await tabB.steal();
    await vi.waitFor(() => expect(lost).toHaveBeenCalledOnce());
    expect(tabA.held()).toBe(false);
    expect(tabB.held()).toBe(true);
  });

  it('is free again once released', async () => {
    const locks = fakeLockManager();
    const tabA = createWorkoutLock(locks);
    const tabB = createWorkoutLock(locks);
    await tabA.acquireIfFree();
    tabA.release();
    await vi.waitFor(async () => expect(await tabB.heldElsewhere()).toBe(false));
    expect(await tabB.acquireIfFree()).toBe(true);
  });

  it('lets a browser without Web Locks run as the only tab', async () => {
    const alone = createWorkoutLock(undefined);
    expect(alone.coordinated).toBe(false);
    expect(await alone.acquireIfFree()).toBe(true);
    expect(await alone.heldElsewhere()).toBe(false);
  });
});
