// Waveform data: reduce decoded samples to min/max pairs, and keep them per call for the session.
import { foldSamples } from '../audio/minmax.js';

export type ChannelPeaks = [Float32Array, Float32Array];

/**
 * Min/max pairs of `samples` in `buckets` equal slices: [max0, min0, max1, min1, …]. The renderer
 * draws both edges of each slice, so quiet and loud stretches keep their shape at any width.
 */
export function reducePeaks(samples: ArrayLike<number>, buckets: number): Float32Array {
  const count = Math.max(0, Math.min(Math.floor(buckets), samples.length));
  const out = new Float32Array(count * 2);
  // Stryker disable next-line EqualityOperator: equivalent — a write past a typed array's end is dropped
  for (let b = 0; b < count; b++) {
    const start = Math.floor((b * samples.length) / count);
    const end = Math.floor(((b + 1) * samples.length) / count);
    foldSamples(samples, start, end, out, b * 2); // from [0, 0]: silence is a flat line
  }
  return out;
}

/** About 50 slices a second, capped so an hour-long call stays a few hundred kB. */
export function bucketsFor(durationSeconds: number): number {
  return Math.max(1, Math.min(20_000, Math.round(durationSeconds * 50)));
}

/** Puts the caller first: lanes are drawn caller on top, whatever channel the file uses. */
export function orderByCaller<T>(channels: readonly T[], callerChannel: 0 | 1 = 0): [T, T] {
  const first = channels[0]!;
  const second = channels[1] ?? first; // a mono file shows the same signal in both lanes
  return callerChannel === 1 ? [second, first] : [first, second];
}

// Decoding at 8 kHz is plenty for a waveform and keeps memory at a sixth of 48 kHz.
export const DECODE_RATE = 8000;

export interface DecodedPeaks {
  peaks: ChannelPeaks;
  duration: number;
  channels: number;
}

export async function decodePeaks(bytes: ArrayBuffer, callerChannel: 0 | 1 = 0): Promise<DecodedPeaks> {
  const context = new OfflineAudioContext(2, 1, DECODE_RATE);
  const audio = await context.decodeAudioData(bytes);
  const buckets = bucketsFor(audio.duration);
  const channels = Array.from({ length: Math.min(2, audio.numberOfChannels) }, (_, c) => reducePeaks(audio.getChannelData(c), buckets));
  return { peaks: orderByCaller(channels, callerChannel), duration: audio.duration, channels: audio.numberOfChannels };
}
