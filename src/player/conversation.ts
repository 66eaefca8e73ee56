// Conversation overlays from the two lanes' peaks and the transcript: who talks over whom, where
// nobody talks, and where the turns start.
import type { TranscriptTurn } from '../types.js';

export interface TimeRange {
  start: number;
  end: number;
}

export interface ConversationRegions {
  overlaps: TimeRange[];
  silences: TimeRange[];
}

export interface RegionOptions {
  /** Fraction of a lane's loudest peak above which it counts as speech. */
  threshold: number;
  /** Pauses shorter than this inside speech are still speech (seconds). */
  bridge: number;
  minOverlap: number;
  minSilence: number;
}

export const DEFAULT_REGION_OPTIONS: RegionOptions = { threshold: 0.12, bridge: 0.35, minOverlap: 0.4, minSilence: 2.5 };

/** Per bucket: is this lane speaking? Peaks are [max, min] pairs. */
export function speechActivity(peaks: ArrayLike<number>, bucketSeconds: number, options: RegionOptions = DEFAULT_REGION_OPTIONS): Uint8Array {
  const buckets = Math.floor(peaks.length / 2);
  const level = new Float32Array(buckets);
  let loudest = 0;
  for (let b = 0; b < buckets; b++) {
    const v = Math.max(Math.abs(peaks[b * 2]!), Math.abs(peaks[b * 2 + 1]!));
    level[b] = v;
    if (v > loudest) loudest = v;
  }
  const active = new Uint8Array(buckets);
  if (loudest === 0) return active;
  const floor = Math.max(0.01, loudest * options.threshold);
  for (let b = 0; b < buckets; b++) active[b] = level[b]! >= floor ? 1 : 0;
  // Bridge short pauses between words.
  const bridge = Math.round(options.bridge / bucketSeconds);
  let lastActive = -1;
  for (let b = 0; b < buckets; b++) {
    if (!active[b]) continue;
    if (lastActive >= 0 && b - lastActive - 1 <= bridge) active.fill(1, lastActive + 1, b);
    lastActive = b;
  }
  return active;
}

function runs(flags: (b: number) => boolean, buckets: number, bucketSeconds: number, minSeconds: number): TimeRange[] {
  const out: TimeRange[] = [];
  let start = -1;
  for (let b = 0; b <= buckets; b++) {
    const on = b < buckets && flags(b);
    if (on && start < 0) start = b;
    if (!on && start >= 0) {
      if ((b - start) * bucketSeconds >= minSeconds) out.push({ start: round(start * bucketSeconds), end: round(b * bucketSeconds) });
      start = -1;
    }
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Overlaps (both lanes speaking) and long silences (neither), from caller-first peaks. */
export function conversationRegions(
  peaks: readonly [ArrayLike<number>, ArrayLike<number>],
  duration: number,
  channels = 2,
  options: RegionOptions = DEFAULT_REGION_OPTIONS,
): ConversationRegions {
  const buckets = Math.floor(peaks[0].length / 2);
  if (!buckets || duration <= 0) return { overlaps: [], silences: [] };
  const bucketSeconds = duration / buckets;
  const caller = speechActivity(peaks[0], bucketSeconds, options);
  const assistant = channels === 1 ? caller : speechActivity(peaks[1], bucketSeconds, options);
  return {
    // A mono file has one signal in both lanes: everything would look like talking at once.
    overlaps: channels === 1 ? [] : runs((b) => !!caller[b] && !!assistant[b], buckets, bucketSeconds, options.minOverlap),
    silences: runs((b) => !caller[b] && !assistant[b], buckets, bucketSeconds, options.minSilence),
  };
}

/**
 * The turn to go to from `time`: the next one that starts after it, or the previous one; within the
 * first second of a turn, "previous" means the turn before (as a music player's back button).
 */
export function adjacentTurn(turns: readonly TranscriptTurn[], time: number, direction: 1 | -1): number | null {
  const starts = turns.map((t) => t.startSeconds).sort((a, b) => a - b);
  if (direction === 1) return starts.find((s) => s > time + 0.05) ?? null;
  for (let i = starts.length - 1; i >= 0; i--) if (starts[i]! < time - 1) return starts[i]!;
  return null;
}

/** Index of the turn playing at `time` (the last that started), or -1 before the first. */
export function turnIndexAt(turns: readonly TranscriptTurn[], time: number): number {
  let index = -1;
  turns.forEach((t, i) => {
    if (t.startSeconds <= time + 0.05 && (index < 0 || t.startSeconds >= turns[index]!.startSeconds)) index = i;
  });
  return index;
}
