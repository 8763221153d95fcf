import { storageNotices, type StorageNotice } from '../storage/storage-notices';
import { useT } from '../i18n/use-translation';
import { noticeText } from '../storage/notice-text';

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

/** The notices, with what the user can do about each: retry, download the old data, dismiss. */
export default function StorageNoticeList({ notices }: { readonly notices: readonly StorageNotice[] }) {
  const t = useT();
  return (
    <section className="storage-notices" aria-label={t('app.notices.label')}>
      {notices.map((notice) => (
        <div key={notice.key + notice.message.key} className="notice warning" role="status">
          <p>{noticeText(notice.message)}</p>
          <div className="notice-actions">
            {notice.action && (
              <button type="button" className="primary" onClick={notice.action.run}>
                {t(notice.action.label)}
              </button>
            )}
            {notice.rawValue !== null && (
              <button type="button" onClick={() => downloadRaw(notice)}>
                {t('app.notices.download')}
              </button>
            )}
            <button type="button" onClick={() => storageNotices.dismiss(notice.key)}>
              {t('app.notices.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
