// The one min/max fold, for samples and for pairs of peaks: the browser's lanes, the streamed peaks,
// the streamed lanes' columns and the Node peaks entry all reduce audio with these.

/** Widens the pair at `out[at]` (max) and `out[at + 1]` (min) by the samples `plane[from..to)`. */
export function foldSamples(plane: ArrayLike<number>, from: number, to: number, out: Float32Array | number[], at: number): void {
  let max = out[at]!;
  let min = out[at + 1]!;
  for (let s = from; s < to; s++) {
    const v = plane[s]!;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  out[at] = max;
  out[at + 1] = min;
}

/**
 * Widens the pair at `out[at]` (max) and `out[at + 1]` (min) by the pairs `from..to` of `pairs`, stored
 * [max, min] each (our peaks) or, with `minFirst`, [min, max] (audiowaveform's order).
 */
export function foldPairs(pairs: ArrayLike<number>, from: number, to: number, out: Float32Array | number[], at: number, minFirst = false): void {
  const hi = minFirst ? 1 : 0;
  let max = out[at]!;
  let min = out[at + 1]!;
  for (let p = from; p < to; p++) {
    const top = pairs[p * 2 + hi]!;
    const bottom = pairs[p * 2 + 1 - hi]!;
    if (top > max) max = top;
    if (bottom < min) min = bottom;
  }
  out[at] = max;
  out[at + 1] = min;
}
