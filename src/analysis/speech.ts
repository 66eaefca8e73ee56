// Where one channel speaks, from its peaks: a level per slice, a floor set by that channel's own
// noise, short pauses bridged, clicks dropped. Pure; times in seconds.

export interface TimeRange {
  start: number;
  end: number;
}

export interface SpeechThresholds {
  /** The floor sits this far from the channel's noise level towards its speech level (0..1). */
  floorPosition: number;
  /** Pauses shorter than this inside one side's speech are still speech (s). */
  bridgeSeconds: number;
  /** Sounds shorter than this are not speech: clicks, breaths, line noise (s). */
  minSpeechSeconds: number;
  /**
   * While the other side talks, a channel quieter than this share of it (each relative to its own
   * speech level) is hearing the other side (echo, crosstalk), not talking.
   */
  bleedRatio: number;
}

export const SPEECH_THRESHOLDS: SpeechThresholds = { floorPosition: 0.1, bridgeSeconds: 0.3, minSpeechSeconds: 0.12, bleedRatio: 0.35 };

/** Noise: the 10th percentile of the slices' levels; speech: the 99th (robust to a stray click). */
const NOISE_PERCENTILE = 0.1;
const SPEECH_PERCENTILE = 0.99;
/** Below this (−46 dBFS) nothing is speech, however quiet the line. */
const ABSOLUTE_FLOOR = 0.005;

/** Loudness per slice of [max, min, max, min, …] pairs. */
export function sliceLevels(peaks: ArrayLike<number>): Float32Array {
  const slices = Math.floor(peaks.length / 2);
  const out = new Float32Array(slices);
  // Stryker disable next-line EqualityOperator: equivalent — a write past the end of a typed array is dropped
  for (let i = 0; i < slices; i++) out[i] = Math.max(Math.abs(peaks[i * 2]!), Math.abs(peaks[i * 2 + 1]!));
  return out;
}

function percentile(sorted: Float32Array, p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.floor(p * (sorted.length - 1))]!;
}

export interface ChannelLevels {
  levels: Float32Array;
  /** Above this a slice may be speech. */
  floor: number;
  /** The channel's loud speech (99th percentile of its slices). */
  speech: number;
}

/** A channel's slice levels, with its floor set from its own noise and speech levels. */
export function channelLevels(peaks: ArrayLike<number>, thresholds: SpeechThresholds = SPEECH_THRESHOLDS): ChannelLevels {
  const levels = sliceLevels(peaks);
  return { levels, ...levelProfile(levels, thresholds) };
}

/** The level above which a slice counts as speech, for this channel. */
export function speechFloor(levels: Float32Array, thresholds: SpeechThresholds = SPEECH_THRESHOLDS): number {
  return levelProfile(levels, thresholds).floor;
}

function levelProfile(levels: Float32Array, thresholds: SpeechThresholds): Omit<ChannelLevels, 'levels'> {
  const sorted = Float32Array.from(levels).sort();
  const noise = percentile(sorted, NOISE_PERCENTILE);
  const speech = percentile(sorted, SPEECH_PERCENTILE);
  return { floor: Math.max(ABSOLUTE_FLOOR, noise + (speech - noise) * thresholds.floorPosition), speech };
}

/**
 * Whether slice `i` of `own` is the other side heard on this channel: the other side is speaking and
 * loud, and this channel, relative to its own speech, is much quieter than it (within a slice either
 * way: an echo comes a few tens of milliseconds late).
 */
function bleeds(own: ChannelLevels, other: ChannelLevels, i: number, ratio: number): boolean {
  // A side whose speech level is 0 (a click or two in silence) has no voice to bleed. A silent own side
  // needs no check: its slices never pass its floor.
  if (!(other.speech > 0)) return false;
  let loudest = 0;
  for (let k = Math.max(0, i - 1); k <= Math.min(other.levels.length - 1, i + 1); k++) loudest = Math.max(loudest, other.levels[k]!);
  if (loudest < other.floor) return false;
  return own.levels[i]! / own.speech < (loudest / other.speech) * ratio;
}

/** Where this channel speaks, as ranges in seconds, in order. */
export function speechRanges(peaks: ArrayLike<number>, sliceSeconds: number, thresholds: SpeechThresholds = SPEECH_THRESHOLDS): TimeRange[] {
  return speechRangesOf(channelLevels(peaks, thresholds), null, sliceSeconds, thresholds);
}

/** Where `own` speaks; with `other`, the other side's voice heard on this channel does not count. */
export function speechRangesOf(own: ChannelLevels, other: ChannelLevels | null, sliceSeconds: number, thresholds: SpeechThresholds = SPEECH_THRESHOLDS): TimeRange[] {
  const { levels, floor } = own;
  if (!levels.length || !(sliceSeconds > 0)) return [];
  const bridge = Math.round(thresholds.bridgeSeconds / sliceSeconds);
  const runs: [number, number][] = [];
  for (let i = 0; i < levels.length; i++) {
    if (levels[i]! < floor || (other && bleeds(own, other, i, thresholds.bleedRatio))) continue;
    const last = runs[runs.length - 1];
    if (last && i - last[1] <= bridge) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  const minSlices = thresholds.minSpeechSeconds / sliceSeconds;
  return runs.filter(([a, b]) => b - a >= minSlices).map(([a, b]) => ({ start: a * sliceSeconds, end: b * sliceSeconds }));
}

/** Stretches where none of the given ranges (sorted by start) is, within [0, duration]. */
export function gaps(ranges: readonly TimeRange[], duration: number): TimeRange[] {
  const out: TimeRange[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (duration > at) out.push({ start: at, end: duration });
  return out;
}

/** Sorted union of two sorted range lists. */
export function union(a: readonly TimeRange[], b: readonly TimeRange[]): TimeRange[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: TimeRange[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Sorted intersection of two sorted range lists. */
export function intersection(a: readonly TimeRange[], b: readonly TimeRange[]): TimeRange[] {
  const out: TimeRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

export const totalSeconds = (ranges: readonly TimeRange[]) => ranges.reduce((sum, r) => sum + r.end - r.start, 0);
