// The column fold the streaming lanes draw from: the widest [max, min] of the buckets under a column.
import { describe, expect, it } from 'vitest';
import { columnRange } from '../../src/player/streamingLanes';

const peaks = Float32Array.from([0.2, -0.1, 0.9, -0.3, 0.1, -0.8, 0, 0]); // 4 buckets of [max, min]

describe('columnRange', () => {
  it.each([
    { from: 0, to: 1, expected: [0.2, -0.1] },
    { from: 0, to: 2, expected: [0.9, -0.3] },
    { from: 1, to: 3, expected: [0.9, -0.8] },
    { from: 3, to: 4, expected: [0, 0] },
    { from: 0, to: 4, expected: [0.9, -0.8] },
    { from: 2, to: 2, expected: [0, 0] }, // no bucket: a flat column
  ])('buckets $from..$to → $expected', ({ from, to, expected }) => {
    const [max, min] = columnRange(peaks, from, to);
    expect(max).toBeCloseTo(expected[0]!, 6);
    expect(min).toBeCloseTo(expected[1]!, 6);
  });
});
