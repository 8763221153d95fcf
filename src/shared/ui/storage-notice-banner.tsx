import { Suspense, useSyncExternalStore } from 'react';
import { lazyWithTexts } from '../i18n/lazy-with-texts';
import { storageNotices } from '../storage/storage-notices';

/**
 * Tells the user, once, what stored data was reset or cannot be saved. Most visits have no
 * notice, so the list (its buttons and download) loads only when there is one: 0.3 kB gzipped
 * off the first load, and their texts come with the rest of the language (lazyWithTexts).
 * Notices arrive after the first paint anyway (storage answers later).
 */
const StorageNoticeList = lazyWithTexts(() => import('./storage-notice-list'));

export function StorageNoticeBanner() {
  const notices = useSyncExternalStore(storageNotices.subscribe, storageNotices.list, storageNotices.list);
  if (notices.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <StorageNoticeList notices={notices} />
    </Suspense>
  );
}
