// A recording stored as one file per side: both are read once (each through its own URL owner), decoded,
// and played as one stereo file — caller and assistant on their usual channels — so the two sides cannot
// drift apart, whatever the speed or seeking, and the lanes, the analysis, mute and solo work as for any
// stereo call. The files themselves are kept for Download.
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { downloadName, fetchRecording } from './download.js';
import { releaseLater, saveBlob } from '../../shared/saveBlob.js';
import type { Scope } from '../../util/scope.js';
import { foldPairs, foldSamples } from '../../audio/minmax.js';
import { bucketsFor, DECODE_RATE, orderByCaller, type DecodedPeaks } from '../peaks.js';

/** Speech needs no more: 5.8 MB of stereo PCM a minute (330 MB an hour), and as much again for one side's samples while it is decoded. */
const RATE = 24_000;
/** Each side's shape is kept in slices of a hundredth of a second until both sides' length is known. */
const SLICES_PER_SECOND = 100;

/** Min/max pairs of `samples` in slices of `width` samples, the last one what is left. */
export function slicePeaks(samples: ArrayLike<number>, width: number): Float32Array {
  const count = Math.ceil(samples.length / width);
  const out = new Float32Array(count * 2);
  for (let b = 0; b < count; b++) foldSamples(samples, b * width, Math.min(samples.length, (b + 1) * width), out, b * 2);
  return out;
}

/** Slice pairs over `total` slices (those past the end of `pairs` silence) folded into `buckets` equal ones. */
export function foldSlices(pairs: Float32Array, total: number, buckets: number): Float32Array {
  const count = Math.max(0, Math.min(Math.floor(buckets), total));
  const have = pairs.length / 2;
  const out = new Float32Array(count * 2);
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * total) / count);
    const to = Math.floor(((b + 1) * total) / count);
    foldPairs(pairs, Math.min(from, have), Math.min(to, have), out, b * 2);
  }
  return out;
}

/**
 * A 16-bit stereo PCM WAV written one side at a time, so only one side's decoded samples need to be held
 * beside it; a side shorter than the other is padded with silence, values past ±1 are clipped.
 */
export class StereoWav {
  #bytes: Uint8Array<ArrayBuffer>;
  #frames: number;

  constructor(frames: number, readonly rate: number) {
    this.#frames = frames;
    this.#bytes = new Uint8Array(44 + frames * 4);
  }

  /** Writes one side (0 left, 1 right), growing the file when this side is the longer. */
  put(channel: 0 | 1, samples: Float32Array): void {
    if (samples.length > this.#frames) {
      const longer = new Uint8Array(44 + samples.length * 4);
      longer.set(this.#bytes);
      this.#bytes = longer;
      this.#frames = samples.length;
    }
    const view = new DataView(this.#bytes.buffer);
    const at = 44 + channel * 2;
    for (let i = 0; i < samples.length; i++) view.setInt16(at + i * 4, Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 32767), true);
  }

  /** The file, its header now saying how long it is. */
  bytes(): Uint8Array<ArrayBuffer> {
    const view = new DataView(this.#bytes.buffer);
    const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
    const data = this.#frames * 4;
    text(0, 'RIFF');
    view.setUint32(4, 36 + data, true);
    text(8, 'WAVE');
    text(12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true); // PCM
    view.setUint16(22, 2, true);
    view.setUint32(24, this.rate, true);
    view.setUint32(28, this.rate * 4, true);
    view.setUint16(32, 4, true);
    view.setUint16(34, 16, true);
    text(36, 'data');
    view.setUint32(40, data, true);
    return this.#bytes;
  }
}

export class TwoFiles {
  /** The two files as stored: caller's, assistant's. */
  readonly files: Promise<[Blob, Blob]>;
  /** Both as one stereo WAV, the caller on `callerChannel`. */
  readonly merged: Promise<Blob>;
  /** The lanes' peaks, from each side at 8 kHz (as any call's lanes): the merged WAV is never decoded again. */
  readonly peaks: Promise<DecodedPeaks>;

  constructor(scope: Scope, caller: SignedRecording, assistant: SignedRecording, callerChannel: 0 | 1) {
    this.files = Promise.all([fetchRecording(caller, scope.signal), fetchRecording(assistant, scope.signal)]);
    const assistantChannel = callerChannel === 0 ? 1 : 0;
    const made = this.files.then(async ([callerFile, assistantFile]) => {
      const context = new OfflineAudioContext(1, 1, RATE);
      const wav = new StereoWav(0, RATE);
      let frames = 0;
      // One side at a time: its decoded samples are let go before the other side's are made.
      const decodeInto = async (blob: Blob, channel: 0 | 1) => {
        const samples = (await context.decodeAudioData(await blob.arrayBuffer())).getChannelData(0);
        wav.put(channel, samples);
        frames = Math.max(frames, samples.length);
      };
      await decodeInto(callerFile, callerChannel);
      await decodeInto(assistantFile, assistantChannel);
      return { blob: new Blob([wav.bytes()], { type: 'audio/wav' }), duration: frames / RATE };
    });
    // The lanes after the sound: decoded at the rate every other call's lanes are (8 kHz), while the media loads.
    const lanes = made.then(async ({ duration }) => {
      const [callerFile, assistantFile] = await this.files;
      const context = new OfflineAudioContext(1, 1, DECODE_RATE);
      const shapeOf = async (blob: Blob) => slicePeaks((await context.decodeAudioData(await blob.arrayBuffer())).getChannelData(0), DECODE_RATE / SLICES_PER_SECOND);
      const slices: Float32Array[] = [];
      slices[callerChannel] = await shapeOf(callerFile);
      slices[assistantChannel] = await shapeOf(assistantFile);
      const total = Math.ceil(duration * SLICES_PER_SECOND);
      const channels = [0, 1].map((c) => foldSlices(slices[c]!, total, bucketsFor(duration)));
      return { peaks: orderByCaller(channels, callerChannel), duration, channels: 2 };
    });
    this.merged = made.then((m) => m.blob);
    this.peaks = lanes;
    // Said where they are awaited.
    this.merged.catch(() => undefined);
    this.peaks.catch(() => undefined);
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
