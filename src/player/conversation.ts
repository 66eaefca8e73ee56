// Moving between a call's transcript turns.
import type { TranscriptTurn } from '../types.js';

/**
 * The turn to go to from `time`: the next one that starts after it, or the previous one; within the
 * first second of a turn, "previous" means the turn before (as a music player's back button).
 */
export function adjacentTurn(turns: readonly TranscriptTurn[], time: number, direction: 1 | -1): number | null {
  const starts = turns.map((t) => t.startSeconds).sort((a, b) => a - b);
  if (direction === 1) return starts.find((s) => s > time + 0.05) ?? null;
  return starts.findLast((s) => s < time - 1) ?? null;
}

/** Index of the turn playing at `time` (the last that started), or -1 before the first. */
export function turnIndexAt(turns: readonly TranscriptTurn[], time: number): number {
  let index = -1;
  turns.forEach((t, i) => {
    if (t.startSeconds <= time + 0.05 && (index < 0 || t.startSeconds >= turns[index]!.startSeconds)) index = i;
  });
  return index;
}
