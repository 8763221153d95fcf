import { describe, expect, it, vi } from 'vitest';
import { createWakeLock } from '../../src/platform/wake-lock';

function fakeEnvironment() {
  const sentinels: { released: boolean; fire: () => void }[] = [];
  const listeners = new Set<() => void>();
  const document = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  const wakeLock = {
    request: vi.fn(async () => {
      let onRelease = () => undefined as void;
      const sentinel = {
        released: false,
        fire: () => onRelease(),
        addEventListener: (_type: string, listener: () => void) => (onRelease = listener),
        release: async () => {
          sentinel.released = true;
        },
      };
      sentinels.push(sentinel);
      return sentinel as unknown as WakeLockSentinel;
    }),
  };
  const setVisibility = (state: DocumentVisibilityState) => {
    document.visibilityState = state;
    for (const listener of listeners) listener();
  };
  return { environment: { wakeLock, document: document as unknown as Document }, sentinels, setVisibility, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the wake lock', () => {
  it('keeps the screen on while held and lets it sleep when released', async () => {
    const fake = fakeEnvironment();
    const lock = createWakeLock(fake.environment);
    lock.hold();
    await settle();
    expect(lock.isHeld()).toBe(true);
    lock.release();
    expect(lock.isHeld()).toBe(false);
    expect(fake.sentinels[0]!.released).toBe(true);
  });

  it('takes the lock again when the page comes back into view', async () => {
    const fake = fakeEnvironment();
    const lock = createWakeLock(fake.environment);
    lock.hold();
    await settle();
    // The browser drops the lock when the page is hidden.
    fake.setVisibility('hidden');
    fake.sentinels[0]!.fire();
    expect(lock.isHeld()).toBe(false);
    fake.setVisibility('visible');
    await settle();
    expect(lock.isHeld()).toBe(true);
    expect(fake.environment.wakeLock.request).toHaveBeenCalledTimes(2);
  });

  it('does not take the lock again after a pause released it', async () => {
    const fake = fakeEnvironment();
    const lock = createWakeLock(fake.environment);
    lock.hold();
    await settle();
    lock.release();
    fake.setVisibility('hidden');
    fake.setVisibility('visible');
    await settle();
    expect(fake.environment.wakeLock.request).toHaveBeenCalledTimes(1);
  });

  it('carries on without a lock where the browser has none', async () => {
    const fake = fakeEnvironment();
    const lock = createWakeLock({ wakeLock: undefined, document: fake.environment.document });
    lock.hold();
    await settle();
    expect(lock.isHeld()).toBe(false);
  });

  it('stops listening to visibility once disposed', () => {
    const fake = fakeEnvironment();
    createWakeLock(fake.environment).dispose();
    expect(fake.listeners.size).toBe(0);
  });
});
