import { describe, expect, it } from 'vitest';
import { dragRange, moveEdge, noteRange } from '../../src/player/features/notes/noteRange';

describe('noteRange', () => {
  it.each([
    { markIn: null, markOut: null, now: 7, expected: { start: 7 } },
    { markIn: 2, markOut: null, now: 5, expected: { start: 2, end: 5 } },
    { markIn: null, markOut: 9, now: 4, expected: { start: 4, end: 9 } },
    { markIn: 8, markOut: 3, now: 0, expected: { start: 3, end: 8 } },
    { markIn: 3, markOut: 3.05, now: 0, expected: { start: 3 } },
    { markIn: 0, markOut: 0.1, now: 5, expected: { start: 0, end: 0.1 } }, // exactly the shortest range
    { markIn: 4, markOut: null, now: 4, expected: { start: 4 } },
  ])('in $markIn, out $markOut at $now', ({ markIn, markOut, now, expected }) => {
    expect(noteRange(markIn, markOut, now)).toEqual(expected);
  });

  it('reads a drag either way', () => {
    expect(dragRange(6, 2)).toEqual({ start: 2, end: 6 });
    expect(dragRange(2, 2.01)).toEqual({ start: 2 });
  });
});

describe('moveEdge', () => {
  const range = { start: 2, end: 4 };
  it.each([
    { edge: 'start', to: 1, duration: 10, expected: { start: 1, end: 4 } },
    { edge: 'start', to: -3, duration: 10, expected: { start: 0, end: 4 } },
    { edge: 'start', to: 6, duration: 10, expected: { start: 3.9, end: 4 } },
    { edge: 'end', to: 7.5, duration: 10, expected: { start: 2, end: 7.5 } },
    { edge: 'end', to: 12, duration: 10, expected: { start: 2, end: 10 } },
    { edge: 'end', to: 0, duration: 10, expected: { start: 2, end: 2.1 } },
    // The length not known yet: the end is not held back.
    { edge: 'end', to: 12, duration: 0, expected: { start: 2, end: 12 } },
  ] as const)('$edge to $to of $duration s', ({ edge, to, duration, expected }) => {
    const moved = moveEdge(range, edge, to, duration);
    expect(moved.start).toBeCloseTo(expected.start, 9);
    expect(moved.end).toBeCloseTo(expected.end, 9);
  });
});
