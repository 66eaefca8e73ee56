// Hands a Blob to the browser as a download with a file name.

/** Saves a Blob under a file name through a temporary object URL; returns the URL's release. */
export function saveBlob(blob: Blob, fileName: string): () => void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
  return () => URL.revokeObjectURL(href);
}

/**
 * Firefox and Safari read a download's object URL some time after the click: it is released later,
 * on a timer of its own, even when the component that saved it has closed in the meantime.
 */
export const RELEASE_DOWNLOAD_AFTER_MS = 60_000;
export function releaseLater(release: () => void): void {
  setTimeout(release, RELEASE_DOWNLOAD_AFTER_MS);
}
