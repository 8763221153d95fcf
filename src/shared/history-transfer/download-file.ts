/**
 * Saves text as a file through a same-origin Blob URL and an <a download> (no server, no inline
 * script, so the CSP holds). The URL is revoked on the next task, after the download has started.
 */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
