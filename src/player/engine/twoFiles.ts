// A recording stored as one file per side: both are read once (each through its own URL owner), decoded,
// and played as one stereo file — caller and assistant on their usual channels — so the two sides cannot
// drift apart, whatever the speed or seeking, and the lanes, the analysis, mute and solo work as for any
// stereo call. The files themselves are kept for Download.
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { downloadName, fetchRecording } from './download.js';
import { releaseLater, saveBlob } from '../../shared/saveBlob.js';
import type { Scope } from './scope.js';

/** Speech needs no more; an hour at this rate is 330 MB of PCM, so two-file calls are read whole only up to that. */
const RATE = 24_000;

/** 16-bit PCM WAV of two channels of equal rate (the shorter one padded with silence). */
export function stereoWav(left: Float32Array, right: Float32Array, rate: number): Uint8Array<ArrayBuffer> {
  const frames = Math.max(left.length, right.length);
  const out = new Uint8Array(44 + frames * 4);
  const view = new DataView(out.buffer);
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + frames * 4, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 2, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 4, true);
  view.setUint16(32, 4, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, frames * 4, true);
  const sample = (value: number | undefined) => Math.round(Math.max(-1, Math.min(1, value ?? 0)) * 32767);
  for (let i = 0; i < frames; i++) {
    view.setInt16(44 + i * 4, sample(left[i]), true);
    view.setInt16(46 + i * 4, sample(right[i]), true);
  }
  return out;
}

export class TwoFiles {
  /** The two files as stored: caller's, assistant's. */
  readonly files: Promise<[Blob, Blob]>;
  /** Both as one stereo WAV, the caller on `callerChannel`. */
  readonly merged: Promise<Blob>;

  constructor(scope: Scope, caller: SignedRecording, assistant: SignedRecording, callerChannel: 0 | 1) {
    this.files = Promise.all([fetchRecording(caller, scope.signal), fetchRecording(assistant, scope.signal)]);
    this.merged = this.files.then(async ([a, b]) => {
      const context = new OfflineAudioContext(1, 1, RATE);
      const [sideA, sideB] = await Promise.all([a, b].map(async (blob) => (await context.decodeAudioData(await blob.arrayBuffer())).getChannelData(0)));
      const [left, right] = callerChannel === 0 ? [sideA!, sideB!] : [sideB!, sideA!];
      return new Blob([stereoWav(left, right, RATE)], { type: 'audio/wav' });
    });
    this.merged.catch(() => undefined); // said where it is awaited
  }
}

/** Download offers both files, as stored: `<callId>-caller.mp3` and `<callId>-assistant.mp3`. */
export async function downloadBoth(two: TwoFiles, callId: string, scope: Scope, onProgress: (fraction: number) => void): Promise<void> {
  onProgress(0);
  const [caller, assistant] = await two.files;
  if (scope.disposed) return;
  onProgress(1);
  const base = downloadName(callId).replace(/\.mp3$/, '');
  releaseLater(saveBlob(caller, `${base}-caller.mp3`));
  releaseLater(saveBlob(assistant, `${base}-assistant.mp3`));
}
