/**
 * Saves a blob under a file name through a temporary `<a download>`: no server round trip, works
 * offline. The object URL is revoked after the click has been handled.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `cyberlaw-network-2026-11-27T10-31.png`: sortable, no characters a file system refuses. */
export function exportFileName(what: string, extension: string): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(/:/g, '-');
  return `cyberlaw-${what}-${stamp}.${extension}`;
}
