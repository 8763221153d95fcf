import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTab, workoutRecord } from './history-fixtures';
import { noticeText } from '../../src/shared/storage/notice-text';

const tabs: Awaited<ReturnType<typeof openTab>>[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const opened of tabs.splice(0)) await opened.closeUserDatabaseForTests();
});

describe('the user database', () => {
  it('falls back to memory with a plain notice when IndexedDB is unavailable, and workouts still record', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const tab = await openTab();
    tabs.push(tab);
    expect((await tab.userDatabase()).persistent).toBe(false);
    expect(tab.storageNotices.list().map((notice) => noticeText(notice.message))).toContain(
      'This browser is not saving data (storage is blocked). Your workout goes on, but changes will be lost when the page is closed.',
    );
    expect(await tab.historyActions.workoutRecorded(workoutRecord(1_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 9_000 }]))).toMatchObject({ saved: true });
    expect(tab.getPersonalBest('prone-chest-raise-t')?.heldMs).toBe(9_000);
  });

  it('leaves a database of a newer Upright untouched and says so in plain words', async () => {
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('upright', 99);
      request.onupgradeneeded = () => request.result.createObjectStore('from-the-future');
      request.onsuccess = () => resolve(request.result);
    });
    newer.close();
    const tab = await openTab();
    tabs.push(tab);
    expect((await tab.userDatabase()).persistent).toBe(false);
    expect(tab.storageNotices.list().map((notice) => noticeText(notice.message))).toContain(
      'Your workouts and routines were saved by a newer version of Upright. They are kept as they are; reload the page to update the app. Until then, nothing you do here is saved.',
    );
    const stillNewer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('upright');
      request.onsuccess = () => resolve(request.result);
    });
    expect([stillNewer.version, [...stillNewer.objectStoreNames]]).toEqual([99, ['from-the-future']]);
    stillNewer.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase('upright').onsuccess = resolve));
  });

  it('closes its connection and asks for a reload when another tab upgrades the database', async () => {
    const tab = await openTab();
    tabs.push(tab);
    await tab.userDatabase();
    const upgraded = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('upright', tab.DATABASE_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
    });
    expect(tab.storageNotices.list().map((notice) => noticeText(notice.message))).toContain('Upright was updated in another tab. Reload this page to keep saving your workouts and routines.');
    upgraded.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase('upright').onsuccess = resolve));
  });
});
