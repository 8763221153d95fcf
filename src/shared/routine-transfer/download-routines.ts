import type { Routine } from '../../catalog/schema';
import { createRoutinesDocument, routinesFileName } from './routines-document';

/**
 * Saves routines as a JSON file through a same-origin Blob URL (no server involved). The URL is
 * revoked on the next task, after the browser has started the download.
 */
export function downloadRoutines(routines: readonly Routine[], now: Date = new Date()): void {
  const json = JSON.stringify(createRoutinesDocument(routines, now), null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = routinesFileName(routines, now);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
