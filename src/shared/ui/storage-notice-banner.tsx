import { useSyncExternalStore } from 'react';
import { storageNotices, type StorageNotice } from '../storage/storage-notices';

function downloadRaw(notice: StorageNotice): void {
  if (notice.rawValue === null) return;
  const blob = new Blob([notice.rawValue], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${notice.key.replace(/[^a-z0-9-]+/gi, '-')}-unreadable.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Tells the user, once, what stored data was reset or cannot be saved, and offers the old data. */
export function StorageNoticeBanner() {
  const notices = useSyncExternalStore(storageNotices.subscribe, storageNotices.list, storageNotices.list);
  if (notices.length === 0) return null;
  return (
    <section className="storage-notices" aria-label="Saved data">
      {notices.map((notice) => (
        <div key={notice.key + notice.message} className="notice warning" role="status">
          <p>{notice.message}</p>
          <div className="notice-actions">
            {notice.action && (
              <button type="button" className="primary" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            )}
            {notice.rawValue !== null && (
              <button type="button" onClick={() => downloadRaw(notice)}>
                Download the old data
              </button>
            )}
            <button type="button" onClick={() => storageNotices.dismiss(notice.key)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
