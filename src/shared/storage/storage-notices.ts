/**
 * Notices about stored data that could not be used: corrupt, out of date, or storage that is
 * blocked or full. The app starts with defaults, tells the user once, and keeps the raw old
 * value so it can be downloaded. A tiny observable, not a zustand store, so that the storage
 * layer stays free of React.
 */
import type { MessageKey } from '../i18n/i18n';

/** What a notice says, as data: a text key, its values, and the times to write as dates. */
export interface NoticeText {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
  /** Values that are times (wall ms), written in the user's language when shown. */
  readonly dates?: Readonly<Record<string, number>>;
}

export interface StorageNotice {
  /** What the notice is about ("upright:settings"); one notice per key and message. */
  readonly key: string;
  /** What the user is told, in plain words (see notice-text.ts). */
  readonly message: NoticeText;
  /** The value that could not be read, kept for export; null when there was none. */
  readonly rawValue: string | null;
  /** Something the user can do about it ("Retry saving"). */
  readonly action?: { readonly label: MessageKey; readonly run: () => void };
}

type Listener = () => void;

let notices: readonly StorageNotice[] = [];
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const storageNotices = {
  list: (): readonly StorageNotice[] => notices,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  report(notice: StorageNotice): void {
    // One notice per key and message: a blocked storage must not stack a notice per write.
    if (notices.some((existing) => existing.key === notice.key && existing.message.key === notice.message.key)) return;
    notices = [...notices, notice];
    emit();
  },
  dismiss(key: string): void {
    if (!notices.some((notice) => notice.key === key)) return;
    notices = notices.filter((notice) => notice.key !== key);
    emit();
  },
  /** For tests. */
  clear(): void {
    notices = [];
    emit();
  },
};
