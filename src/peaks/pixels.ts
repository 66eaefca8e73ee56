// Min/max per fixed run of samples (audiowaveform's "samples per pixel"), grown as audio arrives:
// memory follows the output — two 16-bit values per point per channel, in fixed blocks so growing
// never copies — and never the recording.
import { foldPairs, foldSamples } from '../audio/minmax.js';
import { toInt16 } from './quantize.js';

const BLOCK_POINTS = 1 << 16;

export class PixelPeaks {
  /** Per output channel: blocks of [min, max] 16-bit pairs of the finished points. */
  #blocks: Int16Array[][];
  /** Per output channel: the point being filled, as floats [max, min]. */
  #open: Float32Array[];
  #samples = 0;
  #mix = new Float32Array(0);

  /** `channels` out of `inputChannels`: one out of two is their average. */
  constructor(readonly samplesPerPixel: number, readonly channels: 1 | 2, readonly inputChannels: 1 | 2 = channels) {
    this.#blocks = Array.from({ length: channels }, () => []);
    this.#open = Array.from({ length: channels }, () => Float32Array.of(-Infinity, Infinity));
  }

  /** Points so far; the last one may hold fewer than `samplesPerPixel` samples. */
  get length(): number {
    return Math.ceil(this.#samples / this.samplesPerPixel);
  }

  /** Adds `count` samples of planar audio (planes past `inputChannels` are ignored). */
  add(planes: readonly Float32Array[], count: number): void {
    if (count <= 0 || !planes[0]) return;
    const sources = this.channels === 1 && this.inputChannels === 2 && planes[1] ? [this.#mixed(planes, count)] : planes;
    const spp = this.samplesPerPixel;
    for (let c = 0; c < this.channels; c++) {
      const plane = sources[c] ?? sources[0]!;
      const open = this.#open[c]!;
      let i = 0;
      let at = this.#samples;
      while (i < count) {
        const take = Math.min(count - i, spp - (at % spp));
        foldSamples(plane, i, i + take, open, 0);
        i += take;
        at += take;
        if (at % spp === 0) this.#close(c, at / spp - 1);
      }
    }
    this.#samples += count;
  }

  /** The [min, max] pair of `point` in `channel`, as 16-bit values. */
  min(channel: number, point: number): number {
    return this.#value(channel, point, 0);
  }

  max(channel: number, point: number): number {
    return this.#value(channel, point, 1);
  }

  /** Widens `out` ([max, min] at `at`, 16-bit values) by points [from, to) of `channel`. */
  fold(channel: number, from: number, to: number, out: number[], at: number): void {
    const last = this.length - 1;
    const openLast = this.#samples % this.samplesPerPixel !== 0;
    const closedTo = openLast ? Math.min(to, last) : to;
    for (let p = from; p < closedTo; ) {
      const block = this.#blocks[channel]![Math.floor(p / BLOCK_POINTS)]!;
      const start = p % BLOCK_POINTS;
      const end = Math.min(BLOCK_POINTS, start + (closedTo - p));
      foldPairs(block, start, end, out, at, true);
      p += end - start;
    }
    if (openLast && to > last && from <= last) {
      out[at] = Math.max(out[at]!, this.max(channel, last));
      out[at + 1] = Math.min(out[at + 1]!, this.min(channel, last));
    }
  }

  #value(channel: number, point: number, which: 0 | 1): number {
    const open = this.#open[channel]!;
    if (point === this.length - 1 && this.#samples % this.samplesPerPixel !== 0) return toInt16(which === 0 ? open[1]! : open[0]!);
    const block = this.#blocks[channel]![Math.floor(point / BLOCK_POINTS)]!;
    return block[(point % BLOCK_POINTS) * 2 + which]!;
  }

  #close(channel: number, point: number): void {
    const blocks = this.#blocks[channel]!;
    const index = Math.floor(point / BLOCK_POINTS);
    const block = (blocks[index] ??= new Int16Array(BLOCK_POINTS * 2));
    const open = this.#open[channel]!;
    block[(point % BLOCK_POINTS) * 2] = toInt16(open[1]!);
    block[(point % BLOCK_POINTS) * 2 + 1] = toInt16(open[0]!);
    open[0] = -Infinity;
    open[1] = Infinity;
  }

  #mixed(planes: readonly Float32Array[], count: number): Float32Array {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — a new buffer holds the same average
    if (this.#mix.length < count) this.#mix = new Float32Array(count);
    const [left, right] = planes as [Float32Array, Float32Array];
    // Stryker disable next-line EqualityOperator: equivalent — the value one past `count` is never read
    for (let s = 0; s < count; s++) this.#mix[s] = (left[s]! + right[s]!) / 2;
    return this.#mix;
  }
}
