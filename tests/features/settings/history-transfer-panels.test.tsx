import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryExportPanel } from '../../../src/features/settings/history-export-panel';
import { HistoryImportPanel } from '../../../src/features/settings/history-import-panel';
import { ReminderPanel } from '../../../src/features/settings/reminder-panel';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { createHistoryDocument } from '../../../src/shared/history-transfer/history-document';
import { historyActions, readWorkoutsEndedSince, resetHistoryStore } from '../../../src/stores/history-store';
import { workoutRecord } from '../../stores/history-fixtures';

const DAY = Date.UTC(2026, 2, 1, 8, 0, 0);
const blobUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
let downloads: Blob[] = [];

beforeEach(async () => {
  await resetHistoryStore();
  downloads = [];
  // jsdom has no Blob URLs: catch each file the page hands to the browser.
  Object.assign(URL, { createObjectURL: (blob: Blob) => (downloads.push(blob), 'blob:test'), revokeObjectURL: () => undefined });
});
afterEach(() => Object.assign(URL, blobUrls));

const historyFile = (workouts: readonly unknown[], name = 'history.json') =>
  new File([JSON.stringify(createHistoryDocument(workouts, [], new Date(DAY)))], name, { type: 'application/json' });

describe('the export panel', () => {
  it('downloads the workouts as CSV with a header and a row per workout, and says so', async () => {
    await historyActions.workoutRecorded({ ...workoutRecord(DAY), routineName: 'Back, "the short one"' });
    const user = userEvent.setup();
    render(<HistoryExportPanel />);
    const panel = screen.getByRole('region', { name: 'Export your history' });
    await user.click(within(panel).getByRole('button', { name: 'Workouts as CSV' }));
    expect(await within(panel).findByText(/^upright-workouts-\d{4}-\d\d-\d\d\.csv downloaded: 1 workout\.$/)).toBeInTheDocument();
    const rows = (await downloads[0]!.text()).split('\r\n');
    expect(rows[0]).toMatch(/^workout_id,routine_id,routine_name,started_at,/);
    expect(rows[1]).toContain('"Back, ""the short one"""');
    expect(rows).toHaveLength(3);
  });

  it('downloads everything as a versioned JSON file', async () => {
    await historyActions.workoutRecorded(workoutRecord(DAY));
    const user = userEvent.setup();
    render(<HistoryExportPanel />);
    await user.click(screen.getByRole('button', { name: 'Everything as JSON' }));
    await screen.findByText(/\.json downloaded: 1 workout\./);
    expect(JSON.parse(await downloads[0]!.text())).toMatchObject({ app: 'upright', kind: 'history', version: 1, workouts: [workoutRecord(DAY)], setAside: [] });
  });
});

describe('the import panel', () => {
  it('previews what is new, imports on confirmation, and a second time adds nothing', async () => {
    await historyActions.workoutRecorded(workoutRecord(DAY));
    const user = userEvent.setup();
    render(<HistoryImportPanel />);
    const file = historyFile([workoutRecord(DAY), workoutRecord(DAY + 86_400_000)]);
    await user.upload(screen.getByLabelText('Choose a history file'), file);
    const preview = await screen.findByRole('region', { name: 'Import from history.json' });
    expect(preview).toHaveTextContent('This file holds 2 workouts: 1 new, 1 here already. Nothing is saved until you choose Import.');
    expect(await readWorkoutsEndedSince(0)).toHaveLength(1);
    await user.click(within(preview).getByRole('button', { name: 'Import the new workout' }));
    expect(await screen.findByText('Imported one workout.')).toBeInTheDocument();
    expect(await readWorkoutsEndedSince(0)).toHaveLength(2);

    await user.upload(screen.getByLabelText('Choose a history file'), file);
    const again = await screen.findByRole('region', { name: 'Import from history.json' });
    expect(again).toHaveTextContent('All 2 workouts in this file are here already; there is nothing to import.');
    expect(within(again).queryByRole('button', { name: /Import/ })).not.toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Import from history.json' })).not.toBeInTheDocument();
  });

  it('refuses a bad file with what is wrong and where, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<HistoryImportPanel />);
    await user.upload(screen.getByLabelText('Choose a history file'), historyFile([{ ...workoutRecord(DAY), endedAtMs: DAY + 40 * 3_600_000 }], 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json was not imported: workout 1: lasts 40 hours, more than a day, which cannot be right');
    expect(alert).toHaveTextContent('Nothing was saved; your history is unchanged.');
    expect(await readWorkoutsEndedSince(0)).toEqual([]);
  });
});

describe('the weekly reminder', () => {
  it('downloads a calendar file for the chosen days and time', async () => {
    const user = userEvent.setup();
    render(<ReminderPanel />);
    const days = screen.getByRole('group', { name: 'Days' });
    expect(within(days).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    await user.click(within(days).getByRole('checkbox', { name: 'Wednesday' }));
    await user.click(within(days).getByRole('checkbox', { name: 'Saturday' }));
    const time = screen.getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '07:30');
    await user.click(screen.getByRole('button', { name: 'Add a weekly reminder to my calendar' }));
    expect(await screen.findByText('upright-weekly-reminder.ics downloaded: every Monday, Friday and Saturday at 07:30. Open it to add the reminder to your calendar.')).toBeInTheDocument();
    const ics = (await downloads[0]!.text()).replace(/\r\n /g, '');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,FR,SA\r\n');
    expect(ics).toMatch(/DTSTART;TZID=[^:]+:\d{8}T073000\r\n/);
    expect(ics).toContain('SUMMARY:Back workout with Upright\r\n');
  });

  it('asks for a day when none is chosen, and downloads nothing', async () => {
    const user = userEvent.setup();
    render(<ReminderPanel />);
    for (const name of ['Monday', 'Wednesday', 'Friday']) await user.click(screen.getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Add a weekly reminder to my calendar' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one day.');
    expect(screen.getByRole('group', { name: 'Days' })).toHaveAccessibleDescription('Choose at least one day.');
    expect(downloads).toEqual([]);
  });

  it('asks for a time when the time is cleared', async () => {
    const user = userEvent.setup();
    render(<ReminderPanel />);
    await user.clear(screen.getByLabelText('Time'));
    await user.click(screen.getByRole('button', { name: 'Add a weekly reminder to my calendar' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a time.');
    expect(screen.getByLabelText('Time')).toHaveAccessibleDescription(/^In your time zone \(.+\)\. Choose a time\.$/);
    expect(downloads).toEqual([]);
  });

  it('names the days and the time in German through Intl, and writes the event in German', async () => {
    await activateLanguage('de');
    try {
      const user = userEvent.setup();
      render(<ReminderPanel />);
      expect(screen.getByRole('region', { name: 'Wöchentliche Erinnerung' })).toBeInTheDocument();
      await user.click(screen.getByRole('checkbox', { name: 'Donnerstag' }));
      await user.click(screen.getByRole('button', { name: 'Wöchentliche Erinnerung in meinen Kalender' }));
      expect(await screen.findByText(/jeden Montag, Mittwoch, Donnerstag und Freitag um 18:00\./)).toBeInTheDocument();
      expect((await downloads[0]!.text()).replace(/\r\n /g, '')).toContain('SUMMARY:Rückentraining mit Upright\r\n');
    } finally {
      await activateLanguage('en');
    }
  });
});
