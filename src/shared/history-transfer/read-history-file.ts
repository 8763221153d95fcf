/**
 * Reading a history file: size first (a huge file is refused before a byte is read), then text,
 * then JSON, then the document validator. Every failure is a message; nothing throws, nothing is
 * saved here.
 */
import { formatNumber } from '../i18n/format';
import { currentLanguage, translate } from '../i18n/i18n';
import type { ExportableWorkout } from './history-csv';
import { MAX_HISTORY_FILE_BYTES } from './history-limits';
import { validateHistoryDocument, type HistoryCheck, type HistoryCheckContext } from './validate-history-document';

const megabytes = (bytes: number) => formatNumber(bytes / (1024 * 1024), currentLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export async function parseHistoryText<W extends ExportableWorkout>(text: string, context: HistoryCheckContext<W>): Promise<HistoryCheck<W>> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, message: translate('historyTransfer.problem.notJson') };
  }
  try {
    return await validateHistoryDocument(document, context);
  } catch {
    // The validator is written not to throw; this is the last guard at an untrusted edge.
    return { ok: false, message: translate('manage.transfer.notChecked') };
  }
}

export async function readHistoryFile<W extends ExportableWorkout>(file: Blob, context: HistoryCheckContext<W>): Promise<HistoryCheck<W>> {
  if (file.size > MAX_HISTORY_FILE_BYTES) {
    return { ok: false, message: translate('historyTransfer.problem.tooLarge', { size: megabytes(file.size), max: megabytes(MAX_HISTORY_FILE_BYTES) }) };
  }
  if (file.size === 0) return { ok: false, message: translate('manage.transfer.emptyFile') };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: translate('manage.transfer.unreadable') };
  }
  return parseHistoryText(text, context);
}
