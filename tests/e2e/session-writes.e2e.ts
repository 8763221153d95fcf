import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();
const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);

describe('what the running workout writes to storage', () => {
  it('writes the plan once, then at most 2,000 characters a step change through the whole full-back routine', async () => {
    const page = e2e.page();
    await page.addInitScript(() => {
      const writes: { key: string; characters: number; atMs: number }[] = [];
      (window as unknown as { __writes: typeof writes }).__writes = writes;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        writes.push({ key, characters: key.length + value.length, atMs: Date.now() });
        return setItem.call(this, key, value);
      };
    });
    await page.clock.install({ time: T0 });
    await page.goto('/play/full-back');
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await page.clock.pauseAt(T0 + 50_000); // later than the page load takes, even on a loaded machine
    await page.getByRole('button', { name: 'Start' }).click();
    // Open-ended holds end by themselves at their cap, so the routine runs to its end untouched.
    for (let minute = 0; minute < 40; minute += 1) {
      await page.clock.runFor(60_000);
      if (await page.getByRole('heading', { name: 'Workout complete. Well done!' }).count()) break;
    }
    await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
    const writes = await page.evaluate(() => (window as unknown as { __writes: { key: string; characters: number; atMs: number }[] }).__writes);
    const sessionWrites = writes.filter((write) => write.key.startsWith('upright:session'));
    const planWrites = sessionWrites.filter((write) => write.key === 'upright:session:plan');
    const perStepChange = new Map<number, number>();
    for (const write of sessionWrites) if (write.key !== 'upright:session:plan') perStepChange.set(write.atMs, (perStepChange.get(write.atMs) ?? 0) + write.characters);
    const sizes = [...perStepChange.values()];
    console.log(
      `full-back routine: plan written once (${planWrites[0]?.characters} characters), then ${sizes.length} saves, ` +
        `median ${sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)]} and at most ${Math.max(...sizes)} characters each`,
    );
    expect(planWrites).toHaveLength(1);
    expect(sizes.length).toBeGreaterThan(300);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2_000);
  });
});
