// Silence over stretches of a recording that has no redacted file, as it plays: the media element is
// muted from each range's start to its end. A timer aimed at the next edge (from the media clock and the
// rate) does it, not the clock's ~4 Hz `timeupdate`, so an edge is missed by a few milliseconds at most;
// every play, seek and rate change aims again. Both sides go quiet (a side alone needs the audio graph,
// which a browser only builds on a gesture, and may not at all). It hides nothing from whoever holds the
// URL: it is a courtesy for a reviewer, not redaction.
import type { Scope } from '../../../util/scope.js';
import { union } from '../../../analysis/speech.js';

export interface MutedRange {
  start: number;
  end: number;
}

/** Edges are taken this early: the timer's own lateness is what remains. */
const LEAD_SECONDS = 0.004;
/** However far the next edge, look again this often (the clock may drift from the timer). */
const MAX_WAIT_MS = 250;

/** Sorted, overlapping or touching ranges joined, empty ones dropped. */
export const mergeRanges = (ranges: readonly MutedRange[]): MutedRange[] => union(ranges.filter((r) => r.end > r.start), []);

/** Whether `time` is muted, and the next edge after it (seconds, or null). */
export function mutedAt(ranges: readonly MutedRange[], time: number): { muted: boolean; nextEdge: number | null } {
  const t = time + LEAD_SECONDS;
  for (const r of ranges) {
    if (t < r.start) return { muted: false, nextEdge: r.start };
    if (t < r.end) return { muted: true, nextEdge: r.end };
  }
  return { muted: false, nextEdge: null };
}

export class RangeMuting {
  #ranges: MutedRange[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the muting is ours (a host may mute the element itself). */
  #ours = false;
  readonly #audio: HTMLMediaElement;

  constructor(scope: Scope, audio: HTMLMediaElement) {
    this.#audio = audio;
    const events = ['play', 'playing', 'pause', 'seeking', 'seeked', 'ratechange', 'timeupdate'] as const;
    for (const type of events) audio.addEventListener(type, this.#aim);
    scope.add(() => {
      clearTimeout(this.#timer);
      for (const type of events) audio.removeEventListener(type, this.#aim);
    });
  }

  set(ranges: readonly MutedRange[]): void {
    this.#ranges = mergeRanges(ranges);
    this.#aim();
  }

  readonly #aim = (): void => {
    clearTimeout(this.#timer);
    const audio = this.#audio;
    const { muted, nextEdge } = mutedAt(this.#ranges, audio.currentTime);
    if (muted && !audio.muted) {
      audio.muted = true;
      this.#ours = true;
    } else if (!muted && this.#ours) {
      audio.muted = false;
      this.#ours = false;
    }
    if (audio.paused || nextEdge === null) return;
    const wait = ((nextEdge - audio.currentTime) / (audio.playbackRate || 1)) * 1000;
    this.#timer = setTimeout(this.#aim, Math.max(0, Math.min(MAX_WAIT_MS, wait)));
  };
}
