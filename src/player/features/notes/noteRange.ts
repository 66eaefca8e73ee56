// What range a note made from the keyboard covers: I marks where it starts, O where it ends, C writes it.
// Marks may come in either order; with none, the note is a moment at the playhead.

export interface NoteRange {
  start: number;
  end?: number;
}

/** Ranges shorter than this are moments (a click, not a drag). */
export const MIN_RANGE_SECONDS = 0.1;

export function noteRange(markIn: number | null, markOut: number | null, now: number): NoteRange {
  const start = markIn ?? (markOut !== null ? Math.min(markOut, now) : now);
  const end = markOut ?? now;
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  return to - from >= MIN_RANGE_SECONDS ? { start: from, end: to } : { start: from };
}

/** A dragged span, in either direction, as a note's range. */
export function dragRange(anchor: number, at: number): NoteRange {
  return noteRange(anchor, at, at);
}

export type NoteEdge = 'start' | 'end';

/**
 * A range with one of its ends moved to `to`: kept inside the recording and at least a moment long, so
 * an end dragged past the other stops there rather than turning the range inside out.
 */
export function moveEdge(range: { start: number; end: number }, edge: NoteEdge, to: number, duration: number): { start: number; end: number } {
  const limit = duration > 0 ? duration : Math.max(range.end, to);
  if (edge === 'start') return { start: Math.min(Math.max(0, to), range.end - MIN_RANGE_SECONDS), end: range.end };
  return { start: range.start, end: Math.max(Math.min(limit, to), range.start + MIN_RANGE_SECONDS) };
}
