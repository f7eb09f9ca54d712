/**
 * Saves a Blob as a file through an `<a download>` and an object URL: works in Chrome's and
 * Firefox's extension pages without the "downloads" permission. The URL is revoked a minute later
 * (Firefox still reads it after click() returns).
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
