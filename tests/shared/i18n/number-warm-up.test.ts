import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmNumberFormatting } from '../../../src/shared/i18n/number-warm-up';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Intl, recording the number formatters and plural rules made (with their locale). */
function recordIntl() {
  const made: string[] = [];
  vi.stubGlobal('Intl', {
    ...Intl,
    NumberFormat: class extends Intl.NumberFormat {
      constructor(locale: string) {
        super(locale);
        made.push(`NumberFormat ${locale}`);
      }
    },
    PluralRules: class extends Intl.PluralRules {
      constructor(locale: string) {
        super(locale);
        made.push(`PluralRules ${locale}`);
      }
    },
  });
  return made;
}

/** Whether `promise` has settled, after the microtasks queued so far have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('the number formatting warm-up', () => {
  it('makes the first number formatter after the next frame, in a task of its own, once', async () => {
    vi.useFakeTimers();
    const made = recordIntl();
    const warmed = warmNumberFormatting('de');
    expect(made).toEqual([]); // nothing before the frame: the first paint comes first
    expect(await settled(warmed)).toBe(false);
    vi.advanceTimersToNextFrame();
    expect(made).toEqual([]); // not inside the frame either
    vi.advanceTimersByTime(1);
    expect(made).toEqual(['NumberFormat de-DE', 'PluralRules de-DE']);
    expect(await settled(warmed)).toBe(true);
    vi.advanceTimersByTime(1_000); // the fallback timer finds it done
    expect(made).toHaveLength(2);
  });

  it('still warms up where no frame comes (a tab opened in the background)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const made = recordIntl();
    const warmed = warmNumberFormatting('en');
    vi.advanceTimersByTime(249);
    expect(await settled(warmed)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(warmed)).toBe(true);
    expect(made).toEqual(['NumberFormat en-GB', 'PluralRules en-GB']);
  });
});
