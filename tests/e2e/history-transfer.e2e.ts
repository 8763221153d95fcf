import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';
import { startWithVoiceOff } from './harness/voice-off';
import { runTo, startWorkout } from './harness/workout-clock';

/**
 * The history leaves the device and comes back: after one real workout on the page clock, the
 * CSV has a header and its row, the JSON imports into a second, empty browser (and a second
 * import adds nothing), and the weekly reminder downloads as .ics with the chosen days. Axe
 * checks the Settings page with the panels in use, in both themes.
 */
const e2e = useBrowser();
// About the history, not speech: the get-ready stays the 10 s set (harness/voice-off.ts).
/** The downloads go through Blob URLs and <a download>: the CSP must let them pass without a report. */
const watchCsp = (context: BrowserContext) =>
  context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
beforeEach(async () => {
  await startWithVoiceOff(e2e.context());
  await watchCsp(e2e.context());
});
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

const GET_READY_MS = 10_000;

/** The chest raise alone: a 20 s hold ended by Done, then the workout ended. */
async function oneShortWorkout(page: Page): Promise<void> {
  await startWorkout(page, '/play/exercise/prone-chest-raise-t');
  await runTo(page, GET_READY_MS + 20_000);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'End workout' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End workout' }).click();
  await page.getByRole('heading', { name: 'Workout ended' }).waitFor();
  // The new best shows once the database has the workout: leaving before that could lose it.
  await page.getByText(/held 0:20$/).waitFor();
}

async function openSettings(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.getByRole('heading', { name: 'Export your history' }).waitFor();
}

async function download(page: Page, button: string): Promise<{ download: Download; file: string; text: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  // Saved under its suggested name, as a user's browser would, so the import preview names it.
  const file = join(await mkdtemp(join(tmpdir(), 'upright-history-')), started.suggestedFilename());
  await started.saveAs(file);
  return { download: started, file, text: await readFile(file, 'utf8') };
}

async function axeInBothThemes(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    expect(await axeViolations(page), `${what}, ${colorScheme} theme`).toEqual([]);
  }
}

describe('the history’s export, import and calendar reminder', () => {
  it('exports a real workout as CSV and JSON, imports it into an empty browser once, and downloads the reminder', async () => {
    const page = e2e.page();
    await oneShortWorkout(page);
    // From here on time may pass as it does: the lazy Settings route waits on timers.
    await page.clock.resume();
    await openSettings(page);

    const workouts = await download(page, 'Workouts as CSV');
    expect(workouts.download.suggestedFilename()).toBe('upright-workouts-2026-03-01.csv');
    const rows = workouts.text.split('\r\n');
    expect(rows[0]).toMatch(/^workout_id,routine_id,routine_name,started_at,ended_at,duration_seconds,/);
    expect(rows).toHaveLength(3); // the header, one workout, and the empty string after the last CRLF
    expect(rows[1]).toMatch(/,2026-03-01T\d\d:\d0:50[+-]\d\d:\d\d,/); // started at START_AT, in the browser's zone
    const holds = await download(page, 'Holds as CSV');
    expect(holds.text.split('\r\n')[1]).toMatch(/,prone-chest-raise-t,,1,20(\.\d+)?,false,false$/);
    const history = await download(page, 'Everything as JSON');
    expect(JSON.parse(history.text)).toMatchObject({ app: 'upright', kind: 'history', version: 1, setAside: [] });
    await page.getByText(`${history.download.suggestedFilename()} downloaded: 1 workout.`).waitFor();

    const days = page.getByRole('group', { name: 'Days' });
    await days.getByRole('checkbox', { name: 'Tuesday' }).check();
    await days.getByRole('checkbox', { name: 'Friday' }).uncheck();
    const reminder = await download(page, 'Add a weekly reminder to my calendar');
    expect(reminder.download.suggestedFilename()).toBe('upright-weekly-reminder.ics');
    expect(reminder.text).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE\r\n');
    expect(reminder.text).toMatch(/\r\nDTSTART;TZID=[^:\r\n]+:20260302T180000\r\n/);
    await page.getByText('upright-weekly-reminder.ics downloaded: every Monday, Tuesday and Wednesday at 18:00.', { exact: false }).waitFor();
    await axeInBothThemes(page, 'Settings after the downloads');
    expect(await cspViolations(page)).toEqual([]);

    // A second browser with nothing stored: the JSON brings the workout, once.
    const fresh = await e2e.browser().newContext({ baseURL: e2e.baseURL, serviceWorkers: 'block' });
    try {
      await watchCsp(fresh);
      const other = await fresh.newPage();
      await openSettings(other);
      const chooser = other.getByLabel('Choose a history file');
      await chooser.setInputFiles(history.file);
      const preview = other.getByRole('region', { name: `Import from ${history.download.suggestedFilename()}` });
      await preview.getByText('This file holds one workout: 1 new, 0 here already.', { exact: false }).waitFor();
      // Both themes were checked above, with every panel; the preview adds one region, checked once.
      expect(await axeViolations(other), 'the import preview').toEqual([]);
      await preview.getByRole('button', { name: 'Import the new workout' }).click();
      await other.getByText('Imported one workout.').waitFor();
      await other.getByText(/^1 workout and 0 routines of your own/).waitFor();
      await other.getByText('One personal best went up.').waitFor();

      await chooser.setInputFiles(history.file);
      await preview.getByText('The workout in this file is here already; there is nothing to import.').waitFor();
      expect(await preview.getByRole('button', { name: /^Import/ }).count()).toBe(0);
      expect(await cspViolations(other)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
