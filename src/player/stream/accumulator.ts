// Min/max peaks built from decoded audio as it arrives: memory is two numbers per bucket per
// channel, whatever the length of the recording.
import { foldSamples } from '../../audio/minmax.js';

export class PeakAccumulator {
  readonly channels: [Float32Array, Float32Array];
  /** Seconds of audio placed so far (the end of the latest block). */
  reached = 0;
  channelCount = 0;

  constructor(readonly buckets: number, readonly duration: number) {
    this.channels = [new Float32Array(buckets * 2), new Float32Array(buckets * 2)];
  }

  /**
   * Adds one block of planar samples starting at `startSeconds`. Samples past the expected duration
   * (an estimate for VBR files) land in the last bucket rather than being dropped.
   */
  add(planes: readonly Float32Array[], sampleRate: number, startSeconds: number): void {
    const length = planes[0]?.length ?? 0;
    if (!length || this.buckets === 0) return;
    this.channelCount = Math.max(this.channelCount, Math.min(2, planes.length));
    const perSecond = this.buckets / this.duration;
    const last = this.buckets - 1;
    for (let c = 0; c < 2; c++) {
      const plane = planes[c] ?? planes[0]!; // mono: both lanes show the one signal
      const out = this.channels[c]!;
      let i = 0;
      while (i < length) {
        const bucket = Math.min(last, Math.floor((startSeconds + i / sampleRate) * perSecond));
        // The first sample index that belongs to the next bucket.
        // Stryker disable next-line ConditionalExpression: equivalent — past the last bucket's end the loop comes back to it
        const nextStart = bucket === last ? length : Math.ceil(((bucket + 1) / perSecond - startSeconds) * sampleRate);
        // Stryker disable next-line ArithmeticOperator: equivalent — nextStart is past i but for float rounding, which no test can aim at
        const end = Math.min(length, Math.max(i + 1, nextStart));
        foldSamples(plane, i, end, out, bucket * 2);
        i = end;
      }
    }
    this.reached = Math.max(this.reached, startSeconds + length / sampleRate);
  }

  /** Copies of the peaks so far, safe to transfer to another thread. */
  snapshot(): [Float32Array, Float32Array] {
    return [this.channels[0].slice(), this.channels[1].slice()];
  }
}
