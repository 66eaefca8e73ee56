// Reads a recording's bytes from its signed URL, reporting progress; no credentials go along.

export class StorageStatusError extends Error {
  constructor(readonly status: number) {
    super(`The recording storage answered HTTP ${status}.`);
    this.name = 'StorageStatusError';
  }
}

export async function fetchAudio(
  url: string, signal: AbortSignal, onProgress?: (fraction: number) => void,
): Promise<Blob> {
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) throw new StorageStatusError(response.status);
  const total = Number(response.headers.get('content-length')) || 0;
  const type = response.headers.get('content-type') || 'audio/mpeg';
  if (!response.body || !onProgress) return new Blob([await response.arrayBuffer()], { type });
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    if (total) onProgress(Math.min(1, received / total));
  }
  onProgress(1);
  return new Blob(chunks, { type });
}

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
