// Waveform peaks as backends send them, read into what the player draws: one or two channels of
// [max, min, max, min, …] pairs in [-1, 1]. Floats, 8- or 16-bit integers, and BBC audiowaveform's
// JSON (versions 1 and 2, 8 or 16 bits, 1 or 2 channels, min/max interleaved) are all read.

/** BBC audiowaveform's JSON output, as `audiowaveform -i call.mp3 -o call.json --split-channels` writes it. */
export interface AudiowaveformJson {
  version?: number;
  channels?: number;
  sample_rate?: number;
  samples_per_pixel?: number;
  bits: 8 | 16;
  length?: number;
  data: ArrayLike<number>;
}

export class PeaksError extends Error {}

const isAudiowaveform = (value: unknown): value is AudiowaveformJson =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'data' in value && 'bits' in value;

/** Channels of peaks in [-1, 1]; throws PeaksError saying what is wrong. */
export function readPeaks(value: unknown): Float32Array[] {
  if (isAudiowaveform(value)) return fromAudiowaveform(value);
  if (!Array.isArray(value) || value.length < 1 || value.length > 2) throw new PeaksError('one or two channels of peaks, or audiowaveform JSON');
  const channels = value.map((channel, c) => {
    if (!Array.isArray(channel) && !ArrayBuffer.isView(channel)) throw new PeaksError(`channel ${c} to be an array of numbers`);
    return channel as ArrayLike<unknown>;
  });
  let peak = 0;
  channels.forEach((channel, c) => {
    // Plain loops: an hour of peaks is hundreds of thousands of values, read on the page's main thread.
    for (let i = 0; i < channel.length; i++) {
      const v = channel[i] as number;
      if (!Number.isFinite(v)) throw new PeaksError(`numbers (channel ${c}, index ${i} is not)`);
      const magnitude = v < 0 ? -v : v;
      if (magnitude > peak) peak = magnitude;
    }
  });
  // Floats a hair over 1 are rounding; integers are 8- or 16-bit samples.
  const scale = peak <= 1.001 ? 1 : peak <= 128 ? 128 : peak <= 32_768 ? 32_768 : Number.NaN;
  if (Number.isNaN(scale)) throw new PeaksError('values in [-1, 1] (or 8- or 16-bit integers)');
  return channels.map((channel) => {
    const out = new Float32Array(channel.length);
    // Stryker disable next-line EqualityOperator: equivalent — a write past the end of a typed array is dropped
    for (let i = 0; i < out.length; i++) out[i] = Math.max(-1, Math.min(1, (channel[i] as number) / scale));
    return out;
  });
}

function fromAudiowaveform(json: AudiowaveformJson): Float32Array[] {
  const bits = json.bits;
  if (bits !== 8 && bits !== 16) throw new PeaksError('audiowaveform "bits" of 8 or 16');
  const channels = json.version === 1 || json.channels === undefined ? 1 : json.channels;
  if (channels !== 1 && channels !== 2) throw new PeaksError('audiowaveform "channels" of 1 or 2');
  const data = json.data;
  if (!Array.isArray(data) && !ArrayBuffer.isView(data)) throw new PeaksError('audiowaveform "data" to be an array');
  const points = Math.floor(data.length / (2 * channels));
  const scale = bits === 8 ? 128 : 32_768;
  const out = Array.from({ length: channels }, () => new Float32Array(points * 2));
  for (let p = 0; p < points; p++) {
    for (let c = 0; c < channels; c++) {
      const min = Number(data[(p * channels + c) * 2]);
      const max = Number(data[(p * channels + c) * 2 + 1]);
      if (!Number.isFinite(min) || !Number.isFinite(max)) throw new PeaksError(`audiowaveform "data" to hold numbers (point ${p} does not)`);
      out[c]![p * 2] = Math.max(-1, Math.min(1, max / scale));
      out[c]![p * 2 + 1] = Math.max(-1, Math.min(1, min / scale));
    }
  }
  return out;
}
