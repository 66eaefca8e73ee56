// BBC audiowaveform's JSON, version 2: integers, [min, max] per point per channel, channels
// interleaved point by point (as `audiowaveform --split-channels` writes them).
import type { PixelPeaks } from './pixels.js';
import { int16To8 } from './quantize.js';

export interface AudiowaveformV2 {
  version: 2;
  channels: 1 | 2;
  sample_rate: number;
  samples_per_pixel: number;
  bits: 8 | 16;
  length: number;
  data: number[];
}

export interface EncodeOptions {
  bits: 8 | 16;
  sampleRate: number;
  /** At most this many points: neighbours are merged by a whole factor (samples per pixel grows). */
  maxLength?: number | undefined;
}

/** The JSON's fields but `data`, and how the points are merged. */
function layout(pixels: PixelPeaks, options: EncodeOptions) {
  const points = pixels.length;
  const factor = options.maxLength && points > options.maxLength ? Math.ceil(points / options.maxLength) : 1;
  const header: Omit<AudiowaveformV2, 'data'> = {
    version: 2,
    channels: pixels.channels,
    sample_rate: options.sampleRate,
    samples_per_pixel: pixels.samplesPerPixel * factor,
    bits: options.bits,
    length: Math.ceil(points / factor),
  };
  return { header, factor, points };
}

/** Writes the values of output points [from, to) into `out` from `at`; returns where it stopped. */
function fill(pixels: PixelPeaks, bits: 8 | 16, factor: number, points: number, from: number, to: number, out: number[], at: number): number {
  for (let p = from; p < to; p++) {
    const end = Math.min(points, (p + 1) * factor);
    for (let c = 0; c < pixels.channels; c++) {
      const pair = [-32768, 32767]; // [max, min]
      pixels.fold(c, p * factor, end, pair, 0);
      out[at++] = bits === 8 ? int16To8(pair[1]!) : pair[1]!;
      out[at++] = bits === 8 ? int16To8(pair[0]!) : pair[0]!;
    }
  }
  return at;
}

export function encodeAudiowaveform(pixels: PixelPeaks, options: EncodeOptions): AudiowaveformV2 {
  const { header, factor, points } = layout(pixels, options);
  const data = new Array<number>(header.length * header.channels * 2);
  fill(pixels, options.bits, factor, points, 0, header.length, data, 0);
  return { ...header, data };
}

/**
 * The same JSON as `JSON.stringify(encodeAudiowaveform(…))`, as UTF-8 pieces of about 64 kB: an hour of
 * 16-bit stereo is millions of values, which as one array and one string would cost more memory than
 * the decoding, and as many small strings would keep the garbage collector busy.
 */
export function* audiowaveformBytes(pixels: PixelPeaks, options: EncodeOptions): Generator<Uint8Array> {
  const { header, factor, points } = layout(pixels, options);
  const head = JSON.stringify({ ...header, data: [] });
  yield new TextEncoder().encode(head.slice(0, -2)); // up to and with the opening bracket of data
  const out = new Uint8Array(PIECE_BYTES + 64);
  const values: number[] = [];
  let at = 0;
  let first = true;
  for (let p = 0; p < header.length; p++) {
    values.length = 0;
    fill(pixels, options.bits, factor, points, p, p + 1, values, 0);
    for (const value of values) {
      if (!first) out[at++] = COMMA;
      first = false;
      at = writeInteger(out, at, value);
    }
    if (at >= PIECE_BYTES) {
      yield out.slice(0, at);
      at = 0;
    }
  }
  out[at++] = CLOSE_BRACKET;
  out[at++] = CLOSE_BRACE;
  yield out.slice(0, at);
}

const PIECE_BYTES = 1 << 16;
const COMMA = 0x2c;
const MINUS = 0x2d;
const ZERO = 0x30;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/** ASCII digits of a whole number at `at`; returns the index after them. */
function writeInteger(out: Uint8Array, at: number, value: number): number {
  if (value < 0) {
    out[at++] = MINUS;
    value = -value;
  }
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  for (let d = digits - 1; d >= 0; d--) {
    out[at + d] = ZERO + (value % 10);
    value = Math.floor(value / 10);
  }
  return at + digits;
}
