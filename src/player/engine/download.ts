// The recording's bytes through its owner: a usable URL first; one newer URL if storage refuses it.
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { releaseLater, saveBlob } from '../../shared/saveBlob.js';
import { fetchAudio, isRefusal } from './fetchAudio.js';
import type { Scope } from './scope.js';

export async function fetchRecording(recording: SignedRecording, signal: AbortSignal, onProgress?: (fraction: number) => void): Promise<Blob> {
  const source = await recording.usable();
  try {
    return await fetchAudio(source.url, signal, onProgress);
  } catch (error) {
    // Refused though the URL should be good (a fetch-only rule, a clock off): one newer URL, once.
    if (!isRefusal(error)) throw error;
    const fresh = await recording.replacementFor(source.url);
    return fetchAudio(fresh.url, signal, onProgress);
  }
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

