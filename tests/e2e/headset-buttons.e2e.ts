import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';
import { startWithVoiceOff } from './harness/voice-off';
import { paths } from '../../src/shared/paths';

const e2e = useBrowser();
beforeEach(() => startWithVoiceOff(e2e.context()));

/** What Chromium needs to route a headset's buttons to the page: a media element of it playing. */
const mediaState = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector('audio');
    return { audio: audio === null ? 'none' : audio.paused ? 'paused' : 'playing', session: navigator.mediaSession.playbackState };
  });

async function startPelvicLift(page: Page): Promise<void> {
  await page.goto(paths.playExercise('pelvic-lift'));
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('timer').waitFor();
}

describe('headset and lock-screen buttons, in Chromium', () => {
  it('plays no media by default, so another app’s music is left alone', async () => {
    const page = e2e.page();
    await startPelvicLift(page);
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await mediaState(page)).toEqual({ audio: 'none', session: 'playing' });
  });

  it('with the setting on, plays silence while the workout runs, pauses it with the workout, and stops at the end', async () => {
    const page = e2e.page();
    await page.goto(paths.settings());
    await page.getByRole('checkbox', { name: 'Headset and lock-screen buttons' }).check();
    await startPelvicLift(page);
    await expect.poll(() => mediaState(page)).toEqual({ audio: 'playing', session: 'playing' });
    // It really plays (its time moves), from this origin, and the file is the app's own.
    const playedFrom = await page.evaluate(async () => {
      const audio = document.querySelector('audio')!;
      const before = audio.currentTime;
      await new Promise((done) => setTimeout(done, 600));
      return { moved: audio.currentTime > before, src: new URL(audio.currentSrc).pathname };
    });
    expect(playedFrom).toEqual({ moved: true, src: '/audio/silence.wav' });

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => mediaState(page)).toEqual({ audio: 'paused', session: 'paused' });
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => mediaState(page)).toEqual({ audio: 'playing', session: 'playing' });

    await page.getByRole('button', { name: 'End workout' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End workout' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => mediaState(page)).toEqual({ audio: 'none', session: 'none' });
  });
});
