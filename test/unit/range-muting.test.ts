import { describe, expect, it } from 'vitest';
import { mergeRanges, mutedAt } from '../../src/player/features/redaction/rangeMuting';

describe('mergeRanges', () => {
  it('sorts, joins overlapping or touching ranges, drops empty ones', () => {
    expect(mergeRanges([{ start: 8, end: 9 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }, { start: 6, end: 6 }])).toEqual([
      { start: 1, end: 5 },
      { start: 8, end: 9 },
    ]);
  });
});

describe('mutedAt', () => {
  const ranges = mergeRanges([{ start: 3, end: 5 }, { start: 8, end: 8.6 }]);
  it.each([
    { time: 0, muted: false, nextEdge: 3 },
    { time: 2.99, muted: false, nextEdge: 3 },
    // An edge is taken 4 ms early: the timer aimed at it is late by about that much.
    { time: 2.997, muted: true, nextEdge: 5 },
    { time: 4, muted: true, nextEdge: 5 },
    { time: 4.997, muted: false, nextEdge: 8 },
    { time: 8.3, muted: true, nextEdge: 8.6 },
    { time: 9, muted: false, nextEdge: null },
    // Exactly at the edges (taken 4 ms early): muted from the start, playing again from the end.
    { time: 7.996, muted: true, nextEdge: 8.6 },
    { time: 4.996, muted: false, nextEdge: 8 },
  ])('at $time s: muted $muted, next edge $nextEdge', ({ time, muted, nextEdge }) => {
    expect(mutedAt(ranges, time)).toEqual({ muted, nextEdge });
  });
});
