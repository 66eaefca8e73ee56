import { describe, expect, it } from 'vitest';
import { holdsWhole, secondsAhead } from '../../src/player/engine/buffered';

const ranges = (...spans: [number, number][]): TimeRanges => ({
  length: spans.length,
  start: (i: number) => spans[i]![0],
  end: (i: number) => spans[i]![1],
});

describe('what the media holds', () => {
  it.each([
    [[], 5, 0],
    [[[0, 30]], 5, 25],
    [[[0, 10], [20, 40]], 25, 15],
    [[[0, 10], [20, 40]], 15, 0], // in a hole
    [[[0, 10]], 10.05, 0],
    [[[1.1, 5]], 1, 4], // a range starting within 100 ms counts: the element is about to play from it
    [[[1.11, 5]], 1, 0],
  ] as [[number, number][], number, number][])('buffered %j from %f s: %f s ahead', (spans, time, ahead) => {
    expect(secondsAhead(ranges(...spans), time)).toBeCloseTo(ahead, 5);
  });

  it.each([
    [[[0, 60]], 60, true],
    [[[0.05, 59.95]], 60, true],
    [[[0, 30], [30.5, 60]], 60, false],
    [[[0, 60]], Number.NaN, false],
    [[], 60, false],
  ] as [[number, number][], number, boolean][])('buffered %j of %f s: whole %s', (spans, duration, whole) => {
    expect(holdsWhole(ranges(...spans), duration)).toBe(whole);
  });
});
