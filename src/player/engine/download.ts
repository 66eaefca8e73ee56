// The recording's bytes through its owner (net/readRecording.ts: a newer URL once if storage refuses
// one, a dropped connection carried on), and saving them as `<callId>.mp3`.
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { releaseLater, saveBlob } from '../../shared/saveBlob.js';
import { readRecording } from '../../net/readRecording.js';
import { urlsFrom } from '../../signed-url/recordingUrl.js';
import type { Scope } from '../../util/scope.js';

/** The whole recording through its owner's URLs, with progress (0 to 1) when storage says its length. */
export async function fetchRecording(recording: SignedRecording, signal: AbortSignal, onProgress?: (fraction: number) => void): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let type = 'audio/mpeg';
  let total = 0;
  let received = 0;
  await readRecording({
    signal,
    getUrl: urlsFrom(recording),
    onResponse: (response, offset) => {
      if (offset > 0) return;
      type = response.headers.get('content-type') || type;
      total = Number(response.headers.get('content-length')) || 0;
    },
    onChunk: (chunk) => {
      chunks.push(chunk);
      received += chunk.length;
      if (total) onProgress?.(Math.min(1, received / total));
    },
  });
  onProgress?.(1);
  return new Blob(chunks as Uint8Array<ArrayBuffer>[], { type });
}

export const downloadName = (callId: string) => `${callId.replace(/[\\/:*?"<>|\s]+/g, '_')}.mp3`;

/**
 * Saves the recording as `<callId>.mp3`: the bytes the page is reading whole anyway when it is (no
 * second read from storage), else read now. The object URL is released once the browser has it.
 */
export async function downloadRecording(
  recording: SignedRecording, callId: string, scope: Scope, onProgress: (fraction: number) => void, held?: Promise<Blob | null>,
): Promise<void> {
  const blob = (await held) ?? (await fetchRecording(recording, scope.signal, onProgress));
  if (scope.disposed) return;
  releaseLater(saveBlob(blob, downloadName(callId)));
}

