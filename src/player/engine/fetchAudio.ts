// Reads a recording's bytes from its signed URL, reporting progress. Same-origin URLs carry the
// page's cookies (as the media element's requests do); cross-origin ones carry no credentials.
import { credentialsFor } from '../../shared/sameOrigin.js';

export class StorageStatusError extends Error {
  constructor(readonly status: number) {
    super(`The recording storage answered HTTP ${status}.`);
    this.name = 'StorageStatusError';
  }
}

export async function fetchAudio(
  url: string, signal: AbortSignal, onProgress?: (fraction: number) => void,
): Promise<Blob> {
  const response = await fetch(url, { signal, credentials: credentialsFor(url) });
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

/** Status codes a signed URL gets when storage will not honour it (expired, or refused). */
export const isRefusalStatus = (status: number) => status === 401 || status === 403;
export const isRefusal = (error: unknown) => error instanceof StorageStatusError && isRefusalStatus(error.status);
