// What the media element holds, read from its `buffered` ranges.

/** Seconds buffered from `time` on, in the range that contains it (0 when none does). */
export function secondsAhead(buffered: TimeRanges, time: number): number {
  let ahead = 0;
  for (let i = 0; i < buffered.length; i++) {
    // Stryker disable next-line EqualityOperator: equivalent — a range that ends at `time` holds 0 s ahead either way
    if (buffered.start(i) <= time + 0.1 && buffered.end(i) > time) ahead = buffered.end(i) - time;
  }
  return ahead;
}

/** Whether the whole recording is buffered: the media needs no more requests. */
export function holdsWhole(buffered: TimeRanges, duration: number): boolean {
  return Number.isFinite(duration) && buffered.length === 1 && buffered.start(0) <= 0.1 && buffered.end(0) >= duration - 0.1;
}
