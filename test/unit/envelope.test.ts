import { describe, expect, it } from 'vitest';
import { talkDensity } from '../../src/player/envelope';

describe('talkDensity', () => {
  it.each([
    ['silence', [0, 0, 0, 0], 2, 0.1, [0, 0]],
    ['talking throughout', [0.5, 0.4, 0.6, 0.3], 2, 0.1, [1, 1]],
    ['half of each column', [0.5, 0, 0, 0.4], 2, 0.1, [0.5, 0.5]],
    ['one side of the call', [0.5, 0.5, 0, 0], 2, 0.1, [1, 0]],
    ['at the floor counts', [0.1, 0.09], 1, 0.1, [0.5]],
    ['more columns than slices', [0.5, 0], 4, 0.1, [1, 1, 0, 0]],
    ['no slices', [], 3, 0.1, [0, 0, 0]],
  ] as const)('%s', (_name, levels, columns, floor, expected) => {
    expect([...talkDensity(levels, columns, floor)]).toEqual(expected);
  });
});
